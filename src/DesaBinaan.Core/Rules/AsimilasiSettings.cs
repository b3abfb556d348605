using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the assimilation conditions (<i>asimilasi</i>, Permenkumham 3/2018 Pasal 44 and 45 as amended by
/// Permenkumham 7/2022) in one policy version. Every open point of docs/domain.md §10 that touches assimilation is here,
/// not in code: the special-offence tiers, the children's thresholds and the evidence asked for.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record AsimilasiSettings : RightSettings
{
    /// <summary>The evidence asked for by default: verdict and execution record, Litmas, Register F extract and the family guarantee (docs/domain.md §9).</summary>
    public static readonly ValueList<EvidenceKind> DefaultEvidence = [EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee];

    /// <summary>Initializes the settings; every argument has the value of the regulation in force since 2022.</summary>
    /// <param name="generalConductMonths">General offences: months without disciplinary punishment (6); 0 to 36.</param>
    /// <param name="generalFraction">General offences: the fraction of the term served (1/2); null for 1/2.</param>
    /// <param name="specialConductMonths">Special offences: months without disciplinary punishment (9); 0 to 36.</param>
    /// <param name="specialFraction">Special offences: the fraction of the term served (2/3); null for 2/3.</param>
    /// <param name="specialMinimumServed">Special offences: the least time served at that fraction (9 months); null for 9 months.</param>
    /// <param name="narcoticsThreshold">The least sentence that makes a narcotics offence special (5 years); null for 5 years.</param>
    /// <param name="requireJusticeCollaborator">Whether special offences need a justice-collaborator statement (true before the Supreme Court ruling 28 P/HUM/2021).</param>
    /// <param name="childConductMonths">Children: months without disciplinary punishment (3); 0 to 36.</param>
    /// <param name="childMinimumServed">Children: the least time served (3 months); null for 3 months.</param>
    /// <param name="childFraction">Children: a fraction of the term to serve as well (some sources say 1/3), or null for none.</param>
    /// <param name="requireRiskReduction">Whether an assessment showing a reduced risk level is required (UU 22/2022 Pasal 10 ayat (2); off by default until the procedure is in force).</param>
    /// <param name="requiredEvidence">The evidence asked for; null for <see cref="DefaultEvidence"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of months is outside 0 to 36, or an evidence kind is not defined.</exception>
    public AsimilasiSettings(
        int generalConductMonths = 6,
        Fraction? generalFraction = null,
        int specialConductMonths = 9,
        Fraction? specialFraction = null,
        SentenceTerm? specialMinimumServed = null,
        SentenceTerm? narcoticsThreshold = null,
        bool requireJusticeCollaborator = false,
        int childConductMonths = 3,
        SentenceTerm? childMinimumServed = null,
        Fraction? childFraction = null,
        bool requireRiskReduction = false,
        IEnumerable<EvidenceKind>? requiredEvidence = null)
    {
        GeneralConductMonths = SettingsGuards.ConductMonths(generalConductMonths);
        GeneralFraction = SettingsGuards.FractionOfTerm(generalFraction) ?? Fraction.OneHalf;
        SpecialConductMonths = SettingsGuards.ConductMonths(specialConductMonths);
        SpecialFraction = SettingsGuards.FractionOfTerm(specialFraction) ?? Fraction.TwoThirds;
        SpecialMinimumServed = specialMinimumServed ?? SentenceTerm.FromMonths(9);
        NarcoticsThreshold = narcoticsThreshold ?? DefaultNarcoticsThreshold;
        RequireJusticeCollaborator = requireJusticeCollaborator;
        ChildConductMonths = SettingsGuards.ConductMonths(childConductMonths);
        ChildMinimumServed = childMinimumServed ?? SentenceTerm.FromMonths(3);
        ChildFraction = SettingsGuards.FractionOfTerm(childFraction);
        RequireRiskReduction = requireRiskReduction;
        RequiredEvidence = SettingsGuards.Evidence(requiredEvidence, DefaultEvidence);
    }

    /// <summary>Gets the months without punishment for general offences.</summary>
    public int GeneralConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(GeneralConductMonths)); }

    /// <summary>Gets the fraction served for general offences.</summary>
    public Fraction GeneralFraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(GeneralFraction))!.Value; }

    /// <summary>Gets the months without punishment for special offences.</summary>
    public int SpecialConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(SpecialConductMonths)); }

    /// <summary>Gets the fraction served for special offences.</summary>
    public Fraction SpecialFraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(SpecialFraction))!.Value; }

    /// <summary>Gets the least time served for special offences.</summary>
    public SentenceTerm SpecialMinimumServed { get; init; }

    /// <summary>Gets the default least narcotics sentence that makes the offence special: 5 years (docs/domain.md §9).</summary>
    public static SentenceTerm DefaultNarcoticsThreshold => SentenceTerm.FromYears(5);

    /// <summary>Gets the least sentence that makes a narcotics offence special.</summary>
    public SentenceTerm NarcoticsThreshold { get; init; }

    /// <summary>Gets whether special offences need a justice-collaborator statement.</summary>
    public bool RequireJusticeCollaborator { get; init; }

    /// <summary>Gets the months without punishment for children.</summary>
    public int ChildConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(ChildConductMonths)); }

    /// <summary>Gets the least time served for children.</summary>
    public SentenceTerm ChildMinimumServed { get; init; }

    /// <summary>Gets the fraction children must serve as well, or null.</summary>
    public Fraction? ChildFraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(ChildFraction)); }

    /// <summary>Gets whether a reduced risk level is required.</summary>
    public bool RequireRiskReduction { get; init; }

    /// <summary>Gets the evidence asked for.</summary>
    public ValueList<EvidenceKind> RequiredEvidence { get; init => field = SettingsGuards.Evidence(Guard.Against.Null(value, nameof(RequiredEvidence)), value, nameof(RequiredEvidence)); }

    /// <summary>The time served by general offences: the general fraction, no least time.</summary>
    internal static SettingRead<TimeRequirement> GeneralTime { get; } =
        SettingRead.FractionOnly<AsimilasiSettings>(s => s.GeneralFraction, ParameterCode.AsimilasiGeneralFraction);

    /// <summary>The time served by special offences: the special fraction and least time.</summary>
    internal static SettingRead<TimeRequirement> SpecialTime { get; } =
        SettingRead.Of<AsimilasiSettings, TimeRequirement>((s, c) => new(s.SpecialFraction, s.SpecialMinimumServed.ToDays(c)), ParameterCode.AsimilasiSpecialFraction, ParameterCode.AsimilasiSpecialMinimumDays);

    /// <summary>The time served by children: their least time, and their fraction when one is set.</summary>
    internal static SettingRead<TimeRequirement> ChildTime { get; } =
        SettingRead.Of<AsimilasiSettings, TimeRequirement>((s, c) => new(s.ChildFraction, s.ChildMinimumServed.ToDays(c)), ParameterCode.AsimilasiChildFraction, ParameterCode.AsimilasiChildMinimumDays);

    /// <summary>The conduct period of general offences, in days.</summary>
    internal static SettingRead<int> GeneralConductDays { get; } =
        SettingRead.ConductDays<AsimilasiSettings>(s => s.GeneralConductMonths, ParameterCode.AsimilasiGeneralConductMonths);

    /// <summary>The conduct period of special offences, in days.</summary>
    internal static SettingRead<int> SpecialConductDays { get; } =
        SettingRead.ConductDays<AsimilasiSettings>(s => s.SpecialConductMonths, ParameterCode.AsimilasiSpecialConductMonths);

    /// <summary>The conduct period of children, in days.</summary>
    internal static SettingRead<int> ChildConductDays { get; } =
        SettingRead.ConductDays<AsimilasiSettings>(s => s.ChildConductMonths, ParameterCode.AsimilasiChildConductMonths);

    /// <summary>The least narcotics sentence that makes the offence special, in days.</summary>
    internal static SettingRead<int> NarcoticsThresholdDays { get; } =
        SettingRead.Of<AsimilasiSettings, int>((s, c) => s.NarcoticsThreshold.ToDays(c), ParameterCode.AsimilasiNarcoticsThresholdDays);

    /// <summary>The justice-collaborator switch and the narcotics threshold in days.</summary>
    internal static SettingRead<(bool Required, int ThresholdDays)> JusticeCollaborator { get; } =
        SettingRead.JusticeCollaborator<AsimilasiSettings>(s => s.RequireJusticeCollaborator, s => s.NarcoticsThreshold, ParameterCode.AsimilasiJusticeCollaborator, ParameterCode.AsimilasiNarcoticsThresholdDays);

    /// <summary>The switch of the reduced risk level.</summary>
    internal static SettingRead<bool> RiskReduction { get; } =
        SettingRead.Of<AsimilasiSettings, bool>((s, _) => s.RequireRiskReduction, ParameterCode.AsimilasiRiskReduction);

    /// <summary>The evidence asked for.</summary>
    internal static SettingRead<ValueList<EvidenceKind>> Evidence { get; } =
        SettingRead.Evidence<AsimilasiSettings>(s => s.RequiredEvidence, ParameterCode.AsimilasiEvidence);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        var values = new List<Fact>
        {
            Fact.OfNumber(ParameterCode.AsimilasiGeneralConductMonths, T("Asimilasi umum: bulan tanpa hukuman disiplin", "Assimilation, general: months without punishment"), GeneralConductMonths),
            Fact.OfFraction(ParameterCode.AsimilasiGeneralFraction, T("Asimilasi umum: pecahan masa pidana", "Assimilation, general: fraction served"), GeneralFraction),
            Fact.OfNumber(ParameterCode.AsimilasiSpecialConductMonths, T("Asimilasi tindak pidana khusus: bulan tanpa hukuman disiplin", "Assimilation, special offences: months without punishment"), SpecialConductMonths),
            Fact.OfFraction(ParameterCode.AsimilasiSpecialFraction, T("Asimilasi tindak pidana khusus: pecahan masa pidana", "Assimilation, special offences: fraction served"), SpecialFraction),
            Fact.OfDays(ParameterCode.AsimilasiSpecialMinimumDays, T("Asimilasi tindak pidana khusus: paling singkat dijalani", "Assimilation, special offences: least time served"), SpecialMinimumServed.ToDays(convention)),
            NarcoticsThresholdValue(ParameterCode.AsimilasiNarcoticsThresholdDays, NarcoticsThreshold, convention),
            Fact.OfFlag(ParameterCode.AsimilasiJusticeCollaborator, T("Syarat justice collaborator", "Justice collaborator required"), RequireJusticeCollaborator),
            Fact.OfNumber(ParameterCode.AsimilasiChildConductMonths, T("Anak: bulan tanpa hukuman disiplin", "Children: months without punishment"), ChildConductMonths),
            Fact.OfDays(ParameterCode.AsimilasiChildMinimumDays, T("Anak: paling singkat dijalani", "Children: least time served"), ChildMinimumServed.ToDays(convention)),
        };
        values.Add(ChildFraction is { } childFraction
            ? Fact.OfFraction(ParameterCode.AsimilasiChildFraction, T("Anak: pecahan masa pidana", "Children: fraction served"), childFraction)
            : Fact.OfLabel(ParameterCode.AsimilasiChildFraction, T("Anak: pecahan masa pidana", "Children: fraction served"), T("tidak disyaratkan", "not required"), "-"));

        values.Add(Fact.OfFlag(ParameterCode.AsimilasiRiskReduction, T("Syarat penurunan tingkat risiko", "Reduced risk level required"), RequireRiskReduction));
        values.Add(EvidenceValue(ParameterCode.AsimilasiEvidence, RequiredEvidence));
        return values;
    }

    /// <summary>Returns the settings with other evidence asked for (for example with the host guarantee of an outside activity).</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>New settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An evidence kind is not defined.</exception>
    public AsimilasiSettings WithEvidence(IEnumerable<EvidenceKind> evidence) =>
        this with { RequiredEvidence = SettingsGuards.Evidence(evidence, DefaultEvidence) };

    /// <summary>Returns the settings with the justice-collaborator condition switched.</summary>
    /// <param name="required">Whether it is required.</param>
    /// <returns>New settings.</returns>
    public AsimilasiSettings WithJusticeCollaborator(bool required) => this with { RequireJusticeCollaborator = required };

    /// <summary>Returns the settings with other thresholds for children (docs/domain.md §10, point 3).</summary>
    /// <param name="conductMonths">Months without punishment; 0 to 36.</param>
    /// <param name="minimumServed">The least time served.</param>
    /// <param name="fraction">A fraction to serve as well, or null.</param>
    /// <returns>New settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conductMonths"/> is outside 0 to 36.</exception>
    public AsimilasiSettings WithChildThresholds(int conductMonths, SentenceTerm minimumServed, Fraction? fraction) =>
        this with { ChildConductMonths = SettingsGuards.ConductMonths(conductMonths), ChildMinimumServed = minimumServed, ChildFraction = SettingsGuards.FractionOfTerm(fraction) };
}
