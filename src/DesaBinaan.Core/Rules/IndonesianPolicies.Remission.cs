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
    private static Policy<InmateProfile, RightsParameters> RemissionPolicy() => new(
        "remisi",
        new("Remisi", "Remission"),
        [
            Version("remisi.2018", "Remisi", "Remission", Permenkumham3Of2018, Ruling28PHum2021.PlusDays(-1), [Base2018, Pp99, RuleCitations.Remission, RuleCitations.RemissionTime], RemissionParameters(true), RemissionCriteria()),
            Version("remisi.2021", "Remisi", "Remission", Ruling28PHum2021, Permenkumham7Of2022.PlusDays(-1), [Base2018, Ruling, RuleCitations.Remission, RuleCitations.RemissionTime], RemissionParameters(false), RemissionCriteria()),
            Version("remisi.2022", "Remisi", "Remission", Permenkumham7Of2022, LocalDate.MaxIsoValue, [Amendment2022, Amendment2023, Law2022, RuleCitations.Remission, RuleCitations.RemissionTime], RemissionParameters(false), RemissionCriteria()),
        ]);

    private static RightsParameters RemissionParameters(bool justiceCollaborator) =>
        new(CountingConvention.Default, new RemissionSettings(requireJusticeCollaborator: justiceCollaborator));

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> RemissionCriteria() =>
    [
        Convict,
        NotLifeOrDeath,
        new RemissionTimeCriterion("remisi.time-served"),
        new ConductCriterion("remisi.no-punishment", new("Tidak menjalani hukuman disiplin dalam 6 bulan terakhir", "No disciplinary punishment in the last 6 months"), RuleCitations.Remission, RemissionSettings.ConductDays),
        new GuidanceCriterion("remisi.guidance", RuleCitations.Remission),
        new JusticeCollaboratorCriterion("remisi.special.justice-collaborator", RemissionSettings.JusticeCollaborator),
    ];
}
