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
    private static Policy<InmateProfile, RightsParameters> PreReleaseLeavePolicy() => new(
        "cmb",
        new("Cuti menjelang bebas", "Pre-release leave"),
        [Version("cmb.2018", "Cuti menjelang bebas", "Pre-release leave", Permenkumham3Of2018, LocalDate.MaxIsoValue, [Base2018, Amendment2022, Amendment2023, RuleCitations.PreRelease], new RightsParameters(CountingConvention.Default, new PreReleaseLeaveSettings()), PreReleaseCriteria())]);

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> PreReleaseCriteria() =>
    [
        .. IntegrationHead,
        new FractionServedCriterion("cmb.two-thirds-served", new("Telah menjalani 2/3 masa pidana", "Has served 2/3 of the sentence"), RuleCitations.PreRelease, PreReleaseLeaveSettings.TimeServed),
        new ConductCriterion("cmb.no-punishment", new("Berkelakuan baik dalam 9 bulan terakhir", "Good behaviour in the last 9 months"), RuleCitations.PreRelease, PreReleaseLeaveSettings.ConductDays),
        new GuidanceCriterion("cmb.guidance", RuleCitations.PreRelease),
        new HasRemissionCriterion("cmb.has-remission"),
        EvidenceCriterion.Administrative("cmb.evidence", PreReleaseLeaveSettings.Evidence),
    ];
}
