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
    private static Policy<InmateProfile, RightsParameters> ConditionalLeavePolicy() => new(
        "cb",
        new("Cuti bersyarat", "Conditional leave"),
        [Version("cb.2018", "Cuti bersyarat", "Conditional leave", Permenkumham3Of2018, LocalDate.MaxIsoValue, [Base2018, Amendment2022, Amendment2023, RuleCitations.ConditionalLeave], new RightsParameters(CountingConvention.Default, new ConditionalLeaveSettings()), ConditionalLeaveCriteria())]);

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> ConditionalLeaveCriteria() =>
    [
        .. IntegrationHead,
        new SentenceLengthCriterion("cb.sentence-at-most", new("Pidana paling lama 1 tahun 6 bulan", "Sentence of at most 1 year 6 months"), RuleCitations.ConditionalLeave, atMost: true, ConditionalLeaveSettings.MaximumSentenceDays),
        new FractionServedCriterion("cb.two-thirds-served", new("Telah menjalani 2/3 masa pidana", "Has served 2/3 of the sentence"), RuleCitations.ConditionalLeave, ConditionalLeaveSettings.TimeServed),
        new ConductCriterion("cb.no-punishment", new("Berkelakuan baik dalam 6 bulan terakhir", "Good behaviour in the last 6 months"), RuleCitations.ConditionalLeave, ConditionalLeaveSettings.ConductDays),
        new GuidanceCriterion("cb.guidance", RuleCitations.ConditionalLeave),
        EvidenceCriterion.Administrative("cb.evidence", ConditionalLeaveSettings.Evidence),
    ];
}
