using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

// The agreement steps of a partnership: signing, amending and extending, and the rules of an agreement's content.
public sealed partial record Partnership
{
    /// <summary>Returns the violations that signing an agreement (its first version) would cause.</summary>
    /// <param name="agreement">The agreement, version 1; must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="officials"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckSignAgreement(Agreement agreement, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        Guard.Against.Null(agreement);
        Guard.Against.Null(officials);
        policy ??= AgreementPolicy.Default;
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, agreement.SignedOn);
        if (!CurrentStage.IsFinal() && !CurrentStage.IsUnderAgreement() && !PartnershipStages.IsAllowed(CurrentStage, PartnershipStage.AgreementSigned))
        {
            violations.Add(StageOrderViolation(PartnershipStage.AgreementSigned));
        }

        if (agreement.Version != 1)
        {
            violations.Add(Violation(CooperationRule.AgreementVersionOrder, $"{agreement.Number} versi {agreement.Version}: gunakan perubahan perjanjian", $"{agreement.Number} version {agreement.Version}: sign an amendment instead"));
        }

        if (Agreements.Any(a => string.Equals(a.Number, agreement.Number, StringComparison.Ordinal)))
        {
            violations.Add(Violation(CooperationRule.AgreementNumberDuplicate, $"nomor {agreement.Number} sudah ditandatangani", $"number {agreement.Number} is already signed"));
        }

        CheckContent(violations, agreement, null, officials, policy);
        return ValueList.From(violations);
    }

    /// <summary>Signs an agreement in the partnership. The first agreement moves coordination to the agreement-signed stage; its scopes become covered.</summary>
    /// <param name="agreement">The agreement, version 1; must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="officials"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The agreement breaks a rule (see <see cref="CheckSignAgreement"/>).</exception>
    public Partnership SignAgreement(Agreement agreement, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        ThrowIfAny(CheckSignAgreement(agreement, officials, policy));
        var stages = CurrentStage.IsUnderAgreement()
            ? Stages
            : Stages.Add(new StageEvent(PartnershipStage.AgreementSigned, agreement.SignedOn, agreement.Number));
        return With(stages: stages, agreements: Agreements.Add(agreement), scopes: CoverScopes(Scopes, agreement, null));
    }

    /// <summary>Returns the violations that signing a new version (amendment or extension) of an agreement would cause.</summary>
    /// <param name="version">The new version (from <see cref="Agreement.Amend"/> or <see cref="Agreement.Extend"/>); must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="officials"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckAmendAgreement(Agreement version, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        Guard.Against.Null(version);
        Guard.Against.Null(officials);
        policy ??= AgreementPolicy.Default;
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, version.SignedOn);
        var versions = AgreementVersions(version.Number);
        if (versions.IsEmpty)
        {
            violations.Add(Violation(CooperationRule.AgreementUnknown, $"nomor {version.Number} belum ditandatangani", $"number {version.Number} is not signed"));
            return ValueList.From(violations);
        }

        var latest = versions[^1];
        if (version.Version != latest.Version + 1 || version.Kind != latest.Kind || version.Change == AgreementChange.Original)
        {
            violations.Add(Violation(CooperationRule.AgreementVersionOrder, $"{version.Number}: versi terakhir {latest.Version}, versi baru {version.Version}", $"{version.Number}: latest version {latest.Version}, new version {version.Version}"));
        }

        if (!CurrentStage.IsFinal())
        {
            var allowed = version.Change == AgreementChange.Extension
                ? CurrentStage is PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Extended
                : CurrentStage.IsUnderAgreement();
            if (!allowed)
            {
                violations.Add(StageOrderViolation(version.Change == AgreementChange.Extension ? PartnershipStage.Extended : CurrentStage));
            }
        }

        CheckContent(violations, version, latest, officials, policy);
        return ValueList.From(violations);
    }

    /// <summary>Signs a new version of an agreement; the earlier versions stay readable. An extension moves the partnership to the extended stage.</summary>
    /// <param name="version">The new version; must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="officials"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The version breaks a rule (see <see cref="CheckAmendAgreement"/>).</exception>
    public Partnership AmendAgreement(Agreement version, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        ThrowIfAny(CheckAmendAgreement(version, officials, policy));
        var previous = AgreementVersions(version.Number)[^1];
        var stages = version.Change == AgreementChange.Extension && CurrentStage != PartnershipStage.Extended
            ? Stages.Add(new StageEvent(PartnershipStage.Extended, version.SignedOn, version.Number + " v" + version.Version.ToString(CultureInfo.InvariantCulture)))
            : Stages;
        return With(stages: stages, agreements: Agreements.Add(version), scopes: CoverScopes(Scopes, version, previous));
    }

    private ValueList<ScopeHistory> CoverScopes(ValueList<ScopeHistory> scopes, Agreement agreement, Agreement? previous)
    {
        var basis = ScopeStateBasis.Agreement(agreement.Number);
        foreach (var scope in agreement.Scopes)
        {
            scopes = Apply(scopes, scope, ScopeState.CoveredByAgreement, agreement.SignedOn, basis, onlyFrom: [null, ScopeState.Proposed, ScopeState.AgreedInPrinciple, ScopeState.Ended]);
        }

        if (previous is not null)
        {
            foreach (var dropped in previous.Scopes.Where(s => !agreement.Covers(s)))
            {
                var stillCovered = Agreements.Any(a => !string.Equals(a.Number, agreement.Number, StringComparison.Ordinal) && InForceVersionOf(a.Number, agreement.SignedOn)?.Covers(dropped) == true);
                if (!stillCovered)
                {
                    scopes = Apply(scopes, dropped, ScopeState.Ended, agreement.SignedOn, basis, onlyFrom: [ScopeState.CoveredByAgreement, ScopeState.Active, ScopeState.Suspended]);
                }
            }
        }

        return scopes;
    }

    private void CheckContent(List<PartnershipViolation> violations, Agreement agreement, Agreement? previous, OfficialsDirectory officials, AgreementPolicy policy)
    {
        var sides = AgreementParties;
        foreach (var party in agreement.Parties.Where(p => !sides.Contains(p)))
        {
            violations.Add(Violation(CooperationRule.PartyNotInPartnership, $"{party} bukan pihak kerja sama {Id}", $"{party} is not a side of partnership {Id}"));
        }

        if (!agreement.Parties.Contains(CorrectionalSide.Id) && (CorrectionalSide.Supervisor is not { } office || !agreement.Parties.Contains(office)))
        {
            violations.Add(Violation(CooperationRule.CorrectionalSideMissing, $"{CorrectionalSide.Id} tidak tercantum", $"{CorrectionalSide.Id} is not listed"));
        }

        if (!agreement.Parties.Contains(CommunitySide.Id) && (SigningGovernment is null || !agreement.Parties.Contains(SigningGovernment.Id)))
        {
            violations.Add(Violation(CooperationRule.CommunitySideMissing, $"{CommunitySide.Id} tidak tercantum", $"{CommunitySide.Id} is not listed"));
        }

        foreach (var party in agreement.Parties.Where(p => !agreement.Signatories.Any(s => s.Party == p)))
        {
            violations.Add(Violation(CooperationRule.PartyUnsigned, $"{party} belum menandatangani {agreement.Number}", $"{party} has not signed {agreement.Number}"));
        }

        foreach (var signatory in agreement.Signatories)
        {
            if (!agreement.Parties.Contains(signatory.Party))
            {
                violations.Add(Violation(CooperationRule.SignatoryNotAParty, $"{signatory.Person} untuk {signatory.Party}", $"{signatory.Person} for {signatory.Party}"));
                continue;
            }

            var decision = officials.MaySign(signatory.Person, agreement.Kind, signatory.Party, agreement.SignedOn);
            if (!decision.IsAuthorised)
            {
                // The people are named by their opaque ids only; positions and institutions by their titles.
                var position = officials.FindPosition(signatory.Appointment.Position)?.Title ?? signatory.Appointment.Position.ToString();
                var party = officials.Institutions.Find(signatory.Party)?.Name ?? signatory.Party.ToString();
                var capacity = signatory.Appointment.Capacity.Label();
                violations.Add(Violation(
                    decision.Outcome == AuthorityOutcome.Undetermined ? CooperationRule.SignatoryAuthorityUndetermined : CooperationRule.SignatoryNotAuthorised,
                    $"{signatory.Person} ({position}, {capacity.Indonesian}) untuk {party} pada {Format(agreement.SignedOn)}: {decision.Reason.Indonesian} [{decision.ReasonCode}]",
                    $"{signatory.Person} ({position}, {capacity.English}) for {party} on {Format(agreement.SignedOn)}: {decision.Reason.English} [{decision.ReasonCode}]"));
            }
        }

        var span = agreement.Change == AgreementChange.Extension && previous is not null && agreement.Term.End > previous.Term.End
            ? new DateInterval(previous.Term.End.PlusDays(1), agreement.Term.End)
            : agreement.Term;
        if (!policy.AllowsTerm(span))
        {
            violations.Add(Violation(CooperationRule.TermTooLong, $"{agreement.Number}: {span} melebihi {policy.MaximumTerm}", $"{agreement.Number}: {span} exceeds {policy.MaximumTerm}"));
        }

        if (agreement.Kind == AgreementKind.JointAgreement && CommunitySide.Kind != InstitutionKind.Desa)
        {
            violations.Add(Violation(CooperationRule.JointAgreementRequiresDesa, $"{CommunitySide.Id} adalah {CommunitySide.Kind}", $"{CommunitySide.Id} is a {CommunitySide.Kind}"));
        }

        if (agreement.Kind == AgreementKind.CooperationAgreement)
        {
            CheckAgainstMemorandum(violations, agreement, policy);
        }
    }

    private void CheckAgainstMemorandum(List<PartnershipViolation> violations, Agreement pks, AgreementPolicy policy)
    {
        if (pks.ImplementsMemorandum is not { } number)
        {
            if (!policy.AllowStandalonePks)
            {
                violations.Add(Violation(CooperationRule.StandalonePksNotAllowed, $"{pks.Number} tanpa nota kesepahaman", $"{pks.Number} implements no memorandum"));
            }

            return;
        }

        var versions = AgreementVersions(number).Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding).ToList();
        if (versions.Count == 0)
        {
            violations.Add(Violation(CooperationRule.MouMissing, $"{InputExcerpt.Of(number)} tidak ada dalam kerja sama {Id}", $"{InputExcerpt.Of(number)} is not in partnership {Id}"));
            return;
        }

        var mou = AgreementVersionOn(number, pks.SignedOn);
        if (mou is null)
        {
            violations.Add(Violation(CooperationRule.PksSignedBeforeMou, $"{pks.Number} pada {Format(pks.SignedOn)}, {number} pada {Format(versions[0].SignedOn)}", $"{pks.Number} on {Format(pks.SignedOn)}, {number} on {Format(versions[0].SignedOn)}"));
            return;
        }

        if (pks.Term.End > mou.Term.End)
        {
            violations.Add(Violation(CooperationRule.PksOutlivesMou, $"{pks.Number} berakhir {Format(pks.Term.End)}, {number} berakhir {Format(mou.Term.End)}", $"{pks.Number} ends {Format(pks.Term.End)}, {number} ends {Format(mou.Term.End)}"));
        }

        var outside = pks.Scopes.Where(s => !mou.Covers(s)).Select(s => s.Code).ToList();
        if (outside.Count > 0)
        {
            var list = string.Join(", ", outside);
            violations.Add(Violation(CooperationRule.PksScopeOutsideMou, $"{list} tidak tercakup {number}", $"{list} not covered by {number}"));
        }
    }
}
