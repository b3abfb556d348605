using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The population as plain arrays (one per fact, the day numbers precomputed) and the hand-written loop over them
/// that computes, per person, the bit mask of the outside-activity conditions that fail (not met or unknown), bit
/// <c>i</c> for the policy's criterion <c>i</c>: the practical limit the library is measured against.
/// </summary>
internal sealed class HandWrittenBaseline
{
    private const int NoDate = int.MinValue;

    private HandWrittenBaseline(int size)
    {
        Status = new byte[size];
        Offence = new byte[size];
        Security = new byte[size];
        Sentence = new byte[size];
        Served = new int[size];
        Expiry = new int[size];
        LastPunishment = new int[size];
        Guidance = new sbyte[size];
        Pending = new sbyte[size];
        Nationality = new byte[size];
        Evidence = new ulong[size];
    }

    /// <summary>Legal status (the enum value).</summary>
    public byte[] Status { get; }

    /// <summary>Offence category (the enum value), 0 not recorded.</summary>
    public byte[] Offence { get; }

    /// <summary>Security level (the enum value), 0 not recorded.</summary>
    public byte[] Security { get; }

    /// <summary>Sentence: 0 not recorded, 1 with dates, 2 life or death.</summary>
    public byte[] Sentence { get; }

    /// <summary>The day on which the time-served condition is met (1/2 general, 2/3 special).</summary>
    public int[] Served { get; }

    /// <summary>The expiry day.</summary>
    public int[] Expiry { get; }

    /// <summary>The last day of the latest punishment, -1 when none, <see cref="int.MinValue"/> when Register F was not checked.</summary>
    public int[] LastPunishment { get; }

    /// <summary>Active in guidance: 1 yes, 0 no, -1 not recorded.</summary>
    public sbyte[] Guidance { get; }

    /// <summary>Pending case: 1 yes, 0 no, -1 not recorded.</summary>
    public sbyte[] Pending { get; }

    /// <summary>Nationality: 0 not recorded, 1 Indonesian, 2 foreign.</summary>
    public byte[] Nationality { get; }

    /// <summary>The evidence statuses, two bits per kind.</summary>
    public ulong[] Evidence { get; }

    public int Count => Status.Length;

    /// <summary>Copies the facts of the profiles into plain arrays (setup, not measured).</summary>
    public static HandWrittenBaseline From(IReadOnlyList<InmateProfile> profiles)
    {
        var b = new HandWrittenBaseline(profiles.Count);
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            b.Status[i] = (byte)p.Status;
            b.Offence[i] = p.Offence is { } o ? (byte)o : (byte)0;
            b.Security[i] = p.Security is { } s ? (byte)s : (byte)0;
            b.Sentence[i] = p.Sentence is null ? (byte)0 : p.Sentence.HasLifeOrDeath ? (byte)2 : (byte)1;
            var dates = p.KeyDates;
            b.Served[i] = dates.HasDates ? DayNumbers.FromDate(b.Offence[i] > (byte)OffenceCategory.General ? dates.TwoThirds : dates.Half) : NoDate;
            b.Expiry[i] = dates.HasDates ? DayNumbers.FromDate(dates.Expiry) : NoDate;
            b.LastPunishment[i] = p.RegisterF is null ? NoDate : p.LastPunishmentEndDay;
            b.Guidance[i] = p.ActiveInGuidance switch { null => -1, true => 1, false => 0 };
            b.Pending[i] = p.HasPendingCase switch { null => -1, true => 1, false => 0 };
            b.Nationality[i] = p.IsForeignNational switch { null => 0, false => 1, true => 2 };
            ulong bits = 0;
            for (var k = 0; k < 16; k++)
            {
                bits |= (ulong)p.Evidence.Status((EvidenceKind)k) << (k * 2);
            }

            b.Evidence[i] = bits;
        }

