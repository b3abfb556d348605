using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The population kernel of the assimilation and outside-activity versions: the parameters read once per batch into
/// plain values, then every subject evaluated from its packed facts block alone, writing each criterion's result and
/// the summary's masks as it goes. It computes exactly what the criterion objects compute (tests compare the two on
/// random profiles, parameter sets, conventions and dates); a subject it does not cover — a profile computed under
/// another counting convention, or a detention with gaps or house/city arrest — and parameters it does not cover (a
/// fraction other than 1/2 or 2/3) are evaluated with the criterion objects instead.
/// </summary>
internal readonly struct AsimilasiKernel
{
    private const byte NoFraction = 0;
    private const byte HalfFraction = 1;
    private const byte TwoThirdsFraction = 2;
    private const byte OtherFraction = 3;

    // The low bit of each kind's two-bit field in an EvidenceFile (constants, so that the kernel reads no static field).
    private const ulong TerrorismMask = (1UL << (2 * (int)EvidenceKind.Deradicalisation)) | (1UL << (2 * (int)EvidenceKind.Pledge));
    private const ulong CorruptionMask = (1UL << (2 * (int)EvidenceKind.FinePaid)) | (1UL << (2 * (int)EvidenceKind.RestitutionPaid));
    private const ulong CollaboratorMask = 1UL << (2 * (int)EvidenceKind.JusticeCollaborator);
    private const ulong EmbassyMask = 1UL << (2 * (int)EvidenceKind.EmbassyGuarantee);
    private const ulong RiskMask = 1UL << (2 * (int)EvidenceKind.RiskReduction);

    private readonly CountingConvention convention;
    private readonly int today;
    private readonly int narcoticsThreshold;
    private readonly byte generalFraction;
    private readonly byte specialFraction;
    private readonly byte childFraction;
    private readonly int specialMinimum;
    private readonly int childMinimum;
    private readonly int generalConduct;
    private readonly int specialConduct;
    private readonly int childConduct;
    private readonly ulong evidenceMask;
    private readonly bool requireCollaborator;
    private readonly bool requireRisk;
    private readonly bool requireMinimumSecurity;
    private readonly CriterionResult agreement;
    private readonly CriterionResult escort;

    public AsimilasiKernel(in EvaluationContext<RightsParameters> context)
    {
        var p = context.Parameters;
        var a = p.Asimilasi!;
        convention = p.CountingConvention;
        today = context.DayNumber;
        narcoticsThreshold = p.NarcoticsThresholdDays;
        generalFraction = Kind(a.GeneralFraction);
        specialFraction = Kind(a.SpecialFraction);
        childFraction = Kind(a.ChildFraction);
        specialMinimum = p.SpecialMinimumDays;
        childMinimum = p.ChildMinimumDays;
        generalConduct = p.GeneralConductDays;
        specialConduct = p.SpecialConductDays;
        childConduct = p.ChildConductDays;
        evidenceMask = p.AsimilasiEvidenceMask;
        requireCollaborator = a.RequireJusticeCollaborator;
        requireRisk = a.RequireRiskReduction;
        requireMinimumSecurity = p.RequireMinimumSecurity;
        agreement = p.ActivityDay != context.DayNumber ? CriterionResult.Unknown : p.AgreementResult;
        escort = p.Activity is null ? CriterionResult.Unknown : p.EscortResult;
        Covers = generalFraction != OtherFraction && specialFraction != OtherFraction && childFraction != OtherFraction;
    }

    /// <summary>Gets whether the kernel covers the parameters (otherwise every subject goes to the criterion objects).</summary>
    public bool Covers { get; }

    /// <summary>Whether the kernel covers a subject: facts computed under the parameters' convention, no credit segments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CoversSubject(in InmateFacts f) => ReferenceEquals(f.Convention, convention) && !f.Days.HasCreditSegments;

    /// <summary>Evaluates one covered subject: the 12 assimilation results, and with <paramref name="outside"/> the 3 outside-activity ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EvaluationSummary Evaluate(in InmateFacts f, Span<CriterionResult> r, bool outside)
    {
        var acc = new Accumulator();
        _ = r[outside ? 14 : 11]; // one bounds check for all the writes below
        var d = f.Days;
        var status = f.Status;
        var child = status == (byte)LegalStatus.Child;
        acc.Put(r, 0, CriterionResult.FromBoolean(child || status == (byte)LegalStatus.Convict));
        if (!d.HasSentence)
        {
            acc.Put(r, 1, CriterionResult.Unknown);
            acc.Put(r, 2, CriterionResult.Unknown);
        }
        else
        {
            acc.Put(r, 1, CriterionResult.FromBoolean(!d.IsLifeOrDeath));
            acc.Put(r, 2, d.HasDates ? CriterionResult.FromBoolean(today < d.Expiry) : CriterionResult.NotApplicable);
        }

        // Special offence (docs/domain.md §9): 0 = not recorded, 1 = no, 2 = yes; asked only of adults, as the exceptions do.
        var offence = f.Offence;
        var special = offence switch
        {
            0 => 0,
            (byte)OffenceCategory.General => 1,
            (byte)OffenceCategory.Narcotics => !d.HasSentence ? 0 : d.IsLifeOrDeath || d.TermDays >= narcoticsThreshold ? 2 : 1,
            _ => 2,
        };

        // Time served and conduct: the child tier, else the special tier, else the general one.
        if (!child && special == 0)
        {
            acc.Put(r, 3, CriterionResult.Unknown);
            acc.Put(r, 4, CriterionResult.Unknown);
        }
        else
        {
            byte fraction;
            int minimum, conduct;
            if (child)
            {
                (fraction, minimum, conduct) = (childFraction, childMinimum, childConduct);
            }
            else if (special == 2)
            {
                (fraction, minimum, conduct) = (specialFraction, specialMinimum, specialConduct);
            }
            else
            {
                (fraction, minimum, conduct) = (generalFraction, 0, generalConduct);
            }

            if (!d.HasSentence)
            {
                acc.Put(r, 3, CriterionResult.Unknown);
            }
            else if (!d.HasDates)
            {
                acc.Put(r, 3, CriterionResult.NotMet);
            }
            else
            {
                var day = fraction == HalfFraction ? d.Half : fraction == TwoThirdsFraction ? d.TwoThirds : d.FirstDay;
                acc.PutDated(r, 3, CriterionResult.From(minimum > 0 ? Math.Max(day, d.FirstDay + minimum) : day, today));
            }

            var last = f.LastPunishmentEnd;
            acc.PutDated(r, 4, !f.RegisterFRecorded ? CriterionResult.Unknown : last < 0 ? CriterionResult.Met : CriterionResult.From(last + conduct + 1, today));
        }

        acc.Put(r, 5, f.Guidance == 2 ? CriterionResult.Met : f.Guidance == 1 ? CriterionResult.NotMet : CriterionResult.Unknown);
        var bits = f.EvidenceBits;
        acc.Put(r, 6, offence == 0 ? CriterionResult.Unknown : offence != (byte)OffenceCategory.Terrorism ? CriterionResult.NotApplicable : Check(bits, TerrorismMask));
        acc.Put(r, 7, offence == 0 ? CriterionResult.Unknown : offence != (byte)OffenceCategory.Corruption ? CriterionResult.NotApplicable : Check(bits, CorruptionMask));
        acc.Put(r, 8, !requireCollaborator ? CriterionResult.NotApplicable : special == 0 ? CriterionResult.Unknown : special == 1 ? CriterionResult.NotApplicable : Check(bits, CollaboratorMask));
        acc.Put(r, 9, f.Foreign == 0 ? CriterionResult.Unknown : f.Foreign == 1 ? CriterionResult.NotApplicable : Check(bits, EmbassyMask));
        acc.Put(r, 10, Check(bits, evidenceMask));
        acc.Put(r, 11, requireRisk ? Check(bits, RiskMask) : CriterionResult.NotApplicable);
        if (outside)
        {
            var level = f.Security;
            acc.Put(r, 12, !requireMinimumSecurity ? CriterionResult.NotApplicable : level == 0 ? CriterionResult.Unknown : CriterionResult.FromBoolean(level == (byte)SecurityLevel.Minimum));
            acc.Put(r, 13, agreement);
            acc.Put(r, 14, escort);
        }

        return acc.Summary(outside ? 15 : 12, today);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CriterionResult Check(ulong bits, ulong mask) => RuleFacts.FromCheck(EvidenceFile.Check(bits, mask));

    private static byte Kind(Fraction? fraction) => fraction switch
    {
        null => NoFraction,
        { Numerator: 1, Denominator: 2 } => HalfFraction,
        { Numerator: 2, Denominator: 3 } => TwoThirdsFraction,
        _ => OtherFraction,
    };

    /// <summary>
    /// The summary's masks, gathered while the results are written (the same rules as <see cref="EvaluationSummary"/>):
    /// each outcome as two bits of <see cref="codes"/>; only the time-based results (<see cref="PutDated"/>) can wait.
    /// </summary>
    private struct Accumulator
    {
        private const ulong EvenBits = 0x5555_5555_5555_5555UL;
        private ulong codes;
        private ulong waiting;
        private int latest;

        public Accumulator() => latest = -1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Put(Span<CriterionResult> results, int index, CriterionResult result)
        {
            results[index] = result;
            codes |= (ulong)result.Outcome << (2 * index);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void PutDated(Span<CriterionResult> results, int index, CriterionResult result)
        {
            Put(results, index, result);
            var isWaiting = result.Outcome == CriterionOutcome.NotMet & result.HasDate;
            waiting |= (isWaiting ? 1UL : 0UL) << index;
            latest = Math.Max(latest, isWaiting ? result.DayNumber : -1);
        }

        public readonly EvaluationSummary Summary(int count, int today)
        {
            var low = codes & EvenBits;
            var high = (codes >> 1) & EvenBits;
            var used = ((1UL << (2 * count)) - 1) & EvenBits;
            return EvaluationSummary.FromMasks(CriterionOutcome.Met, Compress(high & ~low), waiting, Compress(~high & ~low & used), latest, today);
        }

        /// <summary>Gathers the even bits of a value into its low half (bit 2i → bit i).</summary>
        private static ulong Compress(ulong x)
        {
            x &= EvenBits;
            x = (x | (x >> 1)) & 0x3333_3333_3333_3333UL;
            x = (x | (x >> 2)) & 0x0F0F_0F0F_0F0F_0F0FUL;
            x = (x | (x >> 4)) & 0x00FF_00FF_00FF_00FFUL;
            x = (x | (x >> 8)) & 0x0000_FFFF_0000_FFFFUL;
            return (x | (x >> 16)) & 0x0000_0000_FFFF_FFFFUL;
        }
    }
}
