using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The decennial remission (<i>remisi dasawarsa</i>, Keppres 120/1955): on 17 August every ten years (2005, 2015, 2025,
/// 2035), 1/12 of the sentence, at most 3 months. The points the sources leave open (docs/domain.md §9) are values here:
/// what the 1/12 is taken of, how it rounds, the least time served, and whether substitute imprisonment for an unpaid
/// fine receives it (it did in 2025, unlike the general remission).
/// </summary>
/// <remarks>Equality compares every value.</remarks>
[Immutable]
public sealed record DecennialRemissionRule
{
    /// <summary>Initializes the rule.</summary>
    /// <param name="basis">What the 1/12 is taken of.</param>
    /// <param name="rounding">How a fraction of a day rounds.</param>
    /// <param name="maximumDays">The most it can be, in days (90 = 3 months); 1 to 366.</param>
    /// <param name="minimumServedDays">The least time served on the grant day, in days; 0 to 3,660.</param>
    /// <param name="substituteImprisonment">Whether a person serving substitute imprisonment for an unpaid fine or restitution receives it.</param>
    /// <exception cref="ArgumentException">An enum is not defined or a number is outside its range.</exception>
    public DecennialRemissionRule(DecennialBasis basis, DayRounding rounding, int maximumDays, int minimumServedDays, bool substituteImprisonment)
    {
        Basis = Guard.Against.EnumOutOfRange(basis);
        Rounding = Guard.Against.EnumOutOfRange(rounding);
        MaximumDays = Guard.Against.OutOfRange(maximumDays, nameof(maximumDays), 1, 366, "The decennial remission is at most a year; Keppres 120/1955 sets 3 months (90 days).");
        MinimumServedDays = Guard.Against.OutOfRange(minimumServedDays, nameof(minimumServedDays), 0, 3660, "The least time served for the decennial remission is 0 to 3,660 days.");
        SubstituteImprisonment = substituteImprisonment;
    }

    /// <summary>
    /// Gets the default reading: 1/12 of the imposed main term, rounded down, at most 90 days; at least one month (30 days)
    /// served on the grant day (the only figure found, given by a prison head in 2025); substitute imprisonment included
    /// (as granted in 2025 to 5,940 people serving it).
    /// </summary>
    public static DecennialRemissionRule Default { get; } = new(DecennialBasis.ImposedTerm, DayRounding.Down, 90, 30, substituteImprisonment: true);

    /// <summary>Gets what the 1/12 is taken of.</summary>
    public DecennialBasis Basis { get; }

    /// <summary>Gets how a fraction of a day rounds.</summary>
    public DayRounding Rounding { get; }

    /// <summary>Gets the most it can be, in days.</summary>
    public int MaximumDays { get; }

    /// <summary>Gets the least time served on the grant day, in days.</summary>
    public int MinimumServedDays { get; }

    /// <summary>Gets whether a person serving substitute imprisonment receives it.</summary>
    public bool SubstituteImprisonment { get; }

    /// <summary>Returns whether a year has a decennial remission on its 17 August (2005, 2015, 2025, 2035…).</summary>
    /// <param name="year">The year.</param>
    /// <returns>True for a year ending in 5.</returns>
    public static bool IsDecennialYear(int year) => year % 10 == 5;
}
