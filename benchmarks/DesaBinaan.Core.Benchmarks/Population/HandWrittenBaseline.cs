using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Rules;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The hand-written reference of the outside-activity policy (version <c>outside-activity.2022</c>): one plain loop
/// over a plain array of structs — the packed facts that an <see cref="Core.Rules.InmatePopulation"/> holds, one
/// per profile (status, offence, security, sentence day numbers, end of the latest punishment, packed evidence) — with
/// every condition written inline (no criterion objects, no delegates, no per-criterion results), giving per person the
/// library's whole answer: the masks of the conditions not met, waiting for a day and unknown, bit <c>i</c> for the
/// version's criterion <c>i</c>, and the latest day a waiting condition is met, combined into an
/// <see cref="EvaluationSummary"/> by the library's own final step (<see cref="EvaluationSummary.FromMasks"/>: the
/// status, the eligible-from day and the first blocker). The library reads the same array, so the difference is the
/// engine's cost. It serves only facts computed under the version's counting convention and detentions without gaps or
/// house/city arrest (the synthetic population's, checked in the benchmark's setup).
/// </summary>
/// <remarks>
/// Each condition follows its criterion's outcome: met; not met; not met until a day (a time condition, met from that
/// day — <see cref="Until"/>), which counts as not met and waiting; unknown (a fact not recorded); or not applicable,
/// which counts as met. The version has no applicability condition (checked in the benchmark's setup).
/// </remarks>
internal static class HandWrittenBaseline
{
    /// <summary>The codes of the version's criteria, in order: the bit of each condition in the masks.</summary>
    public static readonly string[] Codes =
    [
        "rights.convict",
        "rights.life-or-death",
        "rights.sentence-running",
        "asimilasi.time-served",
        "asimilasi.conduct",
        "asimilasi.guidance",
        "asimilasi.terrorism.deradicalisation",
        "asimilasi.corruption.paid",
        "asimilasi.special.justice-collaborator",
        "rights.embassy-guarantee",
        "asimilasi.evidence",
        "rights.risk-reduction",
        "activity.minimum-security",
        "activity.agreement-in-force",
        "activity.escort-capacity",
    ];

