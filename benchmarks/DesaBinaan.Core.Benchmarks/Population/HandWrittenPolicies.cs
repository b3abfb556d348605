using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The hand-written references of the integration and remission policies in force on the benchmark's date (parole
/// <c>pb.2026</c>, conditional leave <c>cb.2018</c>, pre-release leave <c>cmb.2018</c>, family-visit leave
/// <c>cmk.2018</c>, remission <c>remisi.2022</c>), in the manner of <see cref="HandWrittenBaseline"/>: one plain loop per
/// policy over the packed facts, every condition written inline, giving per person the library's whole answer — the
/// masks of the conditions not met, waiting for a day and unknown, bit <c>i</c> for the version's criterion <c>i</c> in
/// the order of the codes below, and the latest day a waiting condition is met — combined into an
/// <see cref="EvaluationSummary"/> by the library's own final step (<see cref="EvaluationSummary.FromMasks"/>).
/// </summary>
/// <remarks>
/// <para>Each condition follows its criterion's outcome, as in <see cref="HandWrittenBaseline"/>: met; not met; not met
/// until a day (time served, conduct, parole's narcotics assimilation: <see cref="HandWrittenBaseline.Until"/>); unknown;
/// or not applicable, which counts as met. None of these versions has an applicability condition (checked in the
/// benchmark's setup).</para>
/// <para>Some conditions need data the packed facts do not hold, and the loops read them from the profile, as the
/// library's criteria do: parole reads the sentence history's <see cref="Core.Sentencing.SentenceHistory.ParoleRightWithdrawn"/>
/// (every person with a sentence) and the profile's <see cref="InmateProfile.AssimilationStart"/> (narcotics offences
/// of at least the threshold); pre-release leave reads the history's remission grant days; remission reads the natural
/// expiry of the profile's key dates and the history's remission grant days and amounts. Conditional and family-visit
/// leave read the packed facts only (a punishment in the current year is a latest punishment ending on or after
/// 1 January).</para>
/// <para>The loops that read the sentence history (parole, pre-release leave, remission) go a batch of 256 people at a
/// time and first read that batch's histories in a short loop of their own (<see cref="FetchHistories"/>), as the library
/// does for remission: read one person at a time inside the long loop body, the histories are fetched from memory one
/// after another (the plain loops were 1.5 to 2 times slower, `benchmarks/README.md`).</para>
/// <para>Like <see cref="HandWrittenBaseline"/>, the loops serve only facts computed under the version's counting
/// convention, a convention counting the least time served as days in custody, detentions without gaps or house/city
/// arrest (so remission service counts from the first day), fractions 1/2 and 2/3 (the precomputed day numbers) and
/// the general remission (whose time condition is due or not due, never undetermined): the synthetic population's and
/// the built-in versions' (checked in the benchmark's setup).</para>
/// </remarks>
internal static class HandWrittenPolicies
{
    /// <summary>The codes of the criteria of <c>pb.2026</c>, in order.</summary>
    public static readonly string[] ParoleCodes =
    [
        "rights.convict",
        "rights.life-or-death",
        "rights.sentence-running",
        "pb.two-thirds-served",
        "pb.no-punishment",
        "pb.guidance",
        "pb.narcotics.assimilation",
        "pb.special.justice-collaborator",
        "rights.embassy-guarantee",
        "pb.community-acceptance",
        "pb.evidence",
        "pb.2026.sentence-at-least-one-year",
        "pb.2026.right-not-withdrawn",
    ];

    /// <summary>The codes of the criteria of <c>cb.2018</c>, in order.</summary>
    public static readonly string[] ConditionalLeaveCodes =
    [
        "rights.convict",
        "rights.life-or-death",
        "rights.sentence-running",
        "cb.sentence-at-most",
        "cb.two-thirds-served",
        "cb.no-punishment",
        "cb.guidance",
        "cb.evidence",
    ];

