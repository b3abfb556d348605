using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// 17 August, Independence Day: the day the general remission is granted every year (Keppres 174/1999 Pasal 3) and the
/// decennial remission every ten years (Keppres 120/1955). The one statement of that day for every rule and view that
/// reads it.
/// </summary>
internal static class IndependenceDay
{
    /// <summary>Returns 17 August of a year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>The date.</returns>
    public static LocalDate In(int year) => new(year, 8, 17);

    /// <summary>Returns whether a date is 17 August.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True on 17 August of any year.</returns>
    public static bool Is(LocalDate date) => date.Month == 8 && date.Day == 17;
}
