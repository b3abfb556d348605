using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of parole (<i>pembebasan bersyarat</i>, PB: Permenkumham 3/2018 as
/// amended; docs/domain.md §9) in one policy version.
/// </summary>
/// <remarks>
/// Equality compares every member. Change a version's values with <c>with</c> (each value checked as the constructor
/// checks it), so that the others stay the version's.
/// </remarks>
[Immutable]
public sealed record ParoleSettings : RightSettings
{
    /// <summary>The evidence asked for by default: verdict and execution record, Litmas, Register F extract and the family guarantee.</summary>
    public static readonly ValueList<EvidenceKind> DefaultEvidence = [EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee];

    /// <summary>Initializes the settings; every argument defaults to the value of docs/domain.md §9.</summary>
    /// <param name="fraction">The fraction of the term served (2/3); null for 2/3; at most 1.</param>
    /// <param name="minimumServed">The least time served at that fraction (9 months); null for 9 months.</param>
    /// <param name="conductMonths">Months of good behaviour before the 2/3 date (9); 0 to 36.</param>
    /// <param name="narcoticsAssimilationFraction">For narcotics offences of at least <paramref name="narcoticsThreshold"/>: the fraction of the remaining term to have spent in assimilation (1/2); null for 1/2; at most 1.</param>
    /// <param name="minimumSentence">The shortest total sentence that gives parole (1 year under KUHP UU 1/2023 Penjelasan Pasal 72 ayat (1)), or null when the version has no such condition.</param>
    /// <param name="requireJusticeCollaborator">Whether special offences need a justice-collaborator statement (true before 28 P/HUM/2021).</param>
    /// <param name="narcoticsThreshold">The least sentence that makes a narcotics offence special (5 years); null for 5 years.</param>
    /// <param name="requiredEvidence">The evidence asked for; null for <see cref="DefaultEvidence"/>.</param>
    /// <exception cref="ArgumentException">A fraction is larger than 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conductMonths"/> is outside 0 to 36, or an evidence kind is not defined.</exception>
    public ParoleSettings(
        Fraction? fraction = null,
        SentenceTerm? minimumServed = null,
        int conductMonths = 9,
        Fraction? narcoticsAssimilationFraction = null,
        SentenceTerm? minimumSentence = null,
        bool requireJusticeCollaborator = false,
        SentenceTerm? narcoticsThreshold = null,
        IEnumerable<EvidenceKind>? requiredEvidence = null)
    {
        Fraction = SettingsGuards.FractionOfTerm(fraction) ?? Fraction.TwoThirds;
        MinimumServed = minimumServed ?? SentenceTerm.FromMonths(9);
        ConductMonths = SettingsGuards.ConductMonths(conductMonths);
        NarcoticsAssimilationFraction = SettingsGuards.FractionOfTerm(narcoticsAssimilationFraction) ?? Fraction.OneHalf;
        MinimumSentence = minimumSentence;
        RequireJusticeCollaborator = requireJusticeCollaborator;
        NarcoticsThreshold = narcoticsThreshold ?? AsimilasiSettings.DefaultNarcoticsThreshold;
        RequiredEvidence = SettingsGuards.Evidence(requiredEvidence, DefaultEvidence);
    }

    /// <summary>Gets the fraction of the term served.</summary>
    public Fraction Fraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(Fraction))!.Value; }

    /// <summary>Gets the least time served.</summary>
    public SentenceTerm MinimumServed { get; init; }

    /// <summary>Gets the months of good behaviour.</summary>
    public int ConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(ConductMonths)); }

    /// <summary>Gets the fraction of the remaining term a narcotics convict of the threshold or more must have spent in assimilation.</summary>
    public Fraction NarcoticsAssimilationFraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(NarcoticsAssimilationFraction))!.Value; }

    /// <summary>Gets the shortest total sentence that gives parole, or null when the version has no such condition.</summary>
    public SentenceTerm? MinimumSentence { get; init; }

    /// <summary>Gets whether special offences need a justice-collaborator statement.</summary>
    public bool RequireJusticeCollaborator { get; init; }

    /// <summary>Gets the least sentence that makes a narcotics offence special.</summary>
    public SentenceTerm NarcoticsThreshold { get; init; }

    /// <summary>Gets the evidence asked for.</summary>
    public ValueList<EvidenceKind> RequiredEvidence { get; init => field = SettingsGuards.Evidence(Guard.Against.Null(value, nameof(RequiredEvidence)), value, nameof(RequiredEvidence)); }

    /// <summary>The time served: the fraction and the least time.</summary>
    internal static SettingRead<TimeRequirement> TimeServed { get; } =
        SettingRead.Of<ParoleSettings, TimeRequirement>((s, c) => new(s.Fraction, s.MinimumServed.ToDays(c)), ParameterCode.ParoleFraction, ParameterCode.ParoleMinimumDays);

    /// <summary>The conduct period, in days.</summary>
    internal static SettingRead<int> ConductDays { get; } =
        SettingRead.ConductDays<ParoleSettings>(s => s.ConductMonths, ParameterCode.ParoleConductMonths);

    /// <summary>The shortest total sentence, in days (0: none).</summary>
    internal static SettingRead<int> MinimumSentenceDays { get; } =
        SettingRead.Of<ParoleSettings, int>((s, c) => s.MinimumSentence?.ToDays(c) ?? 0, ParameterCode.ParoleMinimumSentenceDays);

    /// <summary>The share of the remaining term in assimilation for long narcotics sentences, parole's fraction (the remaining term runs from the day it is served to the expiry), and the threshold in days.</summary>
    internal static SettingRead<(Fraction Share, Fraction ParoleFraction, int ThresholdDays)> NarcoticsAssimilation { get; } =
        SettingRead.Of<ParoleSettings, (Fraction, Fraction, int)>((s, c) => (s.NarcoticsAssimilationFraction, s.Fraction, s.NarcoticsThreshold.ToDays(c)), ParameterCode.ParoleNarcoticsAssimilationFraction, ParameterCode.ParoleFraction, ParameterCode.ParoleNarcoticsThresholdDays);

    /// <summary>The justice-collaborator switch and the narcotics threshold in days.</summary>
    internal static SettingRead<(bool Required, int ThresholdDays)> JusticeCollaborator { get; } =
        SettingRead.JusticeCollaborator<ParoleSettings>(s => s.RequireJusticeCollaborator, s => s.NarcoticsThreshold, ParameterCode.ParoleJusticeCollaborator, ParameterCode.ParoleNarcoticsThresholdDays);

    /// <summary>The evidence asked for.</summary>
    internal static SettingRead<ValueList<EvidenceKind>> Evidence { get; } =
        SettingRead.Evidence<ParoleSettings>(s => s.RequiredEvidence, ParameterCode.ParoleEvidence);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        var values = new List<Fact>
        {
            Fact.OfFraction(ParameterCode.ParoleFraction, T("PB: pecahan masa pidana", "Parole: fraction served"), Fraction),
            Fact.OfDays(ParameterCode.ParoleMinimumDays, T("PB: paling singkat dijalani", "Parole: least time served"), MinimumServed.ToDays(convention)),
            Fact.OfNumber(ParameterCode.ParoleConductMonths, T("PB: bulan berkelakuan baik", "Parole: months of good behaviour"), ConductMonths),
            Fact.OfFraction(ParameterCode.ParoleNarcoticsAssimilationFraction, T("PB narkotika: pecahan sisa pidana dalam asimilasi", "Parole, narcotics: share of the remaining term in assimilation"), NarcoticsAssimilationFraction),
        };
        values.Add(MinimumSentence is { } shortest
            ? Fact.OfDays(ParameterCode.ParoleMinimumSentenceDays, T("PB: jumlah pidana paling singkat", "Parole: shortest total sentence"), shortest.ToDays(convention))
            : Fact.OfLabel(ParameterCode.ParoleMinimumSentenceDays, T("PB: jumlah pidana paling singkat", "Parole: shortest total sentence"), T("tidak disyaratkan", "not required"), "-"));

        values.Add(Fact.OfFlag(ParameterCode.ParoleJusticeCollaborator, T("PB: syarat justice collaborator", "Parole: justice collaborator required"), RequireJusticeCollaborator));
        values.Add(NarcoticsThresholdValue(ParameterCode.ParoleNarcoticsThresholdDays, NarcoticsThreshold, convention));
        values.Add(EvidenceValue(ParameterCode.ParoleEvidence, RequiredEvidence));
        return values;
    }
}
