using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>Which evidence list of the parameters an evidence criterion reads.</summary>
internal enum EvidenceSource
{
    Asimilasi,
    Integration,
    CommunityAcceptance,
    Remission,

    /// <summary>The criterion's own list of evidence (a building block of <see cref="RuleBlocks"/>).</summary>
    Fixed,
}

/// <summary>The administrative evidence: every document on file → met; one recorded absent → not met; otherwise unknown, listing what is missing.</summary>
internal sealed class EvidenceCriterion(string code, LocalizedText title, Citation citation, EvidenceSource source, ValueList<EvidenceKind>? fixedKinds = null)
    : RuleCriterion<EvidenceRule>(new(code, title, citation, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => source == EvidenceSource.Asimilasi ? [ParameterCode.AsimilasiEvidence] : [];

    /// <summary>Returns the criterion "administrative evidence complete" of a right, reading the evidence list its parameters name.</summary>
    /// <param name="code">The criterion's code, such as <c>cb.evidence</c>.</param>
    /// <param name="source">The parameters' list of required evidence.</param>
    /// <returns>The criterion.</returns>
    public static EvidenceCriterion Administrative(string code, EvidenceSource source) =>
        new(code, new("Dokumen persyaratan administratif lengkap", "Administrative evidence complete"), RuleCitations.Evidence, source);

    private static readonly ValueList<EvidenceKind> Community = [EvidenceKind.CommunityAcceptance];
    private static readonly ulong CommunityMask = EvidenceFile.LowMask(Community.AsSpan());
    private readonly ValueList<EvidenceKind> fixedKinds = fixedKinds ?? ValueList<EvidenceKind>.Empty;
    private readonly ulong fixedMask = EvidenceFile.LowMask((fixedKinds ?? ValueList<EvidenceKind>.Empty).AsSpan());

    public override EvidenceRule Prepare(in EvaluationContext<RightsParameters> context)
    {
        var p = context.Parameters;
        return new(source switch
        {
            EvidenceSource.Asimilasi => p.AsimilasiEvidenceMask,
            EvidenceSource.Integration => p.IntegrationEvidenceMask,
            EvidenceSource.CommunityAcceptance => CommunityMask,
            EvidenceSource.Fixed => fixedMask,
            _ => throw new System.Diagnostics.UnreachableException("An evidence source was added without its parameter."),
        });
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        Kinds(context.Parameters).Select(k => RuleFacts.Evidence(subject, k)).ToList();

    private ValueList<EvidenceKind> Kinds(RightsParameters p) => source switch
    {
        EvidenceSource.Asimilasi => p.Asimilasi!.RequiredEvidence,
        EvidenceSource.Integration => p.Integration!.RequiredEvidence,
        EvidenceSource.CommunityAcceptance => Community,
        EvidenceSource.Fixed => fixedKinds,
        _ => throw new System.Diagnostics.UnreachableException("An evidence source was added without its parameter."),
    };
}

/// <summary>Evidence asked only of some inmates (terrorism: deradicalisation and pledge; corruption: fine and restitution paid): not applicable to the others.</summary>
internal sealed class OffenceEvidenceCriterion(string code, LocalizedText title, Citation citation, OffenceCategory offence, ValueList<EvidenceKind> kinds)
    : RuleCriterion<OffenceEvidenceCriterion.Rule>(new(code, title, citation, CriterionKind.Evidence))
{
    private readonly ulong mask = EvidenceFile.LowMask(kinds.AsSpan());

    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new((byte)offence, mask);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        subject.Offence == offence ? kinds.Select(k => RuleFacts.Evidence(subject, k)).Prepend(RuleFacts.Offence(subject)).ToList() : [RuleFacts.Offence(subject)];

    /// <summary>The rule: the evidence, asked only of the one offence category; unknown while the category is not recorded.</summary>
    internal readonly struct Rule(byte offence, ulong mask) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            var recorded = facts.Offence;
            var check = BranchFree.Pick(recorded != offence, (int)CriterionOutcome.NotApplicable, EvidenceFile.Check(facts.EvidenceBits, mask));
            return CriterionResult.FromParts(BranchFree.Pick(recorded == 0, (int)CriterionOutcome.Unknown, check), 0);
        }
    }
}

