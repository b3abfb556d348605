namespace DesaBinaan.Core.Rules;

/// <summary>The codes of the parameter values of <see cref="RightsParameters"/>, as its values and the criteria that read them name them.</summary>
internal static class ParameterCode
{
    /// <summary>
    /// The fact <c>parameter.narcotics-threshold-days</c>: the narcotics threshold a special-offence check shows beside
    /// the term, whichever right's setting it read (that setting is listed under its own code).
    /// </summary>
    public const string NarcoticsThresholdShown = "parameter.narcotics-threshold-days";

    /// <summary>The value <c>parameter.activity.minimum-security</c>.</summary>
    public const string ActivityMinimumSecurity = "parameter.activity.minimum-security";

    /// <summary>The value <c>parameter.activity.plan</c>.</summary>
    public const string ActivityPlan = "parameter.activity.plan";

    /// <summary>The value <c>parameter.activity.scope</c>.</summary>
    public const string ActivityScope = "parameter.activity.scope";

    /// <summary>The value <c>parameter.asimilasi.child-conduct-months</c>.</summary>
    public const string AsimilasiChildConductMonths = "parameter.asimilasi.child-conduct-months";

    /// <summary>The value <c>parameter.asimilasi.child-fraction</c>.</summary>
    public const string AsimilasiChildFraction = "parameter.asimilasi.child-fraction";

    /// <summary>The value <c>parameter.asimilasi.child-minimum-days</c>.</summary>
    public const string AsimilasiChildMinimumDays = "parameter.asimilasi.child-minimum-days";

    /// <summary>The value <c>parameter.asimilasi.evidence</c>.</summary>
    public const string AsimilasiEvidence = "parameter.asimilasi.evidence";

    /// <summary>The value <c>parameter.asimilasi.general-conduct-months</c>.</summary>
    public const string AsimilasiGeneralConductMonths = "parameter.asimilasi.general-conduct-months";

    /// <summary>The value <c>parameter.asimilasi.general-fraction</c>.</summary>
    public const string AsimilasiGeneralFraction = "parameter.asimilasi.general-fraction";

    /// <summary>The value <c>parameter.asimilasi.justice-collaborator</c>.</summary>
    public const string AsimilasiJusticeCollaborator = "parameter.asimilasi.justice-collaborator";

    /// <summary>The value <c>parameter.asimilasi.narcotics-threshold-days</c>.</summary>
    public const string AsimilasiNarcoticsThresholdDays = "parameter.asimilasi.narcotics-threshold-days";

    /// <summary>The value <c>parameter.asimilasi.risk-reduction</c>.</summary>
    public const string AsimilasiRiskReduction = "parameter.asimilasi.risk-reduction";

    /// <summary>The value <c>parameter.asimilasi.special-conduct-months</c>.</summary>
    public const string AsimilasiSpecialConductMonths = "parameter.asimilasi.special-conduct-months";

    /// <summary>The value <c>parameter.asimilasi.special-fraction</c>.</summary>
    public const string AsimilasiSpecialFraction = "parameter.asimilasi.special-fraction";

    /// <summary>The value <c>parameter.asimilasi.special-minimum-days</c>.</summary>
    public const string AsimilasiSpecialMinimumDays = "parameter.asimilasi.special-minimum-days";

    /// <summary>The value <c>parameter.convention</c>.</summary>
    public const string Convention = "parameter.convention";

    /// <summary>The value <c>parameter.pb.fraction</c>.</summary>
    public const string ParoleFraction = "parameter.pb.fraction";

    /// <summary>The value <c>parameter.pb.minimum-days</c>.</summary>
    public const string ParoleMinimumDays = "parameter.pb.minimum-days";

    /// <summary>The value <c>parameter.pb.conduct-months</c>.</summary>
    public const string ParoleConductMonths = "parameter.pb.conduct-months";

    /// <summary>The value <c>parameter.pb.narcotics-assimilation-fraction</c>.</summary>
    public const string ParoleNarcoticsAssimilationFraction = "parameter.pb.narcotics-assimilation-fraction";

    /// <summary>The value <c>parameter.pb.minimum-sentence-days</c>.</summary>
    public const string ParoleMinimumSentenceDays = "parameter.pb.minimum-sentence-days";

    /// <summary>The value <c>parameter.pb.justice-collaborator</c>.</summary>
    public const string ParoleJusticeCollaborator = "parameter.pb.justice-collaborator";

    /// <summary>The value <c>parameter.pb.narcotics-threshold-days</c>.</summary>
    public const string ParoleNarcoticsThresholdDays = "parameter.pb.narcotics-threshold-days";

    /// <summary>The value <c>parameter.pb.evidence</c>.</summary>
    public const string ParoleEvidence = "parameter.pb.evidence";

    /// <summary>The value <c>parameter.cb.fraction</c>.</summary>
    public const string ConditionalLeaveFraction = "parameter.cb.fraction";

    /// <summary>The value <c>parameter.cb.maximum-sentence-days</c>.</summary>
    public const string ConditionalLeaveMaximumSentenceDays = "parameter.cb.maximum-sentence-days";

    /// <summary>The value <c>parameter.cb.conduct-months</c>.</summary>
    public const string ConditionalLeaveConductMonths = "parameter.cb.conduct-months";

    /// <summary>The value <c>parameter.cb.evidence</c>.</summary>
    public const string ConditionalLeaveEvidence = "parameter.cb.evidence";

    /// <summary>The value <c>parameter.cmb.fraction</c>.</summary>
    public const string PreReleaseFraction = "parameter.cmb.fraction";

    /// <summary>The value <c>parameter.cmb.conduct-months</c>.</summary>
    public const string PreReleaseConductMonths = "parameter.cmb.conduct-months";

    /// <summary>The value <c>parameter.cmb.evidence</c>.</summary>
    public const string PreReleaseEvidence = "parameter.cmb.evidence";

    /// <summary>The value <c>parameter.cmk.fraction</c>.</summary>
    public const string FamilyVisitFraction = "parameter.cmk.fraction";

    /// <summary>The value <c>parameter.cmk.minimum-sentence-days</c>.</summary>
    public const string FamilyVisitMinimumSentenceDays = "parameter.cmk.minimum-sentence-days";

    /// <summary>The value <c>parameter.remission.narcotics-threshold-days</c>.</summary>
    public const string RemissionNarcoticsThresholdDays = "parameter.remission.narcotics-threshold-days";

    /// <summary>The value <c>parameter.remission.conduct-months</c>.</summary>
    public const string RemissionConductMonths = "parameter.remission.conduct-months";

    /// <summary>The value <c>parameter.remission.justice-collaborator</c>.</summary>
    public const string RemissionJusticeCollaborator = "parameter.remission.justice-collaborator";

    /// <summary>The value <c>parameter.remission.holiday</c>.</summary>
    public const string RemissionHoliday = "parameter.remission.holiday";

    /// <summary>The value <c>parameter.remission.kind</c>.</summary>
    public const string RemissionKind = "parameter.remission.kind";
}