    /// <summary>The codes of the criteria of <c>cmb.2018</c>, in order.</summary>
    public static readonly string[] PreReleaseCodes =
    [
        "rights.convict",
        "rights.life-or-death",
        "rights.sentence-running",
        "cmb.two-thirds-served",
        "cmb.no-punishment",
        "cmb.guidance",
        "cmb.has-remission",
        "cmb.evidence",
    ];

    /// <summary>The codes of the criteria of <c>cmk.2018</c>, in order.</summary>
    public static readonly string[] FamilyVisitCodes =
    [
        "rights.convict",
        "rights.life-or-death",
        "rights.sentence-running",
        "cmk.sentence-at-least",
        "cmk.half-served",
        "cmk.good-conduct-this-year",
        "cmk.no-other-case",
    ];

    /// <summary>The codes of the criteria of <c>remisi.2022</c>, in order.</summary>
    public static readonly string[] RemissionCodes =
    [
        "rights.convict",
        "rights.life-or-death",
        "remisi.time-served",
        "remisi.no-punishment",
        "remisi.guidance",
        "remisi.special.justice-collaborator",
    ];

    /// <summary>The number of people whose histories are read ahead together (as the library's batches).</summary>
    private const int Batch = 256;

    /// <summary>What <see cref="FetchHistories"/> read, kept so that its reads are made.</summary>
    private static int fetched;

    private static readonly ulong Embassy = HandWrittenBaseline.Mask([EvidenceKind.EmbassyGuarantee]);
    private static readonly ulong Community = HandWrittenBaseline.Mask([EvidenceKind.CommunityAcceptance]);
    private static readonly ulong Collaborator = HandWrittenBaseline.Mask([EvidenceKind.JusticeCollaborator]);

    /// <summary>Parole (<c>pb.2026</c>): the whole answer of every profile on one day.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="profiles">The profiles, in the same order (for the withdrawn right and the start of assimilation).</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="summaries">Where to write each person's summary.</param>
    public static void Parole(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, RightsParameters parameters, int today, EvaluationSummary[] summaries)
    {
        var parole = parameters.SettingsOf<ParoleSettings>();
        var convention = parameters.CountingConvention;
        CheckFraction(parole.Fraction, 2, 3);
        var minimum = parole.MinimumServed.ToDays(convention);
        var conduct = parole.ConductMonths * convention.DaysPerMonth;
        var threshold = parole.NarcoticsThreshold.ToDays(convention);
        var shareNumerator = parole.NarcoticsAssimilationFraction.Numerator;
        var shareDenominator = parole.NarcoticsAssimilationFraction.Denominator;
        var requireCollaborator = parole.RequireJusticeCollaborator;
        var required = HandWrittenBaseline.Mask(parole.RequiredEvidence.AsSpan());
        var leastSentence = parole.MinimumSentence?.ToDays(convention) ?? 0;

        for (var first = 0; first < facts.Length; first += Batch)
        {
            var end = Math.Min(first + Batch, facts.Length);
            FetchHistories(profiles[first..end]);
            for (var i = first; i < end; i++)
            {
                ref readonly var f = ref facts[i];
                ulong notMet = 0;
                ulong waiting = 0;
                ulong unknown = 0;
                var latest = -1;
                Rights(in f, today, ref notMet, ref unknown);
                var days = f.Days;
                if (!days.HasSentence)
                {
                    // Time served, the least sentence and the withdrawn right are unknown.
                    unknown |= (1UL << 3) | (1UL << 11) | (1UL << 12);
                }
                else
                {
                    // 2/3 served and at least the minimum; never without an expiry or when the sentence ends first.
                    if (!days.HasDates)
                    {
                        notMet |= 1UL << 3;
                    }
                    else
                    {
                        var day = minimum > 0 ? Math.Max(days.TwoThirds, days.FirstDay + minimum) : days.TwoThirds;
                        HandWrittenBaseline.Until(day, today, in days, 1UL << 3, ref notMet, ref waiting, ref latest);
                    }

                    if (!days.HasDates || days.TermDays < leastSentence)
                    {
                        notMet |= 1UL << 11;
                    }

                    if (profiles[i].Sentence!.ParoleRightWithdrawn)
                    {
                        notMet |= 1UL << 12;
                    }
                }

                Conduct(in f, conduct, today, 1UL << 4, ref notMet, ref waiting, ref unknown, ref latest);
                Guidance(f.Guidance, 1UL << 5, ref notMet, ref unknown);

                // Narcotics of at least the threshold: assimilation for the share of the time from 2/3 to expiry (unknown
                // while the offence, the sentence or the start of assimilation is not recorded; not applicable otherwise).
                var offence = f.Offence;
                if (offence == 0)
                {
                    unknown |= 1UL << 6;
                }
                else if (offence == (byte)OffenceCategory.Narcotics)
                {
                    if (!days.HasSentence)
                    {
                        unknown |= 1UL << 6;
                    }
                    else if (days.HasDates && days.TermDays >= threshold)
                    {
                        if (profiles[i].AssimilationStart is not { } start)
                        {
                            unknown |= 1UL << 6;
                        }
                        else
                        {
                            long product = (long)Math.Max(0, days.Expiry - days.TwoThirds) * shareNumerator;
                            var day = DayNumbers.FromDate(start) + (int)((product + shareDenominator - 1) / shareDenominator);
                            HandWrittenBaseline.Until(day, today, in days, 1UL << 6, ref notMet, ref waiting, ref latest);
                        }
                    }
                }

                var evidence = f.EvidenceBits;
                if (requireCollaborator)
                {
                    Collaborates(in f, threshold, 1UL << 7, ref notMet, ref unknown);
                }

                if (f.Foreign == Recorded.NotRecorded)
                {
                    unknown |= 1UL << 8;
                }
                else if (f.Foreign == Recorded.Yes)
                {
                    Evidence(evidence, Embassy, 1UL << 8, ref notMet, ref unknown);
                }

                Evidence(evidence, Community, 1UL << 9, ref notMet, ref unknown);
                Evidence(evidence, required, 1UL << 10, ref notMet, ref unknown);
                summaries[i] = EvaluationSummary.FromMasks(CriterionOutcome.Met, notMet, waiting, unknown, latest, today);
            }
        }
    }

