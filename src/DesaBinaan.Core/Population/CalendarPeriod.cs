using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Population;

/// <summary>One period of an <see cref="EligibilityCalendar"/>: who becomes eligible in it, and how many are eligible by its end.</summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record CalendarPeriod
{
    /// <summary>Initializes a period.</summary>
    /// <param name="days">The days of the period (inclusive).</param>
    /// <param name="subjectIds">The opaque ids of the subjects who become eligible in the period, by date and then id.</param>
    /// <param name="eligibleByEnd">The number eligible on the last day of the period (those already eligible plus those who became eligible so far); at least the number of <paramref name="subjectIds"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or <paramref name="subjectIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectIds"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eligibleByEnd"/> is less than the number of subjects.</exception>
    public CalendarPeriod(DateInterval days, ValueList<string> subjectIds, int eligibleByEnd)
    {
        _ = Guard.Against.NonIsoInterval(days);
        Days = Guard.Against.Null(days);
        SubjectIds = ValueList.FromNonNull(subjectIds, nameof(subjectIds));
        EligibleByEnd = Guard.Against.OutOfRange(eligibleByEnd, nameof(eligibleByEnd), SubjectIds.Count, int.MaxValue, "The number eligible by the end of a period includes those who become eligible in it.");
    }

    /// <summary>Gets the days of the period (inclusive).</summary>
    public DateInterval Days { get; }

    /// <summary>Gets the opaque ids of the subjects who become eligible in the period, by date and then id.</summary>
    public ValueList<string> SubjectIds { get; }

    /// <summary>Gets the number of subjects who become eligible in the period.</summary>
    public int Count => SubjectIds.Count;

    /// <summary>Gets the number of subjects eligible on the last day of the period.</summary>
    public int EligibleByEnd { get; }

    /// <summary>Returns the period as text.</summary>
    /// <returns>For example <c>2026-05-02..2026-05-08: +12 (eligible 140)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Days.Start.ToIso()}..{Days.End.ToIso()}: +{Count} (eligible {EligibleByEnd})");
}
