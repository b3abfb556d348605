namespace DesaBinaan.Core.Sentencing;

/// <summary>How the "first year", "second year"… of remission of Keppres 174/1999 Pasal 4–5 is counted.</summary>
public enum RemissionTiers
{
    /// <summary>
    /// The practice reading: the tier is the number of remissions of that kind the person has already received, plus
    /// one. Setya Novanto, whose remissions were withheld until 2021, received 1 month at Idul Fitri 2023 and again at
    /// Idul Fitri 2024: his first and second special remissions (docs/domain.md §8).
    /// </summary>
    GrantsReceived = 0,

    /// <summary>The tier is the year of sentence served (1 plus the anniversaries on which more than 6 months had been served). A named alternative.</summary>
    YearsServed = 1,
}