    /// <summary>Conditional leave (<c>cb.2018</c>): the whole answer of every profile on one day, from the packed facts only.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="summaries">Where to write each person's summary.</param>
    public static void ConditionalLeave(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, EvaluationSummary[] summaries)
    {
        var leave = parameters.SettingsOf<ConditionalLeaveSettings>();
        CheckFraction(leave.Fraction, 2, 3);
        var longest = leave.MaximumSentence.ToDays(parameters.CountingConvention);
        var conduct = leave.ConductMonths * parameters.CountingConvention.DaysPerMonth;
        var required = HandWrittenBaseline.Mask(leave.RequiredEvidence.AsSpan());

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            ulong notMet = 0;
            ulong waiting = 0;
            ulong unknown = 0;
            var latest = -1;
            Rights(in f, today, ref notMet, ref unknown);
            var days = f.Days;

            // At most 1 year 6 months, then 2/3 served (no minimum); neither without an expiry.
            if (!days.HasSentence)
            {
                unknown |= (1UL << 3) | (1UL << 4);
            }
            else if (!days.HasDates)
            {
                notMet |= (1UL << 3) | (1UL << 4);
            }
            else
            {
                if (days.TermDays > longest)
                {
                    notMet |= 1UL << 3;
                }

                HandWrittenBaseline.Until(days.TwoThirds, today, in days, 1UL << 4, ref notMet, ref waiting, ref latest);
            }

            Conduct(in f, conduct, today, 1UL << 5, ref notMet, ref waiting, ref unknown, ref latest);
            Guidance(f.Guidance, 1UL << 6, ref notMet, ref unknown);
            Evidence(f.EvidenceBits, required, 1UL << 7, ref notMet, ref unknown);
            summaries[i] = EvaluationSummary.FromMasks(CriterionOutcome.Met, notMet, waiting, unknown, latest, today);
        }
    }

    /// <summary>Pre-release leave (<c>cmb.2018</c>): the whole answer of every profile on one day.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="profiles">The profiles, in the same order (for the remissions granted).</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="summaries">Where to write each person's summary.</param>
    public static void PreReleaseLeave(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, RightsParameters parameters, int today, EvaluationSummary[] summaries)
    {
        var leave = parameters.SettingsOf<PreReleaseLeaveSettings>();
        CheckFraction(leave.Fraction, 2, 3);
        var conduct = leave.ConductMonths * parameters.CountingConvention.DaysPerMonth;
        var required = HandWrittenBaseline.Mask(leave.RequiredEvidence.AsSpan());

        for (var first = 0; first < facts.Length; first += Batch)
        {
            var end = Math.Min(first + Batch, facts.Length);
            FetchHistories(profiles[first..end]);
            for (var i = first; i < end; i++)
            {
                ref readonly var f = ref facts[i];
                ulong notMet = 0;
                ulong waiting = 0;
                ulong unknown = 0;
                var latest = -1;
                Rights(in f, today, ref notMet, ref unknown);
                var days = f.Days;
                if (!days.HasSentence)
                {
                    // Time served and the remission granted are unknown.
                    unknown |= (1UL << 3) | (1UL << 6);
                }
                else
                {
                    // 2/3 served (no minimum); never without an expiry.
                    if (!days.HasDates)
                    {
                        notMet |= 1UL << 3;
                    }
                    else
                    {
                        HandWrittenBaseline.Until(days.TwoThirds, today, in days, 1UL << 3, ref notMet, ref waiting, ref latest);
                    }

                    // A remission granted on or before the day.
                    var granted = false;
                    foreach (var grant in profiles[i].Sentence!.Grants)
                    {
                        if (grant.Day <= today)
                        {
                            granted = true;
                            break;
                        }
                    }

                    if (!granted)
                    {
                        notMet |= 1UL << 6;
                    }
                }

                Conduct(in f, conduct, today, 1UL << 4, ref notMet, ref waiting, ref unknown, ref latest);
                Guidance(f.Guidance, 1UL << 5, ref notMet, ref unknown);
                Evidence(f.EvidenceBits, required, 1UL << 7, ref notMet, ref unknown);
                summaries[i] = EvaluationSummary.FromMasks(CriterionOutcome.Met, notMet, waiting, unknown, latest, today);
            }
        }
    }

    /// <summary>Family-visit leave (<c>cmk.2018</c>): the whole answer of every profile on one day, from the packed facts only.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="summaries">Where to write each person's summary.</param>
    public static void FamilyVisitLeave(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, EvaluationSummary[] summaries)
    {
        var leave = parameters.SettingsOf<FamilyVisitLeaveSettings>();
        CheckFraction(leave.Fraction, 1, 2);
        var shortest = leave.MinimumSentence.ToDays(parameters.CountingConvention);
        var newYear = DayNumbers.FromDate(new LocalDate(DayNumbers.ToDate(today).Year, 1, 1));

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            ulong notMet = 0;
            ulong waiting = 0;
            ulong unknown = 0;
            var latest = -1;
            Rights(in f, today, ref notMet, ref unknown);
            var days = f.Days;

            // At least 12 months, then 1/2 served; neither without an expiry.
            if (!days.HasSentence)
            {
                unknown |= (1UL << 3) | (1UL << 4);
            }
            else if (!days.HasDates)
            {
                notMet |= (1UL << 3) | (1UL << 4);
            }
            else
            {
                if (days.TermDays < shortest)
                {
                    notMet |= 1UL << 3;
                }

                HandWrittenBaseline.Until(days.Half, today, in days, 1UL << 4, ref notMet, ref waiting, ref latest);
            }

            // Good conduct this year: no punishment ending on or after 1 January, else met from 1 January after the
            // year of the latest punishment's end (never in the last representable year).
            var last = f.LastPunishmentEnd;
            if (!f.RegisterFRecorded)
            {
                unknown |= 1UL << 5;
            }
            else if (last >= newYear)
            {
                var year = DayNumbers.ToDate(last).Year;
                if (year >= LocalDate.MaxIsoValue.Year)
                {
                    notMet |= 1UL << 5;
                }
                else
                {
                    HandWrittenBaseline.Until(DayNumbers.FromDate(new LocalDate(year + 1, 1, 1)), today, in days, 1UL << 5, ref notMet, ref waiting, ref latest);
                }
            }

            if (f.PendingCase == Recorded.Yes)
            {
                notMet |= 1UL << 6;
            }
            else if (f.PendingCase == Recorded.NotRecorded)
            {
                unknown |= 1UL << 6;
            }

            summaries[i] = EvaluationSummary.FromMasks(CriterionOutcome.Met, notMet, waiting, unknown, latest, today);
        }
    }

    /// <summary>
    /// Remission (<c>remisi.2022</c>, general remission) on the evaluation day as the grant day: the whole answer of every
    /// profile. Time served: due when not life or death, a term of at least 6 months, detained by the day, still serving
    /// after the remissions granted before it, and more than 6 months served (Keppres 174/1999); not due otherwise (no
    /// day to wait for); unknown without a sentence.
    /// </summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="profiles">The profiles, in the same order (for the natural expiry and the remissions granted).</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number, the grant day.</param>
    /// <param name="summaries">Where to write each person's summary.</param>
    public static void Remission(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, RightsParameters parameters, int today, EvaluationSummary[] summaries)
    {
        var convention = parameters.CountingConvention;
        var daysPerMonth = convention.DaysPerMonth;
        var monthsPerYear = convention.MonthsPerYear;
        var sixMonths = 6 * daysPerMonth;
        var remission = parameters.SettingsOf<RemissionSettings>();
        var conduct = remission.ConductMonths * daysPerMonth;
        var requireCollaborator = remission.RequireJusticeCollaborator;
        var threshold = remission.NarcoticsThreshold.ToDays(convention);

        for (var first = 0; first < facts.Length; first += Batch)
        {
            var end = Math.Min(first + Batch, facts.Length);
            FetchHistories(profiles[first..end]);
            for (var i = first; i < end; i++)
            {
                ref readonly var f = ref facts[i];
                ulong notMet = 0;
                ulong waiting = 0;
                ulong unknown = 0;
                var latest = -1;
                if (f.Status != (byte)LegalStatus.Convict && f.Status != (byte)LegalStatus.Child)
                {
                    notMet |= 1UL << 0;
                }

                var days = f.Days;
                if (!days.HasSentence)
                {
                    unknown |= (1UL << 1) | (1UL << 2);
                }
                else if (days.IsLifeOrDeath)
                {
                    notMet |= (1UL << 1) | (1UL << 2);
                }
                else if (days.TermDays < sixMonths || today <= days.FirstDay + sixMonths)
                {
                    // Under 6 months, or not detained for more than 6 months by the day.
                    notMet |= 1UL << 2;
                }
                else
                {
                    // Left after the remissions granted before the day.
                    var history = profiles[i].Sentence!;
                    var grants = history.Grants;
                    var expiry = profiles[i].KeyDates.NaturalExpiryDayNumber;
                    for (var r = 0; r < grants.Length && grants[r].Day < today; r++)
                    {
                        expiry -= grants[r].Amount.ToDays(daysPerMonth, monthsPerYear);
                    }

                    if (expiry <= today)
                    {
                        notMet |= 1UL << 2;
                    }
                }

                Conduct(in f, conduct, today, 1UL << 3, ref notMet, ref waiting, ref unknown, ref latest);
                Guidance(f.Guidance, 1UL << 4, ref notMet, ref unknown);
                if (requireCollaborator)
                {
                    Collaborates(in f, threshold, 1UL << 5, ref notMet, ref unknown);
                }

                summaries[i] = EvaluationSummary.FromMasks(CriterionOutcome.Met, notMet, waiting, unknown, latest, today);
            }
        }
    }

    /// <summary>The first three conditions shared by parole and the leaves: convict or child, not life or death (unknown without a sentence), sentence running (unknown without a sentence, met without an expiry).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rights(in InmateFacts f, int today, ref ulong notMet, ref ulong unknown)
    {
        if (f.Status != (byte)LegalStatus.Convict && f.Status != (byte)LegalStatus.Child)
        {
            notMet |= 1UL << 0;
        }

        var days = f.Days;
        if (!days.HasSentence)
        {
            unknown |= (1UL << 1) | (1UL << 2);
        }
        else
        {
            if (days.IsLifeOrDeath)
            {
                notMet |= 1UL << 1;
            }

            if (days.HasDates && today >= days.Expiry)
            {
                notMet |= 1UL << 2;
            }
        }
    }

    /// <summary>
    /// No punishment in the last <paramref name="period"/> days: unknown while register F is not checked; met with no
    /// punishment; else met from the day after the latest punishment's end plus the period, unless the sentence ends
    /// first (<see cref="HandWrittenBaseline.Until"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Conduct(in InmateFacts f, int period, int today, ulong bit, ref ulong notMet, ref ulong waiting, ref ulong unknown, ref int latest)
    {
        if (!f.RegisterFRecorded)
        {
            unknown |= bit;
        }
        else if (f.LastPunishmentEnd >= 0)
        {
            HandWrittenBaseline.Until(f.LastPunishmentEnd + period + 1, today, f.Days, bit, ref notMet, ref waiting, ref latest);
        }
    }

    /// <summary>Active in guidance: yes → met, no → not met, not recorded → unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Guidance(Recorded guidance, ulong bit, ref ulong notMet, ref ulong unknown)
    {
        if (guidance == Recorded.No)
        {
            notMet |= bit;
        }
        else if (guidance == Recorded.NotRecorded)
        {
            unknown |= bit;
        }
    }

    /// <summary>A list of evidence (two-bit fields, <see cref="HandWrittenBaseline.Mask"/>): one absent → not met; else one not recorded → unknown; else met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Evidence(ulong bits, ulong fields, ulong bit, ref ulong notMet, ref ulong unknown)
    {
        if (HandWrittenBaseline.AnyAbsent(bits, fields))
        {
            notMet |= bit;
        }
        else if (!HandWrittenBaseline.AllPresent(bits, fields))
        {
            unknown |= bit;
        }
    }

    /// <summary>The justice-collaborator statement (while required), asked of special offences only: unknown while the offence (or a narcotics sentence) is not recorded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Collaborates(in InmateFacts f, int narcoticsThreshold, ulong bit, ref ulong notMet, ref ulong unknown)
    {
        var days = f.Days;
        bool? special = f.Offence switch
        {
            0 => null,
            (byte)OffenceCategory.General => false,
            (byte)OffenceCategory.Narcotics => days.HasSentence ? days.IsLifeOrDeath || days.TermDays >= narcoticsThreshold : null,
            _ => true,
        };
        if (special is null)
        {
            unknown |= bit;
        }
        else if (special == true)
        {
            Evidence(f.EvidenceBits, Collaborator, bit, ref notMet, ref unknown);
        }
    }

    private static void CheckFraction(Fraction fraction, int numerator, int denominator)
    {
        if (fraction.Numerator != numerator || fraction.Denominator != denominator)
        {
            throw new NotSupportedException("The hand-written loops serve only the precomputed fractions 1/2 and 2/3.");
        }
    }

    /// <summary>Reads each profile's sentence history (its withdrawn-right flag and its grant days), one after another without waiting on each, so that their memory is fetched together.</summary>
    /// <param name="profiles">The profiles of one batch.</param>
    private static void FetchHistories(ReadOnlySpan<InmateProfile> profiles)
    {
        var sum = 0;
        foreach (var profile in profiles)
        {
            if (profile.Sentence is { } history)
            {
                sum += (history.ParoleRightWithdrawn ? 1 : 0) + history.Grants.Length;
            }
        }

        fetched = sum;
    }
}
