using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The population kernel of the assimilation and outside-activity versions: the parameters read once per batch into
/// plain values, then every subject evaluated from its packed facts block alone: each criterion's outcome computed as a
/// two-bit code with selects rather than branches (the population's facts are too varied for branches to be
/// predicted), the results written, and the summary's masks read from the codes. It computes exactly what the criterion objects compute (tests compare the two on
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

    // The outcome codes (the values of CriterionOutcome), and the even bits of 15 two-bit codes.
    private const int Unknown = (int)CriterionOutcome.Unknown;
    private const int Met = (int)CriterionOutcome.Met;
    private const int NotMet = (int)CriterionOutcome.NotMet;
    private const int NotApplicable = (int)CriterionOutcome.NotApplicable;
    private const uint EvenBits = 0x5555_5555U;
    private const ulong AsimilasiUsed = (1UL << AsimilasiWidth.Width) - 1;
    private const ulong OutsideUsed = (1UL << OutsideWidth.Width) - 1;

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

    // NotApplicable (all bits of a code) when the criterion is switched off, else 0: or-ed into the criterion's code.
    private readonly int collaboratorNotRequired;
    private readonly int riskNotRequired;
    private readonly int minimumSecurityNotRequired;

    // The activity's two results (the same for every subject; the kernel covers them undated) and their codes at indexes 13 and 14.
    private readonly CriterionResult agreement;
    private readonly CriterionResult escort;
    private readonly uint activityCodes;

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
        collaboratorNotRequired = a.RequireJusticeCollaborator ? 0 : NotApplicable;
        riskNotRequired = a.RequireRiskReduction ? 0 : NotApplicable;
        minimumSecurityNotRequired = p.RequireMinimumSecurity ? 0 : NotApplicable;
        agreement = p.ActivityDay != context.DayNumber ? CriterionResult.Unknown : p.AgreementResult;
        escort = p.Activity is null ? CriterionResult.Unknown : p.EscortResult;
        activityCodes = ((uint)agreement.Outcome << 26) | ((uint)escort.Outcome << 28);
        // A dated activity result would wait for its date, which the kernel does not track: such parameters go to the criterion objects.
        Covers = convention.MinimumServed == MinimumServed.DaysInCustody && generalFraction != OtherFraction && specialFraction != OtherFraction && childFraction != OtherFraction && !agreement.HasDate && !escort.HasDate;
    }

    /// <summary>Gets whether the kernel covers the parameters (otherwise every subject goes to the criterion objects).</summary>
    public bool Covers { get; }

    /// <summary>Whether the kernel covers a subject: facts computed under the parameters' convention, no credit segments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CoversSubject(in InmateFacts f) => convention.Equals(f.Convention) && !f.Days.HasCreditSegments;

    /// <summary>
    /// Evaluates one covered subject: the 12 assimilation results, and for <typeparamref name="TWidth"/>
    /// <see cref="OutsideWidth"/> the 3 outside-activity ones. Every outcome is computed as a two-bit code
    /// (<see cref="CriterionOutcome"/>'s values) with selects rather than branches, then the results are written and the
    /// summary's masks are read from the codes.
    /// </summary>
    // Compiled once with full optimisation and called once per subject: the method is too large for the inliner, and
    // left to tiered compilation it ran unoptimised (about 8 times slower) for the first ~200 ms of a process.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public EvaluationSummary Evaluate<TWidth>(in InmateFacts f, Span<CriterionResult> r)
        where TWidth : struct, IKernelWidth
    {
        _ = r[TWidth.Count - 1]; // one bounds check for all the writes below
        var today = this.today;
        var d = f.Days;
        var hasSentence = d.HasSentence;
        var lifeOrDeath = d.IsLifeOrDeath;
        var hasDates = d.HasDates;
        int status = f.Status;
        var child = status == (byte)LegalStatus.Child;
        var o0 = child | status == (byte)LegalStatus.Convict ? Met : NotMet;
        var o1 = !hasSentence ? Unknown : lifeOrDeath ? NotMet : Met;
        var o2 = !hasSentence ? Unknown : !hasDates ? NotApplicable : today < d.Expiry ? Met : NotMet;

        // Special offence (docs/domain.md §9): 0 = not recorded, 1 = no, 2 = yes; asked only of adults, as the exceptions do.
        int offence = f.Offence;
        var narcotics = !hasSentence ? 0 : lifeOrDeath | d.TermDays >= narcoticsThreshold ? 2 : 1;
        var special = offence == 0 ? 0 : offence == (byte)OffenceCategory.General ? 1 : 2;
        special = offence == (byte)OffenceCategory.Narcotics ? narcotics : special;

        // Time served and conduct: the child tier, else the special tier, else the general one; unknown while the tier is.
        var tierKnown = child | special != 0;
        var specialTier = !child & special == 2;
        int fraction = specialTier ? specialFraction : generalFraction;
        fraction = child ? childFraction : fraction;
        var minimum = specialTier ? specialMinimum : 0;
        minimum = child ? childMinimum : minimum;
        var conduct = specialTier ? specialConduct : generalConduct;
        conduct = child ? childConduct : conduct;

        var first = d.FirstDay;
        var served = fraction == HalfFraction ? d.Half : first;
        served = fraction == TwoThirdsFraction ? d.TwoThirds : served;
        served = Math.Max(served, minimum > 0 ? unchecked(first + minimum) : served);
        var servedKnown = tierKnown & hasSentence;
        // A date on or after the expiry is no date to wait for: the sentence ends first (RuleFacts.UntilExpiry).
        var servedDated = servedKnown & hasDates & served < d.Expiry;
        var servedWaiting = servedDated & today < served;
        var o3 = !servedKnown ? Unknown : servedDated & !servedWaiting ? Met : NotMet;
        var day3 = servedDated ? unchecked(served + 1) : 0;

        var last = f.LastPunishmentEnd;
        var conductKnown = tierKnown & f.RegisterFRecorded;
        var clean = unchecked(last + conduct + 1);
        var conductLate = hasDates & clean >= d.Expiry;
        var conductDated = conductKnown & last >= 0 & !conductLate;
        var conductWaiting = conductDated & today < clean;
        var o4 = !conductKnown ? Unknown : conductWaiting | (last >= 0 & conductLate) ? NotMet : Met;
        var day4 = conductDated ? unchecked(clean + 1) : 0;

        int guidance = (int)f.Guidance;
        var o5 = ((guidance & 1) << 1) | (guidance >> 1); // Recorded.Yes → met, Recorded.No → not met, NotRecorded → unknown
        var bits = f.EvidenceBits;
        var o6 = offence != (byte)OffenceCategory.Terrorism ? NotApplicable : EvidenceFile.Check(bits, TerrorismMask);
        o6 = offence == 0 ? Unknown : o6;
        var o7 = offence != (byte)OffenceCategory.Corruption ? NotApplicable : EvidenceFile.Check(bits, CorruptionMask);
        o7 = offence == 0 ? Unknown : o7;
        var o8 = special != 2 ? NotApplicable : EvidenceFile.Check(bits, CollaboratorMask);
        o8 = special == 0 ? Unknown : o8;
        o8 |= collaboratorNotRequired;
        var foreign = f.Foreign;
        var o9 = foreign != Recorded.Yes ? NotApplicable : EvidenceFile.Check(bits, EmbassyMask);
        o9 = foreign == Recorded.NotRecorded ? Unknown : o9;
        var o10 = EvidenceFile.Check(bits, evidenceMask);
        var o11 = EvidenceFile.Check(bits, RiskMask) | riskNotRequired;
        var codes = (uint)(o0 | (o1 << 2) | (o2 << 4) | (o3 << 6) | (o4 << 8) | (o5 << 10) | (o6 << 12) | (o7 << 14) | (o8 << 16) | (o9 << 18) | (o10 << 20) | (o11 << 22));

        r[0] = CriterionResult.FromParts(o0, 0);
        r[1] = CriterionResult.FromParts(o1, 0);
        r[2] = CriterionResult.FromParts(o2, 0);
        r[3] = CriterionResult.FromParts(o3, day3);
        r[4] = CriterionResult.FromParts(o4, day4);
        r[5] = CriterionResult.FromParts(o5, 0);
        r[6] = CriterionResult.FromParts(o6, 0);
        r[7] = CriterionResult.FromParts(o7, 0);
        r[8] = CriterionResult.FromParts(o8, 0);
        r[9] = CriterionResult.FromParts(o9, 0);
        r[10] = CriterionResult.FromParts(o10, 0);
        r[11] = CriterionResult.FromParts(o11, 0);
        var used = AsimilasiUsed;
        if (TWidth.Count == OutsideWidth.Width)
        {
            int level = f.Security;
            var o12 = level == 0 ? Unknown : level == (byte)SecurityLevel.Minimum ? Met : NotMet;
            o12 |= minimumSecurityNotRequired;
            codes |= ((uint)o12 << 24) | activityCodes;
            r[12] = CriterionResult.FromParts(o12, 0);
            r[13] = agreement;
            r[14] = escort;
            used = OutsideUsed;
        }

        var waiting = (servedWaiting ? 1UL << 3 : 0) | (conductWaiting ? 1UL << 4 : 0);
        var latest = Math.Max(servedWaiting ? served : -1, conductWaiting ? clean : -1);
        var low = Even(codes);
        var high = Even(codes >> 1);
        return EvaluationSummary.FromMasks(CriterionOutcome.Met, high & ~low, waiting, ~high & ~low & used, latest, today);
    }

    /// <summary>Gathers the even bits of the codes (bit 2i → bit i): one instruction where BMI2 is supported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Even(uint codes) => Bmi2.IsSupported ? Bmi2.ParallelBitExtract(codes, EvenBits) : GatherEvenBits(codes);

    /// <summary>Gathers the even bits of a value into its low half (bit 2i → bit i) without BMI2 (tested against a bit-by-bit loop).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint GatherEvenBits(uint codes)
    {
        var x = codes & EvenBits;
        x = (x | (x >> 1)) & 0x3333_3333U;
        x = (x | (x >> 2)) & 0x0F0F_0F0FU;
        x = (x | (x >> 4)) & 0x00FF_00FFU;
        return (x | (x >> 8)) & 0x0000_FFFFU;
    }

    private static byte Kind(Fraction? fraction) => fraction switch
    {
        null => NoFraction,
        { Numerator: 1, Denominator: 2 } => HalfFraction,
        { Numerator: 2, Denominator: 3 } => TwoThirdsFraction,
        _ => OtherFraction,
    };
}

/// <summary>The number of criteria a kernel evaluation writes, as a type (each width compiles its own loop, the count a constant).</summary>
internal interface IKernelWidth
{
    /// <summary>Gets the number of criteria.</summary>
    static abstract int Count { get; }
}

/// <summary>The assimilation criteria (12).</summary>
internal readonly struct AsimilasiWidth : IKernelWidth
{
    public const int Width = 12;

    public static int Count => Width;
}

/// <summary>The outside-activity criteria (15: the assimilation ones, minimum security, agreement, escort).</summary>
internal readonly struct OutsideWidth : IKernelWidth
{
    public const int Width = 15;

    public static int Count => Width;
}
