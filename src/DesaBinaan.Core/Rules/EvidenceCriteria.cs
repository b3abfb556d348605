using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>The administrative evidence: every document on file → met; one recorded absent → not met; otherwise unknown, listing what is missing.</summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="title">The condition as officers read it.</param>
/// <param name="citation">The legal basis.</param>
/// <param name="kinds">The evidence required, read from the right's settings (or the criterion's own).</param>
internal sealed class EvidenceCriterion(string code, LocalizedText title, Citation citation, SettingRead<ValueList<EvidenceKind>> kinds)
    : RuleCriterion<EvidenceRule>(new(code, title, citation, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => kinds.Codes;

    /// <summary>Returns the criterion "administrative evidence complete" of a right, reading the evidence list of its settings.</summary>
    /// <param name="code">The criterion's code, such as <c>cb.evidence</c>.</param>
    /// <param name="kinds">The settings' list of required evidence.</param>
    /// <returns>The criterion.</returns>
    public static EvidenceCriterion Administrative(string code, SettingRead<ValueList<EvidenceKind>> kinds) =>
        new(code, new("Dokumen persyaratan administratif lengkap", "Administrative evidence complete"), RuleCitations.Evidence, kinds);

    /// <summary>Returns a criterion of its own list of evidence (read from no parameter).</summary>
    /// <param name="code">The criterion's code.</param>
    /// <param name="title">The condition as officers read it.</param>
    /// <param name="citation">The legal basis.</param>
    /// <param name="kinds">The evidence required.</param>
    /// <returns>The criterion.</returns>
    public static EvidenceCriterion Own(string code, LocalizedText title, Citation citation, ValueList<EvidenceKind> kinds) =>
        new(code, title, citation, SettingRead.Own(_ => kinds));

    public override EvidenceRule Prepare(in EvaluationContext<RightsParameters> context) => new(EvidenceFile.LowMask(kinds.From(context.Parameters).AsSpan()));

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        kinds.From(context.Parameters).Select(k => RuleFacts.Evidence(subject, k)).ToList();
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
            var asked = BranchFree.Pick(recorded == InmateFacts.NotRecorded, (int)Recorded.NotRecorded, BranchFree.Pick(recorded == offence, (int)Recorded.Yes, (int)Recorded.No));
            return RuleFacts.EvidenceAskedOf((Recorded)asked, facts.EvidenceBits, mask);
        }
    }
}

/// <summary>The justice-collaborator statement for special offences, while a version requires it (before 28 P/HUM/2021).</summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="requirement">Whether the right's settings require the statement, and their narcotics threshold in days.</param>
internal sealed class JusticeCollaboratorCriterion(string code, SettingRead<(bool Required, int ThresholdDays)> requirement)
    : RuleCriterion<JusticeCollaboratorCriterion.Rule>(new(code, new("Tindak pidana khusus: bersedia bekerja sama dengan penegak hukum (justice collaborator)", "Special offence: justice-collaborator statement"), RuleCitations.JusticeCollaborator, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => requirement.Codes;

    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.JusticeCollaborator];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    public override Rule Prepare(in EvaluationContext<RightsParameters> context)
    {
        var (required, threshold) = requirement.From(context.Parameters);
        return new(required, context.Parameters.CountingConvention, threshold);
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
            return RuleFacts.EvidenceAskedOf(special, facts.EvidenceBits, Mask);
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
            return RuleFacts.EvidenceAskedOf(facts.Foreign, facts.EvidenceBits, Mask);
        }
    }
}

/// <summary>A reduced risk level (UU 22/2022 Pasal 10 ayat (2)), while a version requires it.</summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="required">Whether the right's settings require it.</param>
internal sealed class RiskReductionCriterion(string code, SettingRead<bool> required)
    : RuleCriterion<EvidenceRule>(new(code, new("Telah menunjukkan penurunan tingkat risiko", "Has shown a reduced risk level"), RuleCitations.RightsConditions, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => required.Codes;

    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.RiskReduction];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    public override EvidenceRule Prepare(in EvaluationContext<RightsParameters> context) =>
        required.From(context.Parameters) ? new(Mask) : EvidenceRule.NotRequired;

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
