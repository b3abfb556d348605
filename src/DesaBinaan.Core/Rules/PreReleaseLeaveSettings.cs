using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of pre-release leave (<i>cuti menjelang bebas</i>, CMB: Permenkumham 3/2018 as
/// amended; docs/domain.md §9) in one policy version.
/// </summary>
/// <remarks>
/// Equality compares every member. Change a version's values with <c>with</c> (each value checked as the constructor
/// checks it), so that the others stay the version's.
/// </remarks>
[Immutable]
public sealed record PreReleaseLeaveSettings : RightSettings
{
    /// <summary>Initializes the settings; every argument defaults to the value of docs/domain.md §9.</summary>
    /// <param name="fraction">The fraction of the term served (2/3); null for 2/3; at most 1.</param>
    /// <param name="conductMonths">Months of good behaviour (9); 0 to 36.</param>
    /// <param name="requiredEvidence">The evidence asked for; null for <see cref="ParoleSettings.DefaultEvidence"/> (the same documents).</param>
    /// <exception cref="ArgumentException"><paramref name="fraction"/> is larger than 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conductMonths"/> is outside 0 to 36, or an evidence kind is not defined.</exception>
    public PreReleaseLeaveSettings(Fraction? fraction = null, int conductMonths = 9, IEnumerable<EvidenceKind>? requiredEvidence = null)
    {
        Fraction = SettingsGuards.FractionOfTerm(fraction) ?? Fraction.TwoThirds;
        ConductMonths = SettingsGuards.ConductMonths(conductMonths);
        RequiredEvidence = SettingsGuards.Evidence(requiredEvidence, ParoleSettings.DefaultEvidence);
    }

    /// <summary>Gets the fraction of the term served.</summary>
    public Fraction Fraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(Fraction))!.Value; }

    /// <summary>Gets the months of good behaviour.</summary>
    public int ConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(ConductMonths)); }

    /// <summary>Gets the evidence asked for.</summary>
    public ValueList<EvidenceKind> RequiredEvidence { get; init => field = SettingsGuards.Evidence(Guard.Against.Null(value, nameof(RequiredEvidence)), value, nameof(RequiredEvidence)); }

    /// <summary>The time served: the fraction, no least time.</summary>
    internal static SettingRead<TimeRequirement> TimeServed { get; } =
        SettingRead.FractionOnly<PreReleaseLeaveSettings>(s => s.Fraction, ParameterCode.PreReleaseFraction);

    /// <summary>The conduct period, in days.</summary>
    internal static SettingRead<int> ConductDays { get; } =
        SettingRead.ConductDays<PreReleaseLeaveSettings>(s => s.ConductMonths, ParameterCode.PreReleaseConductMonths);

    /// <summary>The evidence asked for.</summary>
    internal static SettingRead<ValueList<EvidenceKind>> Evidence { get; } =
        SettingRead.Evidence<PreReleaseLeaveSettings>(s => s.RequiredEvidence, ParameterCode.PreReleaseEvidence);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        return
        [
            Fact.OfFraction(ParameterCode.PreReleaseFraction, T("CMB: pecahan masa pidana", "Pre-release leave: fraction served"), Fraction),
            Fact.OfNumber(ParameterCode.PreReleaseConductMonths, T("CMB: bulan berkelakuan baik", "Pre-release leave: months of good behaviour"), ConductMonths),
            EvidenceValue(ParameterCode.PreReleaseEvidence, RequiredEvidence),
        ];
    }
}
