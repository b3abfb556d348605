using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Rules;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The hand-written reference of the outside-activity policy (version <c>outside-activity.2022</c>): one plain loop
/// over the plain array of profiles, with every condition written inline (no criterion objects, no delegates, no
/// per-criterion results), writing per person the bit mask of the conditions that fail (not met or unknown), bit
/// <c>i</c> for the version's criterion <c>i</c>. It reads the same precomputed facts of the profiles as the rules
/// (the packed facts block of each profile: status, offence, security, sentence day numbers, end of the latest
/// punishment, packed evidence), so the difference is the engine's cost.
/// </summary>
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

    /// <summary>The failed conditions of every profile on one day, as bit masks.</summary>
    public static void Evaluate(InmateProfile[] profiles, RightsParameters parameters, int today, ulong[] masks)
    {
        var convention = parameters.CountingConvention;
        var asimilasi = parameters.Asimilasi!;
        var generalFraction = asimilasi.GeneralFraction;
        var specialFraction = asimilasi.SpecialFraction;
        var childFraction = asimilasi.ChildFraction;
        var specialMinimum = parameters.SpecialMinimumDays;
        var childMinimum = parameters.ChildMinimumDays;
        var generalConduct = parameters.GeneralConductDays;
        var specialConduct = parameters.SpecialConductDays;
        var childConduct = parameters.ChildConductDays;
        var narcoticsThreshold = parameters.NarcoticsThresholdDays;
        var requireCollaborator = asimilasi.RequireJusticeCollaborator;
        var requireRisk = asimilasi.RequireRiskReduction;
        var requireMinimum = parameters.RequireMinimumSecurity;
        var required = Mask(asimilasi.RequiredEvidence.AsSpan());
        var embassy = Mask([EvidenceKind.EmbassyGuarantee]);
        var terrorism = Mask([EvidenceKind.Deradicalisation, EvidenceKind.Pledge]);
        var corruption = Mask([EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid]);
        var collaborator = Mask([EvidenceKind.JusticeCollaborator]);
        var risk = Mask([EvidenceKind.RiskReduction]);
        var activity = parameters.Activity;
        var activityFails = activity is null ? 3UL << 13 : (activity.Date != DayNumbers.ToDate(today) || activity.ScopeCovered != true ? 1UL << 13 : 0)
            | (Math.Min(activity.EscortCapacity, activity.Plan.Quota.Maximum) >= activity.Plan.Quota.Minimum ? 0 : 1UL << 14);

        for (var i = 0; i < profiles.Length; i++)
        {
            var p = profiles[i];
            ref readonly var f = ref p.Facts;
            var m = activityFails;
            var status = f.Status;
            var child = status == (byte)LegalStatus.Child;
            if (status != (byte)LegalStatus.Convict && !child)
            {
                m |= 1UL << 0;
            }

            var days = ReferenceEquals(p.Convention, convention) ? f.Days : p.DaysUnder(convention);
            var offence = f.Offence;
            bool? special = offence switch
            {
                0 => null,
                (byte)OffenceCategory.General => false,
                (byte)OffenceCategory.Narcotics => days.HasSentence ? days.IsLifeOrDeath || days.TermDays >= narcoticsThreshold : null,
                _ => true,
            };

            if (!days.HasSentence)
            {
                m |= (1UL << 1) | (1UL << 2) | (1UL << 3);
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

                // Time served: the child tier, else the special tier, else the general one.
                if ((!child && special is null) || !days.HasDates)
                {
                    m |= 1UL << 3;
                }
                else
                {
                    var fraction = child ? childFraction : special == true ? specialFraction : generalFraction;
                    var minimum = child ? childMinimum : special == true ? specialMinimum : 0;
                    var day = fraction is { } fr ? days.FractionDay(p, fr, convention) : days.FirstDay;
                    if (minimum > 0)
                    {
                        day = Math.Max(day, p.DayServed(minimum, convention));
                    }

                    if (today < day)
                    {
                        m |= 1UL << 3;
                    }
                }
            }

            // Conduct: no punishment in the tier's period.
            if (!f.RegisterFRecorded || (!child && special is null))
            {
                m |= 1UL << 4;
            }
            else
            {
                var last = f.LastPunishmentEnd;
                var period = child ? childConduct : special == true ? specialConduct : generalConduct;
                if (last >= 0 && today < last + period + 1)
                {
                    m |= 1UL << 4;
                }
            }

            if (f.Guidance != 2)
            {
                m |= 1UL << 5;
            }

            var evidence = f.EvidenceBits;
            if (offence == 0 || (offence == (byte)OffenceCategory.Terrorism && !AllPresent(evidence, terrorism)))
            {
                m |= 1UL << 6;
            }

            if (offence == 0 || (offence == (byte)OffenceCategory.Corruption && !AllPresent(evidence, corruption)))
            {
                m |= 1UL << 7;
            }

            if (requireCollaborator && (special is null || (special == true && !AllPresent(evidence, collaborator))))
            {
                m |= 1UL << 8;
            }

            var foreign = f.Foreign;
            if (foreign == 0 || (foreign == 2 && !AllPresent(evidence, embassy)))
            {
                m |= 1UL << 9;
            }

            if (!AllPresent(evidence, required))
            {
                m |= 1UL << 10;
            }

            if (requireRisk && !AllPresent(evidence, risk))
            {
                m |= 1UL << 11;
            }

            if (requireMinimum && f.Security != (byte)SecurityLevel.Minimum)
            {
                m |= 1UL << 12;
            }

            masks[i] = m;
        }
    }

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
    private static bool AllPresent(ulong bits, ulong fields) => (bits & fields) == (fields & 0x5555_5555_5555_5555UL);
}
