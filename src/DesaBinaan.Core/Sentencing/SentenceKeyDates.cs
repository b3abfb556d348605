using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The key dates of a sentence without their breakdown, computed without allocating: the population path
/// (<see cref="SentenceCalculator.ComputeKeyDates(SentenceHistory, CountingConvention)"/>). The dates are held as day
/// numbers (<see cref="DateOnly.DayNumber"/>) and converted to <see cref="LocalDate"/> only when read.
/// </summary>
/// <remarks>
/// The default value has no dates (<see cref="HasDates"/> false, every day number 0, which is 0001-01-01): the answer
/// for life, death and community sentences. Equality compares every field.
/// </remarks>
[Immutable]
public readonly record struct SentenceKeyDates
{
    /// <summary>Initializes key dates.</summary>
    /// <param name="naturalExpiry">The natural expiry.</param>
    /// <param name="expiry">The expiry after remissions and substitute imprisonment.</param>
    /// <param name="half">The day 1/2 is served.</param>
    /// <param name="twoThirds">The day 2/3 is served.</param>
    public SentenceKeyDates(LocalDate naturalExpiry, LocalDate expiry, LocalDate half, LocalDate twoThirds)
        : this(
            Guard.Against.UncountableDate(naturalExpiry).ToDateOnly().DayNumber,
            Guard.Against.UncountableDate(expiry).ToDateOnly().DayNumber,
            Guard.Against.UncountableDate(half).ToDateOnly().DayNumber,
            Guard.Against.UncountableDate(twoThirds).ToDateOnly().DayNumber)
    {
    }

    internal SentenceKeyDates(int naturalExpiry, int expiry, int half, int twoThirds)
    {
        HasDates = true;
        NaturalExpiryDayNumber = naturalExpiry;
        ExpiryDayNumber = expiry;
        HalfDayNumber = half;
        TwoThirdsDayNumber = twoThirds;
    }

    /// <summary>Gets whether the sentence has dates (false for life, death and community sentences, and for the default value).</summary>
    public bool HasDates { get; }

    /// <summary>Gets the natural expiry as a day number (<see cref="DateOnly.DayNumber"/>).</summary>
    public int NaturalExpiryDayNumber { get; }

    /// <summary>Gets the expiry after remissions and substitute imprisonment as a day number.</summary>
    public int ExpiryDayNumber { get; }

    /// <summary>Gets the day 1/2 of the term is served as a day number.</summary>
    public int HalfDayNumber { get; }

    /// <summary>Gets the day 2/3 of the term is served as a day number.</summary>
    public int TwoThirdsDayNumber { get; }

    /// <summary>Gets the natural expiry (<i>ekspirasi awal</i>).</summary>
    public LocalDate NaturalExpiry => SentenceCalculator.ToDate(NaturalExpiryDayNumber);

    /// <summary>Gets the expiry after remissions and substitute imprisonment.</summary>
    public LocalDate Expiry => SentenceCalculator.ToDate(ExpiryDayNumber);

    /// <summary>Gets the day 1/2 of the term is served.</summary>
    public LocalDate Half => SentenceCalculator.ToDate(HalfDayNumber);

    /// <summary>Gets the day 2/3 of the term is served.</summary>
    public LocalDate TwoThirds => SentenceCalculator.ToDate(TwoThirdsDayNumber);

    /// <summary>Returns the key dates in invariant form, such as <c>expiry 2026-07-01 (natural 2026-09-14), 1/2 2025-05-31, 2/3 2025-09-15</c>, or <c>(no dates)</c>.</summary>
    /// <returns>The dates as text (independent of the current culture).</returns>
    public override string ToString() =>
        !HasDates
            ? "(no dates)"
            : "expiry " + Expiry.ToIso() + " (natural " + NaturalExpiry.ToIso() + "), 1/2 " + Half.ToIso() + ", 2/3 " + TwoThirds.ToIso();
}
