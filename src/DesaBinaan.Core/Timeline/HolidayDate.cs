using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>The official date of one religious holiday of one year, with the instrument that set it.</summary>
/// <remarks>Equality compares the holiday, the date and the source.</remarks>
[Immutable]
public sealed record HolidayDate
{
    /// <summary>Initializes a holiday date.</summary>
    /// <param name="holiday">The holiday; must be defined.</param>
    /// <param name="date">The official date (the first day, for a holiday of two days).</param>
    /// <param name="source">The instrument that set it (for the built-in table, the joint decree of the ministers on national holidays); must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is not defined, or Natal is not on 25 December.</exception>
    public HolidayDate(ReligiousHoliday holiday, LocalDate date, Citation source)
    {
        Holiday = Guard.Against.EnumOutOfRange(holiday);
        Date = Guard.Against.UncountableDate(date);
        Guard.Against.InvalidInput(date, nameof(date), d => holiday != ReligiousHoliday.Natal || (d.Month == 12 && d.Day == 25), "Natal (Christmas) falls on 25 December.");
        Source = Guard.Against.Null(source);
    }

    /// <summary>Gets the holiday.</summary>
    public ReligiousHoliday Holiday { get; }

    /// <summary>Gets the official date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the instrument that set the date.</summary>
    public Citation Source { get; }

    /// <summary>Returns the holiday and the date, such as <c>IdulFitri 2026-03-21</c>.</summary>
    /// <returns>The text (independent of the current culture).</returns>
    public override string ToString() => Holiday + " " + Date.ToIso();
}
