using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// The rules of an agreement's content within a partnership, checked when it is signed or amended (docs/domain.md §7):
/// its parties are sides of the partnership and both sides are present, every party signed and every signatory was
/// authorised on the day, the term is within the policy's maximum, a joint agreement is with a desa, and a PKS
/// implements a memorandum of the partnership that covers its scopes and outlives it.
/// </summary>
internal static class AgreementContentRules
{
    /// <summary>Adds to <paramref name="violations"/> every content rule an agreement (or a new version after <paramref name="previous"/>) breaks in a partnership.</summary>
    public static void Check(Partnership partnership, List<PartnershipViolation> violations, Agreement agreement, Agreement? previous, OfficialsDirectory officials, AgreementPolicy policy)
    {
        var sides = partnership.AgreementParties;
        foreach (var party in agreement.Parties.Where(p => !sides.Contains(p)))
        {
            violations.Add(Partnership.Violation(CooperationRule.PartyNotInPartnership, $"{party} bukan pihak kerja sama {partnership.Id}", $"{party} is not a side of partnership {partnership.Id}"));
        }

        if (!agreement.Parties.Contains(partnership.CorrectionalSide.Id) && (partnership.CorrectionalSide.Supervisor is not { } office || !agreement.Parties.Contains(office)))
        {
            violations.Add(Partnership.Violation(CooperationRule.CorrectionalSideMissing, $"{partnership.CorrectionalSide.Id} tidak tercantum", $"{partnership.CorrectionalSide.Id} is not listed"));
        }

        if (!agreement.Parties.Contains(partnership.CommunitySide.Id) && (partnership.SigningGovernment is null || !agreement.Parties.Contains(partnership.SigningGovernment.Id)))
        {
            violations.Add(Partnership.Violation(CooperationRule.CommunitySideMissing, $"{partnership.CommunitySide.Id} tidak tercantum", $"{partnership.CommunitySide.Id} is not listed"));
        }

        foreach (var party in agreement.Parties.Where(p => !agreement.Signatories.Any(s => s.Party == p)))
        {
            violations.Add(Partnership.Violation(CooperationRule.PartyUnsigned, $"{party} belum menandatangani {agreement.Number}", $"{party} has not signed {agreement.Number}"));
        }

        foreach (var signatory in agreement.Signatories)
        {
            if (!agreement.Parties.Contains(signatory.Party))
            {
                violations.Add(Partnership.Violation(CooperationRule.SignatoryNotAParty, $"{signatory.Person} untuk {signatory.Party}", $"{signatory.Person} for {signatory.Party}"));
                continue;
            }

            var decision = officials.MaySign(signatory.Person, agreement.Kind, signatory.Party, agreement.SignedOn);
            if (!decision.IsAuthorised)
            {
                // The people are named by their opaque ids only; positions and institutions by their titles.
                var position = officials.FindPosition(signatory.Appointment.Position)?.Title ?? signatory.Appointment.Position.ToString();
                var party = officials.Institutions.Find(signatory.Party)?.Name ?? signatory.Party.ToString();
                var capacity = signatory.Appointment.Capacity.Label();
                violations.Add(Partnership.Violation(
                    decision.Outcome == AuthorityOutcome.Undetermined ? CooperationRule.SignatoryAuthorityUndetermined : CooperationRule.SignatoryNotAuthorised,
                    $"{signatory.Person} ({position}, {capacity.Indonesian}) untuk {party} pada {agreement.SignedOn.ToIso()}: {decision.Reason.Indonesian} [{decision.ReasonCode}]",
                    $"{signatory.Person} ({position}, {capacity.English}) for {party} on {agreement.SignedOn.ToIso()}: {decision.Reason.English} [{decision.ReasonCode}]"));
            }
        }

        var span = agreement.Change == AgreementChange.Extension && previous is not null && agreement.Term.End > previous.Term.End
            ? new DateInterval(previous.Term.End.PlusDays(1), agreement.Term.End)
            : agreement.Term;
        if (!policy.AllowsTerm(span))
        {
            violations.Add(Partnership.Violation(CooperationRule.TermTooLong, $"{agreement.Number}: {span} melebihi {policy.MaximumTerm}", $"{agreement.Number}: {span} exceeds {policy.MaximumTerm}"));
        }

        if (agreement.Kind == AgreementKind.JointAgreement && partnership.CommunitySide.Kind != InstitutionKind.Desa)
        {
            violations.Add(Partnership.Violation(CooperationRule.JointAgreementRequiresDesa, $"{partnership.CommunitySide.Id} adalah {partnership.CommunitySide.Kind}", $"{partnership.CommunitySide.Id} is a {partnership.CommunitySide.Kind}"));
        }

        if (agreement.Kind == AgreementKind.CooperationAgreement)
        {
            CheckAgainstMemorandum(partnership, violations, agreement, policy);
        }
    }

    private static void CheckAgainstMemorandum(Partnership partnership, List<PartnershipViolation> violations, Agreement pks, AgreementPolicy policy)
    {
        if (pks.ImplementsMemorandum is not { } number)
        {
            if (!policy.AllowStandalonePks)
            {
                violations.Add(Partnership.Violation(CooperationRule.StandalonePksNotAllowed, $"{pks.Number} tanpa nota kesepahaman", $"{pks.Number} implements no memorandum"));
            }

            return;
        }

        var versions = partnership.AgreementVersions(number).Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding).ToList();
        if (versions.Count == 0)
        {
            violations.Add(Partnership.Violation(CooperationRule.MouMissing, $"{InputExcerpt.Of(number)} tidak ada dalam kerja sama {partnership.Id}", $"{InputExcerpt.Of(number)} is not in partnership {partnership.Id}"));
            return;
        }

        var mou = partnership.AgreementVersionOn(number, pks.SignedOn);
        if (mou is null)
        {
            violations.Add(Partnership.Violation(CooperationRule.PksSignedBeforeMou, $"{pks.Number} pada {pks.SignedOn.ToIso()}, {number} pada {versions[0].SignedOn.ToIso()}", $"{pks.Number} on {pks.SignedOn.ToIso()}, {number} on {versions[0].SignedOn.ToIso()}"));
            return;
        }

        if (pks.Term.End > mou.Term.End)
        {
            violations.Add(Partnership.Violation(CooperationRule.PksOutlivesMou, $"{pks.Number} berakhir {pks.Term.End.ToIso()}, {number} berakhir {mou.Term.End.ToIso()}", $"{pks.Number} ends {pks.Term.End.ToIso()}, {number} ends {mou.Term.End.ToIso()}"));
        }

        var outside = pks.Scopes.Where(s => !mou.Covers(s)).Select(s => s.Code).ToList();
        if (outside.Count > 0)
        {
            var list = string.Join(", ", outside);
            violations.Add(Partnership.Violation(CooperationRule.PksScopeOutsideMou, $"{list} tidak tercakup {number}", $"{list} not covered by {number}"));
        }
    }
}
