using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The day a fraction of the term is served (with an optional minimum), with its breakdown: the first day on which
/// the days served reach the fraction of the term net of the remissions granted by that day.
/// </summary>
/// <remarks>Equality compares every value, the breakdown and the convention.</remarks>
[Immutable]
public sealed record FractionDateResult
{
    internal FractionDateResult(Fraction fraction, LocalDate date, int basisDays, int remissionDays, long requiredDays, LocalDate fractionOnlyDate, SentenceTerm? minimum, CountingConvention convention, ValueList<BreakdownStep> breakdown)
    {
        Fraction = fraction;
        Date = date;
        BasisDays = basisDays;
        RemissionDays = remissionDays;
        RequiredDays = requiredDays;
        FractionOnlyDate = fractionOnlyDate;
        Minimum = minimum;
        Convention = convention;
        Breakdown = breakdown;
    }

    /// <summary>Gets the fraction.</summary>
    public Fraction Fraction { get; }

    /// <summary>Gets the day the fraction (and the minimum, if any) is served.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the term in days at the convention's counting (the fraction basis).</summary>
    public int BasisDays { get; }

    /// <summary>Gets the remission days subtracted from the basis: those granted by <see cref="FractionOnlyDate"/> (zero when the convention takes fractions of the imposed term).</summary>
    public int RemissionDays { get; }

    /// <summary>Gets the days served the fraction requires (the fraction of the net basis, rounded).</summary>
    public long RequiredDays { get; }

    /// <summary>Gets the day the fraction alone is served, before the minimum.</summary>
    public LocalDate FractionOnlyDate { get; }

    /// <summary>Gets the minimum time served, or null.</summary>
    public SentenceTerm? Minimum { get; }

    /// <summary>Gets whether the minimum moved the date later than the fraction alone.</summary>
    public bool MinimumApplied => Date > FractionOnlyDate;

    /// <summary>Gets the convention used.</summary>
    public CountingConvention Convention { get; }

    /// <summary>Gets the steps of the computation.</summary>
    public ValueList<BreakdownStep> Breakdown { get; }

    /// <summary>Returns the breakdown as numbered lines.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Render(Language language) => Sentencing.Breakdown.Render(Breakdown, language);

    /// <summary>Returns the fraction, the date and the days, in invariant form, such as <c>2/3 on 2025-09-15 (550 days of 825)</c>.</summary>
    /// <returns>The result as text (independent of the current culture).</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Fraction} on {Date.ToIso()} ({RequiredDays} days of {BasisDays - RemissionDays})");
}
