using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The computed dates of a sentence history with their breakdown: natural expiry, expiry after remissions and
/// substitute imprisonment, the days 1/3, 1/2 and 2/3 are served and, when asked, the time served and remaining on
/// a date. A history without custodial dates (life, death, community sentences) has no dates and says why.
/// </summary>
/// <remarks>Equality compares every value, the breakdown and the convention.</remarks>
[Immutable]
public sealed record SentenceDates
{
    internal SentenceDates(
        CountingConvention convention,
        LocalizedText? noDatesReason,
        LocalDate? naturalExpiry,
        LocalDate? expiryAfterRemissions,
        LocalDate? expiry,
        LocalDate? probationEnd,
        LocalDate? preReleaseLeaveStart,
        int basisDays,
        FractionDateResult? oneThird,
        FractionDateResult? half,
        FractionDateResult? twoThirds,
        LocalDate? asOf,
        int? servedDays,
        int? remainingDays,
        ValueList<BreakdownStep> breakdown)
    {
        Convention = convention;
        NoDatesReason = noDatesReason;
        NaturalExpiry = naturalExpiry;
        ExpiryAfterRemissions = expiryAfterRemissions;
        Expiry = expiry;
        ProbationEnd = probationEnd;
        PreReleaseLeaveStart = preReleaseLeaveStart;
        BasisDays = basisDays;
        OneThird = oneThird;
        Half = half;
        TwoThirds = twoThirds;
        AsOf = asOf;
        ServedDays = servedDays;
        RemainingDays = remainingDays;
        Breakdown = breakdown;
    }

    /// <summary>Gets the convention used.</summary>
    public CountingConvention Convention { get; }

    /// <summary>Gets whether the history has custodial dates.</summary>
    public bool HasDates => NoDatesReason is null;

    /// <summary>Gets why the history has no dates (life, death, community sentence), or null when it has.</summary>
    public LocalizedText? NoDatesReason { get; }

    /// <summary>Gets the natural expiry (the term added to the first day of detention, pushed back by gaps and uncredited days), or null.</summary>
    public LocalDate? NaturalExpiry { get; }

    /// <summary>Gets the expiry after every remission, before substitute imprisonment, or null.</summary>
    public LocalDate? ExpiryAfterRemissions { get; }

    /// <summary>Gets the expiry: after remissions, then substitute imprisonment added; or null.</summary>
    public LocalDate? Expiry { get; }

    /// <summary>
    /// Gets the end of the probation (<i>masa percobaan</i>) if the person is paroled: the remaining term plus one year,
    /// so one year after <see cref="Expiry"/> (KUHP UU 1/2023 Pasal 72 ayat (4); old KUHP Pasal 15); or null without dates.
    /// </summary>
    public LocalDate? ProbationEnd { get; }

    /// <summary>
    /// Gets the first day of pre-release leave (<i>cuti menjelang bebas</i>, CMB) if granted: the leave lasts as long as the
    /// last remission, at most 6 months, and ends at <see cref="Expiry"/> (substitute imprisonment served first); or null
    /// without dates or without a remission (Permenkumham 3/2018 as amended).
    /// </summary>
    public LocalDate? PreReleaseLeaveStart { get; }

    /// <summary>Gets the fraction basis: the main term in days at the convention's counting (zero without dates).</summary>
    public int BasisDays { get; }

    /// <summary>Gets the day 1/3 is served, with its breakdown, or null.</summary>
    public FractionDateResult? OneThird { get; }

    /// <summary>Gets the day 1/2 is served, with its breakdown, or null.</summary>
    public FractionDateResult? Half { get; }

    /// <summary>Gets the day 2/3 is served, with its breakdown, or null.</summary>
    public FractionDateResult? TwoThirds { get; }

    /// <summary>Gets the date of <see cref="ServedDays"/> and <see cref="RemainingDays"/>, or null when none was asked.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Gets the credited days served before <see cref="AsOf"/>, or null.</summary>
    public int? ServedDays { get; }

    /// <summary>Gets the days from <see cref="AsOf"/> to the expiry counting only the remissions granted by then, or null.</summary>
    public int? RemainingDays { get; }

    /// <summary>Gets the steps of the computation, in order.</summary>
    public ValueList<BreakdownStep> Breakdown { get; }

    /// <summary>Returns the breakdown as numbered lines.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Render(Language language) => Sentencing.Breakdown.Render(Breakdown, language);

    /// <summary>Returns the expiry and the 1/2 and 2/3 dates in invariant form, such as <c>expiry 2026-07-01, 1/2 2025-05-31, 2/3 2025-09-15</c>, or why there are none.</summary>
    /// <returns>The dates as text (independent of the current culture).</returns>
    public override string ToString() =>
        NoDatesReason is { } reason
            ? "no dates: " + reason.English
            : "expiry " + Iso(Expiry) + ", 1/2 " + Iso(Half?.Date) + ", 2/3 " + Iso(TwoThirds?.Date);

    private static string Iso(LocalDate? date) => date is { } d ? d.ToIso() : "-";
}
