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
    private static Policy<InmateProfile, RightsParameters> OutsideActivityPolicy() => new(
        "outside-activity",
        new("Keikutsertaan kegiatan kerja sama di luar Lapas", "Participation in an outside partnership activity"),
        [
            new PolicyVersion<InmateProfile, RightsParameters>("outside-activity.2018", new("Kegiatan luar menurut Permenkumham 3/2018", "Outside activity under Permenkumham 3/2018"), new DateInterval(Permenkumham3Of2018, Permenkumham7Of2022.PlusDays(-1)), [Base2018, Pp99, RuleCitations.AsimilasiGeneral, RuleCitations.MinimumSecurity], OutsideParameters(justiceCollaborator: true), Set.Outside),
            new PolicyVersion<InmateProfile, RightsParameters>("outside-activity.2022", new("Kegiatan luar menurut Permenkumham 3/2018 sebagaimana diubah Permenkumham 7/2022", "Outside activity under Permenkumham 3/2018 as amended by 7/2022"), new DateInterval(Permenkumham7Of2022, LocalDate.MaxIsoValue), [Amendment2022, Amendment2023, Law2022, RuleCitations.AsimilasiGeneral, RuleCitations.AsimilasiSpecial, RuleCitations.MinimumSecurity], OutsideParameters(justiceCollaborator: false), Set.Outside),
        ]);

    private static RightsParameters OutsideParameters(bool justiceCollaborator) =>
        new(CountingConvention.Default, new OutsideActivitySettings(new AsimilasiSettings(requireJusticeCollaborator: justiceCollaborator).WithEvidence([.. AsimilasiSettings.DefaultEvidence, EvidenceKind.HostGuarantee]), requireMinimumSecurity: true));
}