/// <summary>The justice-collaborator statement for special offences, while a version requires it (before 28 P/HUM/2021).</summary>
internal sealed class JusticeCollaboratorCriterion(string code, EvidenceSource source)
    : RuleCriterion<JusticeCollaboratorCriterion.Rule>(new(code, new("Tindak pidana khusus: bersedia bekerja sama dengan penegak hukum (justice collaborator)", "Special offence: justice-collaborator statement"), RuleCitations.JusticeCollaborator, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => source switch
    {
        EvidenceSource.Asimilasi => [ParameterCode.AsimilasiJusticeCollaborator, ParameterCode.AsimilasiNarcoticsThresholdDays],
        EvidenceSource.Remission => [ParameterCode.RemissionJusticeCollaborator, ParameterCode.AsimilasiNarcoticsThresholdDays],
        _ => [ParameterCode.AsimilasiNarcoticsThresholdDays],
    };

    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.JusticeCollaborator];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    public override Rule Prepare(in EvaluationContext<RightsParameters> context)
    {
        var p = context.Parameters;
        var required = source switch
        {
            EvidenceSource.Asimilasi => p.Asimilasi!.RequireJusticeCollaborator,
            EvidenceSource.Integration => p.Integration!.RequireJusticeCollaborator,
            EvidenceSource.Remission => p.Remission!.RequireJusticeCollaborator,
            _ => throw new System.Diagnostics.UnreachableException("An evidence source was added without its parameter."),
        };
        return new(required, p.CountingConvention, p.NarcoticsThresholdDays);
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        [RuleFacts.Offence(subject), RuleFacts.Evidence(subject, EvidenceKind.JusticeCollaborator)];

    /// <summary>The rule: while required, the statement is asked of special offences only (<see cref="RuleFacts.IsSpecial"/>).</summary>
    internal readonly struct Rule(bool required, CountingConvention convention, int narcoticsThresholdDays) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            if (!required)
            {
                return CriterionResult.NotApplicable;
            }

            var special = RuleFacts.IsSpecial(in facts, RuleFacts.Days(in facts, subject, convention), narcoticsThresholdDays);
            var check = BranchFree.Pick(special == Recorded.Yes, EvidenceFile.Check(facts.EvidenceBits, Mask), (int)CriterionOutcome.NotApplicable);
            return CriterionResult.FromParts(BranchFree.Pick(special == Recorded.NotRecorded, (int)CriterionOutcome.Unknown, check), 0);
        }
    }
}

/// <summary>Foreign nationals need a guarantee of their embassy or consulate; not applicable to Indonesians.</summary>
internal sealed class EmbassyGuaranteeCriterion(string code)
    : RuleCriterion<EmbassyGuaranteeCriterion.Rule>(new(code, new("Warga negara asing: jaminan kedutaan besar atau konsulat", "Foreign national: embassy or consulate guarantee"), RuleCitations.ForeignNational, CriterionKind.Evidence))
{
    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.EmbassyGuarantee];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
    [
        subject.Nationality is { } n ? Fact.OfText("inmate.nationality", T("Kewarganegaraan", "Nationality"), n) : Fact.Missing("inmate.nationality", T("Kewarganegaraan", "Nationality")),
        RuleFacts.Evidence(subject, EvidenceKind.EmbassyGuarantee),
    ];

    /// <summary>The rule: the guarantee, asked of foreign nationals only; unknown while the nationality is not recorded.</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            var foreign = facts.Foreign;
            var check = BranchFree.Pick(foreign == Recorded.Yes, EvidenceFile.Check(facts.EvidenceBits, Mask), (int)CriterionOutcome.NotApplicable);
            return CriterionResult.FromParts(BranchFree.Pick(foreign == Recorded.NotRecorded, (int)CriterionOutcome.Unknown, check), 0);
        }
    }
}

/// <summary>A reduced risk level (UU 22/2022 Pasal 10 ayat (2)), while a version requires it.</summary>
internal sealed class RiskReductionCriterion(string code)
    : RuleCriterion<EvidenceRule>(new(code, new("Telah menunjukkan penurunan tingkat risiko", "Has shown a reduced risk level"), RuleCitations.RightsConditions, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.AsimilasiRiskReduction];

    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.RiskReduction];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    public override EvidenceRule Prepare(in EvaluationContext<RightsParameters> context) =>
        context.Parameters.Asimilasi is { RequireRiskReduction: true } ? new(Mask) : EvidenceRule.NotRequired;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) => [RuleFacts.Evidence(subject, EvidenceKind.RiskReduction)];
}

/// <summary>The rule of a list of evidence: every kind present → met, one absent → not met, else unknown; not applicable while not required.</summary>
internal readonly struct EvidenceRule : IFactsRule
{
    private readonly ulong mask;
    private readonly bool required;

    /// <summary>Initializes the rule for the kinds of a low mask (<see cref="EvidenceFile.LowMask"/>).</summary>
    /// <param name="mask">The kinds required.</param>
    public EvidenceRule(ulong mask)
    {
        this.mask = mask;
        required = true;
    }

    /// <summary>Gets the rule of evidence not required by the version (not applicable to everyone).</summary>
    public static EvidenceRule NotRequired => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) =>
        required ? RuleFacts.FromCheck(EvidenceFile.Check(facts.EvidenceBits, mask)) : CriterionResult.NotApplicable;
}
