using Ardalis.GuardClauses;
using NodaTime;

namespace DesaBinaan.Core.Common;

/// <summary>
/// Conversions between <see cref="LocalDate"/> (ISO calendar) and day numbers: the number of days since
/// 0001-01-01, as <see cref="DateOnly.DayNumber"/>. The engine's hot path compares day numbers, not dates.
/// </summary>
public static class DayNumbers
{
    /// <summary>Returns the day number of a date.</summary>
    /// <param name="date">The date (ISO calendar); its year must be at least 1.</param>
    /// <returns>The number of days since 0001-01-01.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 0001-01-01.</exception>
    public static int FromDate(LocalDate date)
    {
        _ = Guard.Against.UncountableDate(date);
        return date.ToDateOnly().DayNumber;
    }

    /// <summary>Returns the date of a day number.</summary>
    /// <param name="dayNumber">The number of days since 0001-01-01; must be a valid <see cref="DateOnly"/> day number.</param>
    /// <returns>The date in the ISO calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayNumber"/> is outside the range of <see cref="DateOnly"/>.</exception>
    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(Guard.Against.DayNumberOutOfRange(dayNumber)));
}