        return b;
    }

    /// <summary>The hand-written loop: the failed conditions of every person on one day, as bit masks.</summary>
    public void Evaluate(int today, bool requireMinimumSecurity, ulong[] masks)
    {
        const ulong Documents = (3UL << (2 * (int)EvidenceKind.VerdictAndExecution)) | (3UL << (2 * (int)EvidenceKind.Litmas)) | (3UL << (2 * (int)EvidenceKind.RegisterFExtract)) | (3UL << (2 * (int)EvidenceKind.FamilyGuarantee)) | (3UL << (2 * (int)EvidenceKind.HostGuarantee));
        const ulong Embassy = 3UL << (2 * (int)EvidenceKind.EmbassyGuarantee);
        const ulong Corruption = (3UL << (2 * (int)EvidenceKind.FinePaid)) | (3UL << (2 * (int)EvidenceKind.RestitutionPaid));
        const ulong Terrorism = (3UL << (2 * (int)EvidenceKind.Deradicalisation)) | (3UL << (2 * (int)EvidenceKind.Pledge));
        var status = Status;
        var offence = Offence;
        var security = Security;
        var sentence = Sentence;
        var served = Served;
        var expiry = Expiry;
        var last = LastPunishment;
        var guidance = Guidance;
        var pending = Pending;
        var nationality = Nationality;
        var evidence = Evidence;
        var n = Math.Min(status.Length, masks.Length);
        for (var i = 0; i < n; i++)
        {
            ulong m = 0;
            var st = status[i];
            if (st != (byte)LegalStatus.Convict && st != (byte)LegalStatus.Child)
            {
                m |= 1UL << 0;
            }

            var sn = sentence[i];
            if (sn != 1)
            {
                m |= 1UL << 1 | 1UL << 2; // life/death or not recorded: both fail; served is unknown or not met
            }

            var of = offence[i];
            if (of == 0 || (sn == 1 && today < served[i]))
            {
                m |= 1UL << 2;
            }

            var lp = last[i];
            if (lp == NoDate || of == 0 || (lp >= 0 && today < lp + (of != (byte)OffenceCategory.General ? StandInPolicy.SpecialCleanDays : StandInPolicy.GeneralCleanDays) + 1))
            {
                m |= 1UL << 3;
            }

            if (guidance[i] != 1)
            {
                m |= 1UL << 4;
            }

            if (requireMinimumSecurity && security[i] != (byte)SecurityLevel.Minimum)
            {
                m |= 1UL << 5;
            }

            var ev = evidence[i];
            if (!AllPresent(ev, Documents))
            {
                m |= 1UL << 6;
            }

            var na = nationality[i];
            if (na == 0 || (na == 2 && !AllPresent(ev, Embassy)))
            {
                m |= 1UL << 7;
            }

            if (of == 0
                || (of == (byte)OffenceCategory.Corruption && !AllPresent(ev, Corruption))
                || (of == (byte)OffenceCategory.Terrorism && !AllPresent(ev, Terrorism)))
            {
                m |= 1UL << 8;
            }

            if (pending[i] != 0)
            {
                m |= 1UL << 9;
            }

            if (sn == 0 || (sn == 1 && today >= expiry[i]))
            {
                m |= 1UL << 10;
            }

            masks[i] = m;
        }
    }

    /// <summary>The hand-written loop over the profiles themselves (the same objects the library reads): the failed conditions of every person on one day, as bit masks.</summary>
    public static void Evaluate(InmateProfile[] profiles, int today, bool requireMinimumSecurity, ulong[] masks)
    {
        for (var i = 0; i < profiles.Length; i++)
        {
            var p = profiles[i];
            ulong m = 0;
            if (p.Status is not (LegalStatus.Convict or LegalStatus.Child))
            {
                m |= 1UL << 0;
            }

            var sentence = p.Sentence;
            var offence = p.Offence;
            if (sentence is null || sentence.HasLifeOrDeath)
            {
                m |= 1UL << 1;
            }

            if (sentence is null || offence is null)
            {
                m |= 1UL << 2;
            }
            else
            {
                var dates = p.KeyDates;
                if (!dates.HasDates || today < DayNumbers.FromDate(offence == OffenceCategory.General ? dates.Half : dates.TwoThirds))
                {
                    m |= 1UL << 2;
                }
            }

            if (p.RegisterF is null || offence is null)
            {
                m |= 1UL << 3;
            }
            else
            {
                var last = p.LastPunishmentEndDay;
                if (last >= 0 && today < last + (offence == OffenceCategory.General ? StandInPolicy.GeneralCleanDays : StandInPolicy.SpecialCleanDays) + 1)
                {
                    m |= 1UL << 3;
                }
            }

            if (p.ActiveInGuidance != true)
            {
                m |= 1UL << 4;
            }

            if (requireMinimumSecurity && p.Security != SecurityLevel.Minimum)
            {
                m |= 1UL << 5;
            }

            var evidence = p.Evidence;
            if (evidence.Status(EvidenceKind.VerdictAndExecution) != EvidenceStatus.Present
                || evidence.Status(EvidenceKind.Litmas) != EvidenceStatus.Present
                || evidence.Status(EvidenceKind.RegisterFExtract) != EvidenceStatus.Present
                || evidence.Status(EvidenceKind.FamilyGuarantee) != EvidenceStatus.Present
                || evidence.Status(EvidenceKind.HostGuarantee) != EvidenceStatus.Present)
            {
                m |= 1UL << 6;
            }

            var foreign = p.IsForeignNational;
            if (foreign is null || (foreign == true && evidence.Status(EvidenceKind.EmbassyGuarantee) != EvidenceStatus.Present))
            {
                m |= 1UL << 7;
            }

            if (offence is null
                || (offence == OffenceCategory.Corruption && (evidence.Status(EvidenceKind.FinePaid) != EvidenceStatus.Present || evidence.Status(EvidenceKind.RestitutionPaid) != EvidenceStatus.Present))
                || (offence == OffenceCategory.Terrorism && (evidence.Status(EvidenceKind.Deradicalisation) != EvidenceStatus.Present || evidence.Status(EvidenceKind.Pledge) != EvidenceStatus.Present)))
            {
                m |= 1UL << 8;
            }

            if (p.HasPendingCase != false)
            {
                m |= 1UL << 9;
            }

            if (sentence is null || (p.KeyDates.HasDates && today >= DayNumbers.FromDate(p.KeyDates.Expiry)))
            {
                m |= 1UL << 10;
            }

            masks[i] = m;
        }
    }

    /// <summary>Whether every two-bit status under <paramref name="fields"/> is "present" (01).</summary>
    private static bool AllPresent(ulong evidence, ulong fields) => (evidence & fields) == (fields & 0x5555_5555_5555_5555UL);
}
