using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.Cooperation;

// The agreement steps of a partnership: signing, amending and extending (the content rules are AgreementContentRules).
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

        AgreementContentRules.Check(this, violations, agreement, null, officials, policy);
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

        AgreementContentRules.Check(this, violations, version, latest, officials, policy);
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
}
