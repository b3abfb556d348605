namespace DesaBinaan.Core.Population;

/// <summary>The length of one period of an <see cref="EligibilityCalendar"/>.</summary>
public enum CalendarUnit : byte
{
    /// <summary>Seven consecutive days, the first starting the day after the evaluation date.</summary>
    Week = 0,

    /// <summary>A calendar month; the first period runs from the day after the evaluation date to the end of that month.</summary>
    Month = 1,
}