    /// <summary>The whole answer of every profile on one day: each person's summary.</summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="summaries">Where to write each person's summary.</param>
    /// <param name="outside">True for the outside-activity version (all 15 conditions); false for the assimilation version, whose criteria are the first 12.</param>
    public static void Evaluate(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, EvaluationSummary[] summaries, bool outside = true)
    {
        var asimilasi = parameters.SettingsOf<AsimilasiSettings>();
        var convention = parameters.CountingConvention;
        var month = convention.DaysPerMonth;
        var generalFraction = asimilasi.GeneralFraction;
        var specialFraction = asimilasi.SpecialFraction;
        var childFraction = asimilasi.ChildFraction;
        var generalKind = Kind(generalFraction);
        var specialKind = Kind(specialFraction);
        var childKind = Kind(childFraction);
        var specialMinimum = asimilasi.SpecialMinimumServed.ToDays(convention);
        var childMinimum = asimilasi.ChildMinimumServed.ToDays(convention);
        var generalConduct = asimilasi.GeneralConductMonths * month;
        var specialConduct = asimilasi.SpecialConductMonths * month;
        var childConduct = asimilasi.ChildConductMonths * month;
        var narcoticsThreshold = asimilasi.NarcoticsThreshold.ToDays(convention);
        var requireCollaborator = asimilasi.RequireJusticeCollaborator;
        var requireRisk = asimilasi.RequireRiskReduction;
        var requireMinimum = outside && parameters.SettingsOf<OutsideActivitySettings>().RequireMinimumSecurity;
        var required = Mask(asimilasi.RequiredEvidence.AsSpan());
        var embassy = Mask([EvidenceKind.EmbassyGuarantee]);
        var terrorism = Mask([EvidenceKind.Deradicalisation, EvidenceKind.Pledge]);
        var corruption = Mask([EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid]);
        var collaborator = Mask([EvidenceKind.JusticeCollaborator]);
        var risk = Mask([EvidenceKind.RiskReduction]);

        // The activity's two conditions are the same for everyone: the agreement (unknown without an activity assessed
        // for the day or with its scope not assessed) and the escort (unknown without an activity).
        ulong activityNotMet = 0;
        ulong activityUnknown = 0;
        var activity = parameters.Activity;
        if (outside && activity is null)
        {
            activityUnknown = (1UL << 13) | (1UL << 14);
        }
        else if (outside && activity is not null)
        {
            if (activity.Date != DayNumbers.ToDate(today) || activity.ScopeCovered is null)
            {
                activityUnknown |= 1UL << 13;
            }
            else if (activity.ScopeCovered == false)
            {
                activityNotMet |= 1UL << 13;
            }

            if (Math.Min(activity.EscortCapacity, activity.Plan.Quota.Maximum) < activity.Plan.Quota.Minimum)
            {
                activityNotMet |= 1UL << 14;
            }
        }

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            var notMet = activityNotMet;
            ulong waiting = 0;
            var unknown = activityUnknown;
            var latest = -1;
            var status = f.Status;
            var child = status == (byte)LegalStatus.Child;
            if (status != (byte)LegalStatus.Convict && !child)
            {
                notMet |= 1UL << 0;
            }

            var days = f.Days;
            var offence = f.Offence;
            bool? special = offence switch
            {
                0 => null,
                (byte)OffenceCategory.General => false,
                (byte)OffenceCategory.Narcotics => days.HasSentence ? days.IsLifeOrDeath || days.TermDays >= narcoticsThreshold : null,
                _ => true,
            };

            // The tier of time served and conduct: the child's, else the special offence's, else the general one; not
            // told while the offence (or a narcotics sentence) is not recorded, which makes both conditions unknown.
            var untold = !child && special is null;
            if (!days.HasSentence)
            {
                unknown |= (1UL << 1) | (1UL << 2) | (1UL << 3);
            }
            else
            {
                if (days.IsLifeOrDeath)
                {
                    notMet |= 1UL << 1;
                }

                // Running: not applicable (met) without an expiry.
                if (days.HasDates && today >= days.Expiry)
                {
                    notMet |= 1UL << 2;
                }

                // Time served: the tier's fraction (none: the first day) and least time; never without an expiry.
                if (untold)
                {
                    unknown |= 1UL << 3;
                }
                else if (!days.HasDates)
                {
                    notMet |= 1UL << 3;
                }
                else
                {
                    var fraction = child ? childKind : special == true ? specialKind : generalKind;
                    var minimum = child ? childMinimum : special == true ? specialMinimum : 0;
                    var day = fraction == 0 ? days.FirstDay : fraction == 1 ? days.Half : days.TwoThirds;
                    if (minimum > 0)
                    {
                        day = Math.Max(day, days.FirstDay + minimum);
                    }

                    Until(day, today, in days, 1UL << 3, ref notMet, ref waiting, ref latest);
                }
            }

            // Conduct: Register F checked, and no punishment, or the tier's period passed since the latest ended.
            if (untold || !f.RegisterFRecorded)
            {
                unknown |= 1UL << 4;
            }
            else if (f.LastPunishmentEnd >= 0)
            {
                var period = child ? childConduct : special == true ? specialConduct : generalConduct;
                Until(f.LastPunishmentEnd + period + 1, today, in days, 1UL << 4, ref notMet, ref waiting, ref latest);
            }

            var guidance = f.Guidance;
            if (guidance == Recorded.No)
            {
                notMet |= 1UL << 5;
            }
            else if (guidance == Recorded.NotRecorded)
            {
                unknown |= 1UL << 5;
            }

            // The offence's evidence: unknown while the offence is not recorded, not applicable to other offences.
            var evidence = f.EvidenceBits;
            if (offence == 0)
            {
                unknown |= (1UL << 6) | (1UL << 7);
            }
            else if (offence == (byte)OffenceCategory.Terrorism)
            {
                if (AnyAbsent(evidence, terrorism))
                {
                    notMet |= 1UL << 6;
                }
                else if (!AllPresent(evidence, terrorism))
                {
                    unknown |= 1UL << 6;
                }
            }
            else if (offence == (byte)OffenceCategory.Corruption)
            {
                if (AnyAbsent(evidence, corruption))
                {
                    notMet |= 1UL << 7;
                }
                else if (!AllPresent(evidence, corruption))
                {
                    unknown |= 1UL << 7;
                }
            }

            // The justice-collaborator statement, while required, of special offences only.
            if (requireCollaborator && special is null)
            {
                unknown |= 1UL << 8;
            }
            else if (requireCollaborator && special == true)
            {
                if (AnyAbsent(evidence, collaborator))
                {
                    notMet |= 1UL << 8;
                }
                else if (!AllPresent(evidence, collaborator))
                {
                    unknown |= 1UL << 8;
                }
            }

            // The embassy's guarantee, of foreign nationals only.
            var foreign = f.Foreign;
            if (foreign == Recorded.NotRecorded)
            {
                unknown |= 1UL << 9;
            }
            else if (foreign == Recorded.Yes)
            {
                if (AnyAbsent(evidence, embassy))
                {
                    notMet |= 1UL << 9;
                }
                else if (!AllPresent(evidence, embassy))
                {
                    unknown |= 1UL << 9;
                }
            }

            if (AnyAbsent(evidence, required))
            {
                notMet |= 1UL << 10;
            }
            else if (!AllPresent(evidence, required))
            {
                unknown |= 1UL << 10;
            }

            if (requireRisk)
            {
                if (AnyAbsent(evidence, risk))
                {
                    notMet |= 1UL << 11;
                }
                else if (!AllPresent(evidence, risk))
                {
                    unknown |= 1UL << 11;
                }
            }

            // Minimum security, while required: unknown while the level is not recorded.
            if (requireMinimum && f.Security == 0)
            {
                unknown |= 1UL << 12;
            }
            else if (requireMinimum && f.Security != (byte)SecurityLevel.Minimum)
            {
                notMet |= 1UL << 12;
            }

            summaries[i] = EvaluationSummary.FromMasks(CriterionOutcome.Met, notMet, waiting, unknown, latest, today);
        }
    }

    /// <summary>
    /// The failed conditions of every profile on one day, as bit masks (not met or unknown): a view of
    /// <see cref="Evaluate(ReadOnlySpan{InmateFacts}, RightsParameters, int, EvaluationSummary[], bool)"/>'s summaries,
    /// <see cref="EvaluationSummary.NotMetMask"/> | <see cref="EvaluationSummary.UnknownMask"/>, for comparisons by mask
    /// (the tests'); not measured.
    /// </summary>
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    /// <param name="outside">True for the outside-activity version (all 15 conditions); false for the assimilation version, whose criteria are the first 12.</param>
    public static void Evaluate(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, ulong[] masks, bool outside = true)
    {
        var summaries = new EvaluationSummary[facts.Length];
        Evaluate(facts, parameters, today, summaries, outside);
        for (var i = 0; i < summaries.Length; i++)
        {
            masks[i] = summaries[i].NotMetMask | summaries[i].UnknownMask;
        }
    }

    /// <summary>
    /// A time condition met from <paramref name="day"/> on (the library's <c>RuleFacts.UntilExpiry</c>): met on or after
    /// that day; before it, not met and waiting for it (the latest such day kept in <paramref name="latest"/>) — unless
    /// the sentence ends first (a sentence with an expiry on or before that day), then not met with nothing to wait for.
    /// </summary>
    /// <param name="day">The first day on which the condition holds.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="days">The person's sentence day numbers.</param>
    /// <param name="bit">The condition's bit.</param>
    /// <param name="notMet">The mask of conditions not met.</param>
    /// <param name="waiting">The mask of conditions waiting for a day.</param>
    /// <param name="latest">The latest day a waiting condition is met, -1 when none.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Until(int day, int today, in SentenceDays days, ulong bit, ref ulong notMet, ref ulong waiting, ref int latest)
    {
        if (days.HasDates && day >= days.Expiry)
        {
            notMet |= bit;
        }
        else if (today < day)
        {
            notMet |= bit;
            waiting |= bit;
            latest = Math.Max(latest, day);
        }
    }

    /// <summary>0 for no fraction, 1 for 1/2, 2 for 2/3 (the precomputed day numbers; other fractions are not served).</summary>
    private static int Kind(Fraction? fraction) =>
        fraction is not { } f ? 0 : f == Fraction.OneHalf ? 1 : f == Fraction.TwoThirds ? 2 : throw new NotSupportedException("The hand-written loop serves only the fractions 1/2 and 2/3.");

    /// <summary>The two-bit fields of some kinds of evidence in an <see cref="EvidenceFile"/>'s packing.</summary>
    public static ulong Mask(ReadOnlySpan<EvidenceKind> kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 3UL << ((int)kind * 2);
        }

        return mask;
    }

    /// <summary>Whether every two-bit status under <paramref name="fields"/> of the packed evidence is "present" (01).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllPresent(ulong bits, ulong fields) => (bits & fields) == (fields & 0x5555_5555_5555_5555UL);

    /// <summary>Whether some two-bit status under <paramref name="fields"/> of the packed evidence is "absent" (10).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyAbsent(ulong bits, ulong fields) => ((bits >> 1) & ~bits & fields & 0x5555_5555_5555_5555UL) != 0;
}
