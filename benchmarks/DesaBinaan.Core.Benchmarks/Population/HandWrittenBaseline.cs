using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Rules;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The hand-written reference of the outside-activity policy (version <c>outside-activity.2022</c>): one plain loop
/// over a plain array of structs — the packed facts that an <see cref="Core.Rules.InmatePopulation"/> holds, one
/// per profile (status, offence, security, sentence day numbers, end of the latest punishment, packed evidence) — with
/// every condition written inline (no criterion objects, no delegates, no per-criterion results), writing per person
/// the bit mask of the conditions that fail (not met or unknown), bit <c>i</c> for the version's criterion <c>i</c>.
/// The library reads the same array, so the difference is the engine's cost. It serves only facts computed under the
/// version's counting convention and detentions without gaps or house/city arrest (the synthetic population's, checked
/// in the benchmark's setup).
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
    /// <param name="facts">The packed facts.</param>
    /// <param name="parameters">The version's parameters.</param>
    /// <param name="today">The evaluation day number.</param>
    /// <param name="masks">Where to write each person's mask.</param>
    /// <param name="outside">True for the outside-activity version (all 15 conditions); false for the assimilation version, whose criteria are the first 12.</param>
    public static void Evaluate(ReadOnlySpan<InmateFacts> facts, RightsParameters parameters, int today, ulong[] masks, bool outside = true)
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
        var activity = parameters.Activity;
        var activityFails = !outside ? 0 : activity is null ? 3UL << 13 : (activity.Date != DayNumbers.ToDate(today) || activity.ScopeCovered != true ? 1UL << 13 : 0)
            | (Math.Min(activity.EscortCapacity, activity.Plan.Quota.Maximum) >= activity.Plan.Quota.Minimum ? 0 : 1UL << 14);

        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            var m = activityFails;
            var status = f.Status;
            var child = status == (byte)LegalStatus.Child;
            if (status != (byte)LegalStatus.Convict && !child)
            {
                m |= 1UL << 0;
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
                    var fraction = child ? childKind : special == true ? specialKind : generalKind;
                    var minimum = child ? childMinimum : special == true ? specialMinimum : 0;
                    var day = fraction == 0 ? days.FirstDay : fraction == 1 ? days.Half : days.TwoThirds;
                    if (minimum > 0)
                    {
                        day = Math.Max(day, days.FirstDay + minimum);
                    }

                    // Met from that day, unless the sentence ends first (on or before it): then never.
                    if (today < day || day >= days.Expiry)
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
                var clean = last + period + 1;
                if (last >= 0 && (today < clean || (days.HasDates && clean >= days.Expiry)))
                {
                    m |= 1UL << 4;
                }
            }

            if (f.Guidance != Recorded.Yes)
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
            if (foreign == Recorded.NotRecorded || (foreign == Recorded.Yes && !AllPresent(evidence, embassy)))
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
    public static bool AllPresent(ulong bits, ulong fields) => (bits & fields) == (fields & 0x5555_5555_5555_5555UL);
}
