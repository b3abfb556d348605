using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The hand-written references of the integration and remission policies in force on the benchmark's date (parole
/// <c>pb.2026</c>, conditional leave <c>cb.2018</c>, pre-release leave <c>cmb.2018</c>, family-visit leave
/// <c>cmk.2018</c>, remission <c>remisi.2022</c>), in the manner of <see cref="HandWrittenBaseline"/>: one plain loop per
/// policy over the packed facts, every condition written inline, writing per person the bit mask of the conditions that
/// fail (not met or unknown), bit <c>i</c> for the version's criterion <c>i</c> in the order of the codes below.
/// </summary>
/// <remarks>
/// <para>Some conditions need data the packed facts do not hold, and the loops read them from the profile, as the
/// library's criteria do: parole reads the sentence history's <see cref="Core.Sentencing.SentenceHistory.ParoleRightWithdrawn"/>
/// (every person with a sentence) and the profile's <see cref="InmateProfile.AssimilationStart"/> (narcotics offences
/// of at least the threshold); pre-release leave reads the history's remission grant days; remission reads the natural
/// expiry of the profile's key dates and the history's remission grant days and amounts. Conditional and family-visit
/// leave read the packed facts only (a punishment in the current year is a latest punishment ending on or after
/// 1 January).</para>
/// <para>Like <see cref="HandWrittenBaseline"/>, the loops serve only facts computed under the version's counting
/// convention, a convention counting the least time served as days in custody, detentions without gaps or house/city
/// arrest (so remission service counts from the first day), fractions 1/2 and 2/3 (the precomputed day numbers) and
/// the general remission: the synthetic population's and the built-in versions' (checked in the benchmark's setup).</para>
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

    private static readonly ulong Embassy = HandWrittenBaseline.Mask([EvidenceKind.EmbassyGuarantee]);
    private static readonly ulong Community = HandWrittenBaseline.Mask([EvidenceKind.CommunityAcceptance]);
    private static readonly ulong Collaborator = HandWrittenBaseline.Mask([EvidenceKind.JusticeCollaborator]);

    /// <summary>Parole (<c>pb.2026</c>): the failed conditions of every profile on one day.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="profiles">The profiles, in the same order (for the withdrawn right and the start of assimilation).</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    public static void Parole(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, RightsParameters parameters, int today, ulong[] masks)
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

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            ulong m = 0;
            if (f.Status != (byte)LegalStatus.Convict && f.Status != (byte)LegalStatus.Child)
            {
                m |= 1UL << 0;
            }

            var days = f.Days;
            if (!days.HasSentence)
            {
                // Life or death, running, time served, the least sentence and the withdrawn right are all unknown.
                m |= (1UL << 1) | (1UL << 2) | (1UL << 3) | (1UL << 11) | (1UL << 12);
            }
            else
            {
                if (days.IsLifeOrDeath)
                {
                    m |= 1UL << 1;
                }

                if (days.HasDates && today >= days.Expiry)
                {
                    m |= 1UL << 2;
                }

                // 2/3 served and at least the minimum; never when the sentence ends first.
                if (!days.HasDates)
                {
                    m |= 1UL << 3;
                }
                else
                {
                    var day = Math.Max(days.TwoThirds, days.FirstDay + minimum);
                    if (today < day || day >= days.Expiry)
                    {
                        m |= 1UL << 3;
                    }
                }

                if (!days.HasDates || days.TermDays < leastSentence)
                {
                    m |= 1UL << 11;
                }

                if (profiles[i].Sentence!.ParoleRightWithdrawn)
                {
                    m |= 1UL << 12;
                }
            }

            m |= Conduct(in f, conduct, today, 4);
            if (f.Guidance != Recorded.Yes)
            {
                m |= 1UL << 5;
            }

            // Narcotics of at least the threshold: assimilation for the share of the time from 2/3 to expiry.
            var offence = f.Offence;
            if (offence == 0)
            {
                m |= 1UL << 6;
            }
            else if (offence == (byte)OffenceCategory.Narcotics)
            {
                if (!days.HasSentence)
                {
                    m |= 1UL << 6;
                }
                else if (days.HasDates && days.TermDays >= threshold)
                {
                    if (profiles[i].AssimilationStart is not { } start)
                    {
                        m |= 1UL << 6;
                    }
                    else
                    {
                        long product = (long)Math.Max(0, days.Expiry - days.TwoThirds) * shareNumerator;
                        var day = DayNumbers.FromDate(start) + (int)((product + shareDenominator - 1) / shareDenominator);
                        if (today < day || day >= days.Expiry)
                        {
                            m |= 1UL << 6;
                        }
                    }
                }
            }

            var evidence = f.EvidenceBits;
            if (requireCollaborator)
            {
                bool? special = offence switch
                {
                    0 => null,
                    (byte)OffenceCategory.General => false,
                    (byte)OffenceCategory.Narcotics => days.HasSentence ? days.IsLifeOrDeath || days.TermDays >= threshold : null,
                    _ => true,
                };
                if (special is null || (special == true && !HandWrittenBaseline.AllPresent(evidence, Collaborator)))
                {
                    m |= 1UL << 7;
                }
            }

            if (f.Foreign == Recorded.NotRecorded || (f.Foreign == Recorded.Yes && !HandWrittenBaseline.AllPresent(evidence, Embassy)))
            {
                m |= 1UL << 8;
            }

            if (!HandWrittenBaseline.AllPresent(evidence, Community))
            {
                m |= 1UL << 9;
            }

            if (!HandWrittenBaseline.AllPresent(evidence, required))
            {
                m |= 1UL << 10;
            }

            masks[i] = m;
        }
    }

    /// <summary>Conditional leave (<c>cb.2018</c>): the failed conditions of every profile on one day, from the packed facts only.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    public static void ConditionalLeave(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, ulong[] masks)
    {
        var leave = parameters.SettingsOf<ConditionalLeaveSettings>();
        CheckFraction(leave.Fraction, 2, 3);
        var longest = leave.MaximumSentence.ToDays(parameters.CountingConvention);
        var conduct = leave.ConductMonths * parameters.CountingConvention.DaysPerMonth;
        var required = HandWrittenBaseline.Mask(leave.RequiredEvidence.AsSpan());

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            var m = Rights(in f, today);
            var days = f.Days;

            // At most 1 year 6 months, then 2/3 served (no minimum).
            if (!days.HasSentence || !days.HasDates)
            {
                m |= (1UL << 3) | (1UL << 4);
            }
            else
            {
                if (days.TermDays > longest)
                {
                    m |= 1UL << 3;
                }

                if (today < days.TwoThirds || days.TwoThirds >= days.Expiry)
                {
                    m |= 1UL << 4;
                }
            }

            m |= Conduct(in f, conduct, today, 5);
            if (f.Guidance != Recorded.Yes)
            {
                m |= 1UL << 6;
            }

            if (!HandWrittenBaseline.AllPresent(f.EvidenceBits, required))
            {
                m |= 1UL << 7;
            }

            masks[i] = m;
        }
    }

    /// <summary>Pre-release leave (<c>cmb.2018</c>): the failed conditions of every profile on one day.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="profiles">The profiles, in the same order (for the remissions granted).</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    public static void PreReleaseLeave(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, RightsParameters parameters, int today, ulong[] masks)
    {
        var leave = parameters.SettingsOf<PreReleaseLeaveSettings>();
        CheckFraction(leave.Fraction, 2, 3);
        var conduct = leave.ConductMonths * parameters.CountingConvention.DaysPerMonth;
        var required = HandWrittenBaseline.Mask(leave.RequiredEvidence.AsSpan());

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            var m = Rights(in f, today);
            var days = f.Days;
            if (!days.HasSentence)
            {
                // Time served and the remission granted are unknown.
                m |= (1UL << 3) | (1UL << 6);
            }
            else
            {
                if (!days.HasDates || today < days.TwoThirds || days.TwoThirds >= days.Expiry)
                {
                    m |= 1UL << 3;
                }

                // A remission granted on or before the day.
                var granted = false;
                foreach (var grant in profiles[i].Sentence!.GrantDayNumbers)
                {
                    if (grant <= today)
                    {
                        granted = true;
                        break;
                    }
                }

                if (!granted)
                {
                    m |= 1UL << 6;
                }
            }

            m |= Conduct(in f, conduct, today, 4);
            if (f.Guidance != Recorded.Yes)
            {
                m |= 1UL << 5;
            }

            if (!HandWrittenBaseline.AllPresent(f.EvidenceBits, required))
            {
                m |= 1UL << 7;
            }

            masks[i] = m;
        }
    }

    /// <summary>Family-visit leave (<c>cmk.2018</c>): the failed conditions of every profile on one day, from the packed facts only.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    public static void FamilyVisitLeave(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, ulong[] masks)
    {
        var leave = parameters.SettingsOf<FamilyVisitLeaveSettings>();
        CheckFraction(leave.Fraction, 1, 2);
        var shortest = leave.MinimumSentence.ToDays(parameters.CountingConvention);
        var newYear = DayNumbers.FromDate(new LocalDate(DayNumbers.ToDate(today).Year, 1, 1));

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            var m = Rights(in f, today);
            var days = f.Days;

            // At least 12 months, then 1/2 served.
            if (!days.HasSentence || !days.HasDates)
            {
                m |= (1UL << 3) | (1UL << 4);
            }
            else
            {
                if (days.TermDays < shortest)
                {
                    m |= 1UL << 3;
                }

                if (today < days.Half || days.Half >= days.Expiry)
                {
                    m |= 1UL << 4;
                }
            }

            // Good conduct this year: no punishment ending on or after 1 January (else met only from a later new year).
            if (!f.RegisterFRecorded || f.LastPunishmentEnd >= newYear)
            {
                m |= 1UL << 5;
            }

            if (f.PendingCase != Recorded.No)
            {
                m |= 1UL << 6;
            }

            masks[i] = m;
        }
    }

    /// <summary>
    /// Remission (<c>remisi.2022</c>, general remission) on the evaluation day as the grant day: the failed conditions of
    /// every profile. Time served: due when not life or death, a term of at least 6 months, detained by the day, still
    /// serving after the remissions granted before it, and more than 6 months served (Keppres 174/1999).
    /// </summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="profiles">The profiles, in the same order (for the natural expiry and the remissions granted).</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number, the grant day.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    public static void Remission(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, RightsParameters parameters, int today, ulong[] masks)
    {
        var convention = parameters.CountingConvention;
        var daysPerMonth = convention.DaysPerMonth;
        var monthsPerYear = convention.MonthsPerYear;
        var sixMonths = 6 * daysPerMonth;
        var remission = parameters.SettingsOf<RemissionSettings>();
        var conduct = remission.ConductMonths * daysPerMonth;
        var requireCollaborator = remission.RequireJusticeCollaborator;
        var threshold = remission.NarcoticsThreshold.ToDays(convention);

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            ulong m = 0;
            if (f.Status != (byte)LegalStatus.Convict && f.Status != (byte)LegalStatus.Child)
            {
                m |= 1UL << 0;
            }

            var days = f.Days;
            if (!days.HasSentence)
            {
                m |= (1UL << 1) | (1UL << 2);
            }
            else if (days.IsLifeOrDeath)
            {
                m |= (1UL << 1) | (1UL << 2);
            }
            else if (days.TermDays < sixMonths || today <= days.FirstDay + sixMonths)
            {
                // Under 6 months, or not detained for more than 6 months by the day.
                m |= 1UL << 2;
            }
            else
            {
                // Left after the remissions granted before the day.
                var history = profiles[i].Sentence!;
                var grants = history.GrantDayNumbers;
                var amounts = history.RemissionAmounts;
                var expiry = profiles[i].KeyDates.NaturalExpiryDayNumber;
                for (var r = 0; r < grants.Length && grants[r] < today; r++)
                {
                    expiry -= amounts[r].ToDays(daysPerMonth, monthsPerYear);
                }

                if (expiry <= today)
                {
                    m |= 1UL << 2;
                }
            }

            m |= Conduct(in f, conduct, today, 3);
            if (f.Guidance != Recorded.Yes)
            {
                m |= 1UL << 4;
            }

            if (requireCollaborator)
            {
                bool? special = f.Offence switch
                {
                    0 => null,
                    (byte)OffenceCategory.General => false,
                    (byte)OffenceCategory.Narcotics => days.HasSentence ? days.IsLifeOrDeath || days.TermDays >= threshold : null,
                    _ => true,
                };
                if (special is null || (special == true && !HandWrittenBaseline.AllPresent(f.EvidenceBits, Collaborator)))
                {
                    m |= 1UL << 5;
                }
            }

            masks[i] = m;
        }
    }

    /// <summary>The first three conditions shared by the leave policies: convict or child, not life or death, sentence running.</summary>
    private static ulong Rights(in InmateFacts f, int today)
    {
        ulong m = 0;
        if (f.Status != (byte)LegalStatus.Convict && f.Status != (byte)LegalStatus.Child)
        {
            m |= 1UL << 0;
        }

        var days = f.Days;
        if (!days.HasSentence)
        {
            m |= (1UL << 1) | (1UL << 2);
        }
        else
        {
            if (days.IsLifeOrDeath)
            {
                m |= 1UL << 1;
            }

            if (days.HasDates && today >= days.Expiry)
            {
                m |= 1UL << 2;
            }
        }

        return m;
    }

    /// <summary>No punishment in the last <paramref name="period"/> days: register F checked, and clean from the day after the latest punishment's end plus the period, before the expiry.</summary>
    private static ulong Conduct(in InmateFacts f, int period, int today, int bit)
    {
        if (!f.RegisterFRecorded)
        {
            return 1UL << bit;
        }

        var last = f.LastPunishmentEnd;
        if (last < 0)
        {
            return 0;
        }

        var clean = last + period + 1;
        return today < clean || (f.Days.HasDates && clean >= f.Days.Expiry) ? 1UL << bit : 0;
    }

    private static void CheckFraction(Fraction fraction, int numerator, int denominator)
    {
        if (fraction.Numerator != numerator || fraction.Denominator != denominator)
        {
            throw new NotSupportedException("The hand-written loops serve only the precomputed fractions 1/2 and 2/3.");
        }
    }
}
