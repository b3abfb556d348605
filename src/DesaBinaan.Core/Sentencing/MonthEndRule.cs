namespace DesaBinaan.Core.Sentencing;

/// <summary>What calendar addition does when the day of the month does not exist in the month reached (31 January + 1 month).</summary>
public enum MonthEndRule
{
    /// <summary>Take the last day of the shorter month (2024-01-31 + 1 month = 2024-02-29; 2024-02-29 + 1 year = 2025-02-28).</summary>
    LastDayOfMonth = 0,

    /// <summary>Take the first day of the next month (2024-01-31 + 1 month = 2024-03-01; 2024-02-29 + 1 year = 2025-03-01).</summary>
    FirstDayOfNextMonth = 1,
}
