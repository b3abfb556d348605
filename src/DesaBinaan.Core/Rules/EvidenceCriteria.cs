using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;

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
    : RuleCriterion(new(code, title, citation, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => source == EvidenceSource.Asimilasi ? [ParameterCode.AsimilasiEvidence] : [];

    private static readonly ValueList<EvidenceKind> Community = [EvidenceKind.CommunityAcceptance];
    private static readonly ulong CommunityMask = EvidenceFile.LowMask(Community.AsSpan());
    private readonly ValueList<EvidenceKind> fixedKinds = fixedKinds ?? ValueList<EvidenceKind>.Empty;
    private readonly ulong fixedMask = EvidenceFile.LowMask((fixedKinds ?? ValueList<EvidenceKind>.Empty).AsSpan());

    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var p = context.Parameters;
        var mask = source switch
        {
            EvidenceSource.Asimilasi => p.AsimilasiEvidenceMask,
            EvidenceSource.Integration => p.IntegrationEvidenceMask,
            EvidenceSource.CommunityAcceptance => CommunityMask,
            EvidenceSource.Fixed => fixedMask,
            _ => throw new System.Diagnostics.UnreachableException("An evidence source was added without its parameter."),
        };
        return RuleFacts.FromCheck(EvidenceFile.Check(facts.EvidenceBits, mask));
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
    : RuleCriterion(new(code, title, citation, CriterionKind.Evidence))
{
    private readonly ulong mask = EvidenceFile.LowMask(kinds.AsSpan());

    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        if (facts.Offence == 0)
        {
            return CriterionResult.Unknown;
        }

        return facts.Offence != (byte)offence ? CriterionResult.NotApplicable : RuleFacts.FromCheck(EvidenceFile.Check(facts.EvidenceBits, mask));
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        subject.Offence == offence ? kinds.Select(k => RuleFacts.Evidence(subject, k)).Prepend(RuleFacts.Offence(subject)).ToList() : [RuleFacts.Offence(subject)];
}

/// <summary>The justice-collaborator statement for special offences, while a version requires it (before 28 P/HUM/2021).</summary>
internal sealed class JusticeCollaboratorCriterion(string code, EvidenceSource source)
    : RuleCriterion(new(code, new("Tindak pidana khusus: bersedia bekerja sama dengan penegak hukum (justice collaborator)", "Special offence: justice-collaborator statement"), RuleCitations.JusticeCollaborator, CriterionKind.Evidence))
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

    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var p = context.Parameters;
        var required = source switch
        {
            EvidenceSource.Asimilasi => p.Asimilasi!.RequireJusticeCollaborator,
            EvidenceSource.Integration => p.Integration!.RequireJusticeCollaborator,
            EvidenceSource.Remission => p.Remission!.RequireJusticeCollaborator,
            _ => throw new System.Diagnostics.UnreachableException("An evidence source was added without its parameter."),
        };
        if (!required)
        {
            return CriterionResult.NotApplicable;
        }

        return RuleFacts.IsSpecial(in facts, subject, p) switch
        {
            null => CriterionResult.Unknown,
            false => CriterionResult.NotApplicable,
            true => RuleFacts.FromCheck(EvidenceFile.Check(facts.EvidenceBits, Mask)),
        };
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        [RuleFacts.Offence(subject), RuleFacts.Evidence(subject, EvidenceKind.JusticeCollaborator)];
}

/// <summary>Foreign nationals need a guarantee of their embassy or consulate; not applicable to Indonesians.</summary>
internal sealed class EmbassyGuaranteeCriterion(string code)
    : RuleCriterion(new(code, new("Warga negara asing: jaminan kedutaan besar atau konsulat", "Foreign national: embassy or consulate guarantee"), RuleCitations.ForeignNational, CriterionKind.Evidence))
{
    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.EmbassyGuarantee];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) => facts.Foreign switch
    {
        Recorded.NotRecorded => CriterionResult.Unknown,
        Recorded.No => CriterionResult.NotApplicable,
        _ => RuleFacts.FromCheck(EvidenceFile.Check(facts.EvidenceBits, Mask)),
    };

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
    [
        subject.Nationality is { } n ? Fact.OfText("inmate.nationality", T("Kewarganegaraan", "Nationality"), n) : Fact.Missing("inmate.nationality", T("Kewarganegaraan", "Nationality")),
        RuleFacts.Evidence(subject, EvidenceKind.EmbassyGuarantee),
    ];
}

/// <summary>A reduced risk level (UU 22/2022 Pasal 10 ayat (2)), while a version requires it.</summary>
internal sealed class RiskReductionCriterion(string code)
    : RuleCriterion(new(code, new("Telah menunjukkan penurunan tingkat risiko", "Has shown a reduced risk level"), RuleCitations.RightsConditions, CriterionKind.Evidence))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.AsimilasiRiskReduction];

    private static readonly ValueList<EvidenceKind> Kinds = [EvidenceKind.RiskReduction];
    private static readonly ulong Mask = EvidenceFile.LowMask(Kinds.AsSpan());

    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        context.Parameters.Asimilasi is { RequireRiskReduction: true } ? RuleFacts.FromCheck(EvidenceFile.Check(facts.EvidenceBits, Mask)) : CriterionResult.NotApplicable;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) => [RuleFacts.Evidence(subject, EvidenceKind.RiskReduction)];
}
