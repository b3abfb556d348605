using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of conditional leave (<i>cuti bersyarat</i>, CB: Permenkumham 3/2018 as
/// amended; docs/domain.md §9) in one policy version.
/// </summary>
/// <remarks>
/// Equality compares every member. Change a version's values with <c>with</c> (each value checked as the constructor
/// checks it), so that the others stay the version's.
/// </remarks>
[Immutable]
public sealed record ConditionalLeaveSettings : RightSettings
{
    /// <summary>Initializes the settings; every argument defaults to the value of docs/domain.md §9.</summary>
    /// <param name="fraction">The fraction of the term served (2/3); null for 2/3; at most 1.</param>
    /// <param name="maximumSentence">The longest sentence (1 year 6 months); null for 1 year 6 months.</param>
    /// <param name="conductMonths">Months of good behaviour before the 2/3 date (6); 0 to 36.</param>
    /// <param name="requiredEvidence">The evidence asked for; null for <see cref="ParoleSettings.DefaultEvidence"/> (the same documents).</param>
    /// <exception cref="ArgumentException"><paramref name="fraction"/> is larger than 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conductMonths"/> is outside 0 to 36, or an evidence kind is not defined.</exception>
    public ConditionalLeaveSettings(Fraction? fraction = null, SentenceTerm? maximumSentence = null, int conductMonths = 6, IEnumerable<EvidenceKind>? requiredEvidence = null)
    {
        Fraction = SettingsGuards.FractionOfTerm(fraction) ?? Fraction.TwoThirds;
        MaximumSentence = maximumSentence ?? new SentenceTerm(1, 6, 0);
        ConductMonths = SettingsGuards.ConductMonths(conductMonths);
        RequiredEvidence = SettingsGuards.Evidence(requiredEvidence, ParoleSettings.DefaultEvidence);
    }

    /// <summary>Gets the fraction of the term served.</summary>
    public Fraction Fraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(Fraction))!.Value; }

    /// <summary>Gets the longest sentence.</summary>
    public SentenceTerm MaximumSentence { get; init; }

    /// <summary>Gets the months of good behaviour.</summary>
    public int ConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(ConductMonths)); }

    /// <summary>Gets the evidence asked for.</summary>
    public ValueList<EvidenceKind> RequiredEvidence { get; init => field = SettingsGuards.Evidence(Guard.Against.Null(value, nameof(RequiredEvidence)), value, nameof(RequiredEvidence)); }

    /// <summary>The time served: the fraction, no least time.</summary>
    internal static SettingRead<TimeRequirement> TimeServed { get; } =
        SettingRead.FractionOnly<ConditionalLeaveSettings>(s => s.Fraction, ParameterCode.ConditionalLeaveFraction);

    /// <summary>The longest sentence, in days.</summary>
    internal static SettingRead<int> MaximumSentenceDays { get; } =
        SettingRead.Of<ConditionalLeaveSettings, int>((s, c) => s.MaximumSentence.ToDays(c), ParameterCode.ConditionalLeaveMaximumSentenceDays);

    /// <summary>The conduct period, in days.</summary>
    internal static SettingRead<int> ConductDays { get; } =
        SettingRead.ConductDays<ConditionalLeaveSettings>(s => s.ConductMonths, ParameterCode.ConditionalLeaveConductMonths);

    /// <summary>The evidence asked for.</summary>
    internal static SettingRead<ValueList<EvidenceKind>> Evidence { get; } =
        SettingRead.Evidence<ConditionalLeaveSettings>(s => s.RequiredEvidence, ParameterCode.ConditionalLeaveEvidence);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        return
        [
            Fact.OfFraction(ParameterCode.ConditionalLeaveFraction, T("CB: pecahan masa pidana", "Conditional leave: fraction served"), Fraction),
            Fact.OfDays(ParameterCode.ConditionalLeaveMaximumSentenceDays, T("CB: pidana paling lama", "Conditional leave: longest sentence"), MaximumSentence.ToDays(convention)),
            Fact.OfNumber(ParameterCode.ConditionalLeaveConductMonths, T("CB: bulan berkelakuan baik", "Conditional leave: months of good behaviour"), ConductMonths),
            EvidenceValue(ParameterCode.ConditionalLeaveEvidence, RequiredEvidence),
        ];
    }
}
