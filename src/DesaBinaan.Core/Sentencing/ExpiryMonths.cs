namespace DesaBinaan.Core.Sentencing;

/// <summary>How the months of a term are added to the first day of detention to reach the expiry date.</summary>
public enum ExpiryMonths
{
    /// <summary>
    /// The practice reading: the years go on the calendar (same day of the month), each month counts 30 days (KUHP 2023
    /// Pasal 184, old KUHP Pasal 97: "a month is 30 days"). 2020-08-12 + 10 months = 2021-06-08, as published for I Gede
    /// Ari Astina (docs/domain.md §8).
    /// </summary>
    ThirtyDays = 0,

    /// <summary>
    /// The years and months together go on the calendar (2020-08-12 + 10 months = 2021-06-12). A named alternative: the
    /// published cases that can tell the two apart contradict it.
    /// </summary>
    Calendar = 1,
}
