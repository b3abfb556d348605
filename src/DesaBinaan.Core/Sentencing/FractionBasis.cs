namespace DesaBinaan.Core.Sentencing;

/// <summary>How a fraction of the term (1/3, 1/2, 2/3) is reached when remissions have been granted.</summary>
public enum FractionBasis
{
    /// <summary>
    /// The practice reading: the first day on which the days served plus the remissions granted by that day reach the
    /// fraction of the imposed term, rounded (the whole remission counts as time served, from the day it is granted).
    /// Ratna Sarumpaet: 2/3 of 720 = 480 days, less 45 days of remission = 435 days served, 2019-12-14 (docs/domain.md §8).
    /// </summary>
    RemissionCountsAsServed = 0,

    /// <summary>
    /// The first day on which the days served reach the fraction of the term net of the remissions granted by that day
    /// (2/3 × (720 − 45) = 450 days for Ratna Sarumpaet, 2019-12-29, after her published parole). A named alternative.
    /// </summary>
    NetOfRemission = 1,

    /// <summary>The first day on which the days served alone reach the fraction of the imposed term; remissions do not count.</summary>
    ImposedTermOnly = 2,
}
