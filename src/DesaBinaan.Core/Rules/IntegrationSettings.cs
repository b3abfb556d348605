using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of parole (PB), conditional leave (CB), pre-release leave (CMB) and family-visit leave
/// (CMK) under Permenkumham 3/2018 as amended (docs/domain.md §9), in one policy version.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record IntegrationSettings
{
    /// <summary>The evidence asked for by default: verdict and execution record, Litmas, Register F extract and the family guarantee.</summary>
    public static readonly ValueList<EvidenceKind> DefaultEvidence = [EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee];

    /// <summary>Initializes the settings; every argument defaults to the value of docs/domain.md §9.</summary>
    /// <param name="paroleFraction">PB: the fraction served (2/3).</param>
    /// <param name="paroleMinimum">PB: the least time served at that fraction (9 months).</param>
    /// <param name="paroleConductMonths">PB: months of good behaviour before the 2/3 date (9); 0 to 36.</param>
    /// <param name="narcoticsAssimilationFraction">PB for narcotics offences of 5 years or more: the fraction of the remaining term to have spent in assimilation (1/2).</param>
    /// <param name="conditionalLeaveMaximumSentence">CB: the longest sentence (1 year 6 months).</param>
    /// <param name="conditionalLeaveConductMonths">CB: months of good behaviour before the 2/3 date (6); 0 to 36.</param>
    /// <param name="preReleaseConductMonths">CMB: months of good behaviour (9); 0 to 36.</param>
    /// <param name="familyVisitMinimumSentence">CMK: the shortest sentence (12 months).</param>
    /// <param name="familyVisitFraction">CMK: the fraction served (1/2).</param>
    /// <param name="requiredEvidence">The evidence asked for; null for <see cref="DefaultEvidence"/>.</param>
    /// <param name="requireJusticeCollaborator">Whether parole for special offences needs a justice-collaborator statement (true before 28 P/HUM/2021).</param>
    /// <param name="paroleMinimumSentence">PB: the shortest total sentence that gives parole (1 year under KUHP UU 1/2023 Penjelasan Pasal 72 ayat (1)), or null when the version has no such condition.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of months is outside 0 to 36, or an evidence kind is not defined.</exception>
    public IntegrationSettings(
        Fraction? paroleFraction = null,
        SentenceTerm? paroleMinimum = null,
        int paroleConductMonths = 9,
        Fraction? narcoticsAssimilationFraction = null,
        SentenceTerm? conditionalLeaveMaximumSentence = null,
        int conditionalLeaveConductMonths = 6,
        int preReleaseConductMonths = 9,
        SentenceTerm? familyVisitMinimumSentence = null,
        Fraction? familyVisitFraction = null,
        IEnumerable<EvidenceKind>? requiredEvidence = null,
        bool requireJusticeCollaborator = false,
        SentenceTerm? paroleMinimumSentence = null)
    {
        Guard.Against.InvalidInput(paroleFraction, nameof(paroleFraction), f => f is not { } v || SentenceTerm.IsFractionOfTerm(v), SentenceTerm.FractionOfTermRule);
        Guard.Against.InvalidInput(narcoticsAssimilationFraction, nameof(narcoticsAssimilationFraction), f => f is not { } v || SentenceTerm.IsFractionOfTerm(v), SentenceTerm.FractionOfTermRule);
        Guard.Against.InvalidInput(familyVisitFraction, nameof(familyVisitFraction), f => f is not { } v || SentenceTerm.IsFractionOfTerm(v), SentenceTerm.FractionOfTermRule);
        ParoleFraction = paroleFraction ?? Fraction.TwoThirds;
        ParoleMinimum = paroleMinimum ?? SentenceTerm.FromMonths(9);
        ParoleConductMonths = SettingsGuards.ConductMonths(paroleConductMonths);
        NarcoticsAssimilationFraction = narcoticsAssimilationFraction ?? Fraction.OneHalf;
        ConditionalLeaveMaximumSentence = conditionalLeaveMaximumSentence ?? new SentenceTerm(1, 6, 0);
        ConditionalLeaveConductMonths = SettingsGuards.ConductMonths(conditionalLeaveConductMonths);
        PreReleaseConductMonths = SettingsGuards.ConductMonths(preReleaseConductMonths);
        FamilyVisitMinimumSentence = familyVisitMinimumSentence ?? SentenceTerm.FromMonths(12);
        FamilyVisitFraction = familyVisitFraction ?? Fraction.OneHalf;
        RequireJusticeCollaborator = requireJusticeCollaborator;
        ParoleMinimumSentence = paroleMinimumSentence;
        RequiredEvidence = SettingsGuards.Evidence(requiredEvidence, DefaultEvidence);
    }

    /// <summary>Gets the PB fraction.</summary>
    public Fraction ParoleFraction { get; }

    /// <summary>Gets the PB least time served.</summary>
    public SentenceTerm ParoleMinimum { get; }

    /// <summary>Gets the PB months of good behaviour.</summary>
    public int ParoleConductMonths { get; }

    /// <summary>Gets the fraction of the remaining term a narcotics convict of 5 years or more must have spent in assimilation before PB.</summary>
    public Fraction NarcoticsAssimilationFraction { get; }

    /// <summary>Gets the CB longest sentence.</summary>
    public SentenceTerm ConditionalLeaveMaximumSentence { get; }

    /// <summary>Gets the CB months of good behaviour.</summary>
    public int ConditionalLeaveConductMonths { get; }

    /// <summary>Gets the CMB months of good behaviour.</summary>
    public int PreReleaseConductMonths { get; }

    /// <summary>Gets the CMK shortest sentence.</summary>
    public SentenceTerm FamilyVisitMinimumSentence { get; }

    /// <summary>Gets the CMK fraction.</summary>
    public Fraction FamilyVisitFraction { get; }

    /// <summary>Gets the shortest total sentence that gives parole, or null when the version has no such condition.</summary>
    public SentenceTerm? ParoleMinimumSentence { get; }

    /// <summary>Gets whether parole for special offences needs a justice-collaborator statement.</summary>
    public bool RequireJusticeCollaborator { get; }

    /// <summary>Gets the evidence asked for.</summary>
    public ValueList<EvidenceKind> RequiredEvidence { get; }
}
