using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Rules;

/// <content>
/// One right of the policy book: its versions, its criteria and its parameters. The citations and criteria several
/// rights share are in IndonesianPolicies.cs; this file declares no static field, so that every policy is built in
/// the order that file gives.
/// </content>
public static partial class IndonesianPolicies
{
    private static Policy<InmateProfile, RightsParameters> FamilyVisitLeavePolicy() => new(
        "cmk",
        new("Cuti mengunjungi keluarga", "Family-visit leave"),
        [Version("cmk.2018", "Cuti mengunjungi keluarga", "Family-visit leave", Permenkumham3Of2018, LocalDate.MaxIsoValue, [Base2018, Amendment2022, Amendment2023, RuleCitations.FamilyVisit], new RightsParameters(CountingConvention.Default, new FamilyVisitLeaveSettings()), FamilyVisitCriteria())]);

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> FamilyVisitCriteria() =>
    [
        .. IntegrationHead,
        new SentenceLengthCriterion("cmk.sentence-at-least", new("Pidana paling singkat 12 bulan", "Sentence of at least 12 months"), RuleCitations.FamilyVisit, atMost: false, FamilyVisitLeaveSettings.MinimumSentenceDays),
        new FractionServedCriterion("cmk.half-served", new("Telah menjalani 1/2 masa pidana", "Has served 1/2 of the sentence"), RuleCitations.FamilyVisit, FamilyVisitLeaveSettings.TimeServed),
        new ConductThisYearCriterion("cmk.good-conduct-this-year"),
        new NoPendingCaseCriterion("cmk.no-other-case"),
    ];
}
