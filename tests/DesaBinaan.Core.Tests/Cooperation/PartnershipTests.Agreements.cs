using CsCheck;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;
using static DesaBinaan.Core.Tests.Cooperation.CooperationFixture;

namespace DesaBinaan.Core.Tests.Cooperation;

public sealed partial class PartnershipTests
{
    // docs/domain.md §5: the Kalapas signs a technical PKS; for a kelurahan, an official authorised by the Wali Kota.
    [Fact]
    public void SignAgreement_AuthorisedSignatories_MovesToSignedAndCoversTheScopes()
    {
        var partnership = Signed();
        partnership.CurrentStage.Should().Be(PartnershipStage.AgreementSigned);
        partnership.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, SigningDay).Should().Be(ScopeState.CoveredByAgreement);
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, SigningDay).Should().BeTrue();
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, SigningDay.PlusDays(-1)).Should().BeFalse();
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2028, 6, 15)).Should().BeFalse("the two-year term ended on 14 June 2028");
        partnership.CoversScopeOn(ScopeKind.Fisheries, SigningDay).Should().BeFalse();
        partnership.AgreementsInForceOn(SigningDay).Single().Number.Should().Be("PKS/1");
        partnership.IsInForceOn(new LocalDate(2028, 6, 14)).Should().BeTrue();
        partnership.IsInForceOn(new LocalDate(2028, 6, 15)).Should().BeFalse();
    }

    [Fact]
    public void SignAgreement_DirectlyFromCoordination_IsAllowed()
    {
        Coordinated().SignAgreement(Pks(), Signers).CurrentStage.Should().Be(PartnershipStage.AgreementSigned);
    }

    [Fact]
    public void SignAgreement_SecondAgreement_KeepsTheStage()
    {
        var partnership = Active().SignAgreement(Pks("PKS/2", new LocalDate(2026, 7, 1), scopes: [ScopeKind.SocialService]), Signers);
        partnership.CurrentStage.Should().Be(PartnershipStage.Active);
        partnership.AgreementsInForceOn(new LocalDate(2026, 7, 1)).Select(a => a.Number).Should().Equal("PKS/1", "PKS/2");
        partnership.ScopeStateOn(ScopeKind.SocialService, new LocalDate(2026, 7, 1)).Should().Be(ScopeState.CoveredByAgreement);
        partnership.ScopesActiveOn(new LocalDate(2026, 7, 1)).Should().Equal(ScopeKind.EnvironmentalCleanliness);
        var started = partnership.SetScopeState(ScopeKind.SocialService, ScopeState.Active, new LocalDate(2026, 7, 6), "Surat pelaksanaan");
        started.ScopesActiveOn(new LocalDate(2026, 7, 6)).Should().Equal(ScopeKind.EnvironmentalCleanliness, ScopeKind.SocialService);
        Codes(Signed().CheckSetScopeState(ScopeKind.EnvironmentalCleanliness, ScopeState.Active, SigningDay)).Should().Equal(new[] { "scope.transition.not-allowed" }, "before activation a scope is started by activating the partnership");
    }

    [Fact]
    public void CheckSignAgreement_FromExploration_IsOutOfOrder()
    {
        Codes(Explored().CheckSignAgreement(Pks(), Signers)).Should().Equal("partnership.stage.order");
    }

    // docs/domain.md §5 and UU 30/2014 Pasal 14: a Plh/Plt signs only with an explicit delegation (the default policy).
    [Fact]
    public void CheckSignAgreement_ActingOfficialWithoutDelegation_IsRefused()
    {
        var pks = Pks(signedOn: new LocalDate(2026, 6, 10), signatories: [new Signatory(LapasId, PlhKalapasAppointment), CamatSigns]);
        var violation = AgreedInPrinciple().CheckSignAgreement(pks, Signers).Should().ContainSingle().Which;
        violation.Code.Should().Be("agreement.signatory.not-authorised");
        violation.Detail.English.Should().Contain("authority.acting.needs-delegation").And.Contain("Plh");
        // A reader sees the position's title and the institution's name, not their internal ids.
        violation.Detail.English.Should().Contain("(Kalapas, ").And.Contain("for Lapas Kelas IIA Pekalongan");
        violation.Detail.Indonesian.Should().Contain("untuk Lapas Kelas IIA Pekalongan").And.NotContain(PlhKalapasAppointment.Position.ToString());
        violation.Citation.Instrument.Should().Be("UU 30/2014");
        AgreedInPrinciple().CheckSignAgreement(pks, SignersWithPlhDelegation).Should().BeEmpty("the Kalapas delegated the signing");
        var permissive = new OfficialsDirectory(Places, Signers.People, Signers.Positions, Signers.Appointments, Signers.Delegations, new AuthorityPolicy(ActingSigningRule.Always));
        AgreedInPrinciple().CheckSignAgreement(pks, permissive).Should().BeEmpty("the policy is configurable");
    }

    [Fact]
    public void CheckSignAgreement_SectionHead_IsRefused()
    {
        // docs/domain.md §5: section heads lead coordination but do not sign.
        var pks = Pks(signatories: [new Signatory(LapasId, KasiAppointment), CamatSigns]);
        var violation = AgreedInPrinciple().CheckSignAgreement(pks, Signers).Should().ContainSingle().Which;
        violation.Rule.Should().Be(CooperationRule.SignatoryNotAuthorised);
        violation.Detail.English.Should().Contain("authority.section-head.coordinates-only");
    }

    [Fact]
    public void CheckSignAgreement_UnknownSignatory_IsUndetermined()
    {
        var pks = Pks(signatories: [new Signatory(LapasId, StrangerAppointment), CamatSigns]);
        Codes(AgreedInPrinciple().CheckSignAgreement(pks, Signers)).Should().Equal("agreement.signatory.authority-undetermined");
    }

    [Fact]
    public void CheckSignAgreement_Parties()
    {
        var partnership = AgreedInPrinciple();
        var foreign = Pks(parties: [LapasId, KelurahanId, OtherLapasId], signatories: [KalapasSigns, CamatSigns, new Signatory(OtherLapasId, KalapasAppointment)]);
        Codes(partnership.CheckSignAgreement(foreign, Signers)).Should().Contain("agreement.party.not-in-partnership");
        var noLapas = Pks(parties: [KelurahanId, PemkotId], signatories: [CamatSigns, new Signatory(PemkotId, WaliKotaAppointment)]);
        Codes(partnership.CheckSignAgreement(noLapas, Signers)).Should().Equal("agreement.party.correctional-side-missing");
        var noVillage = Pks(parties: [LapasId, KanwilId], signatories: [KalapasSigns, new Signatory(KanwilId, KakanwilAppointment)]);
        Codes(partnership.CheckSignAgreement(noVillage, Signers)).Should().Equal("agreement.party.community-side-missing");
        var unsigned = Pks(signatories: [KalapasSigns]);
        Codes(partnership.CheckSignAgreement(unsigned, Signers)).Should().Equal("agreement.party.unsigned");
        var strayer = Pks(signatories: [KalapasSigns, CamatSigns, new Signatory(PemkotId, WaliKotaAppointment)]);
        Codes(partnership.CheckSignAgreement(strayer, Signers)).Should().Equal("agreement.signatory.not-a-party");
        var withCity = Pks(parties: [LapasId, PemkotId], signatories: [KalapasSigns, new Signatory(PemkotId, WaliKotaAppointment)]);
        partnership.CheckSignAgreement(withCity, Signers).Should().BeEmpty("the city may sign for the kelurahan's side");
    }

    [Fact]
    public void CheckSignAgreement_NumberAndVersion()
    {
        var signed = Signed();
        Codes(signed.CheckSignAgreement(Pks(signedOn: new LocalDate(2026, 7, 1)), Signers)).Should().Equal("agreement.number.duplicate");
        var v2 = Pks().Amend(new LocalDate(2026, 7, 1), [KalapasSigns, CamatSigns]);
        Codes(AgreedInPrinciple().CheckSignAgreement(new Agreement("PKS/9", v2.Kind, v2.SignedOn, v2.Parties, v2.Signatories, v2.Term, v2.Scopes, version: 2, change: AgreementChange.Amendment), Signers))
            .Should().Equal("agreement.version.order");
    }

    // docs/domain.md §6 and §10(5): no uniform maximum term; the default policy allows 5 years.
    [Theory]
    [InlineData(5, 0, true)]
    [InlineData(5, 1, false)]
    [InlineData(2, 0, true)]
    public void CheckSignAgreement_TermAgainstTheDefaultMaximum(int years, int extraDays, bool allowed)
    {
        var term = new DateInterval(SigningDay, SigningDay.PlusYears(years).PlusDays(extraDays - 1));
        var violations = AgreedInPrinciple().CheckSignAgreement(Pks(term: term), Signers);
        Codes(violations).Should().Equal(allowed ? [] : ["agreement.term.too-long"]);
    }

    [Fact]
    public void CheckSignAgreement_ShorterMaximumByPolicy()
    {
        var policy = AgreementPolicy.Default.WithMaximumTerm(Period.FromYears(1));
        Codes(AgreedInPrinciple().CheckSignAgreement(Pks(), Signers, policy)).Should().Equal("agreement.term.too-long");
        AgreedInPrinciple().CheckSignAgreement(Pks(term: new DateInterval(SigningDay, SigningDay.PlusYears(1).PlusDays(-1))), Signers, policy).Should().BeEmpty();
    }

    // docs/domain.md §6: a PKS implements an MoU and must not outlive it, nor cover scopes outside it.
    [Fact]
    public void CheckSignAgreement_PksWithinItsMemorandum_IsAccepted()
    {
        var withMou = AgreedInPrinciple().SignAgreement(Mou(), Signers);
        withMou.CurrentStage.Should().Be(PartnershipStage.AgreementSigned);
        var pks = Pks(implementsMemorandum: "MOU/1");
        withMou.CheckSignAgreement(pks, Signers).Should().BeEmpty();
        withMou.SignAgreement(pks, Signers).AgreementsInForceOn(SigningDay).Select(a => a.Number).Should().Equal("MOU/1", "PKS/1");
    }

    [Fact]
    public void CheckSignAgreement_PksRules()
    {
        var withMou = AgreedInPrinciple().SignAgreement(Mou(), Signers);
        var outlives = Pks(term: new DateInterval(SigningDay, new LocalDate(2029, 6, 1)), implementsMemorandum: "MOU/1");
        Codes(withMou.CheckSignAgreement(outlives, Signers)).Should().Equal("agreement.pks.outlives-mou");
        var outside = Pks(scopes: [ScopeKind.EnvironmentalCleanliness, ScopeKind.Fisheries], implementsMemorandum: "MOU/1");
        var violation = withMou.CheckSignAgreement(outside, Signers).Should().ContainSingle().Which;
        violation.Code.Should().Be("agreement.pks.scope-outside-mou");
        violation.Detail.English.Should().Contain("fisheries");
        Codes(AgreedInPrinciple().CheckSignAgreement(Pks(implementsMemorandum: "MOU/9"), Signers)).Should().Equal("agreement.pks.mou-missing");
        Codes(AgreedInPrinciple().CheckSignAgreement(Pks(), Signers, AgreementPolicy.Default.WithStandalonePks(false))).Should().Equal("agreement.pks.standalone-not-allowed");
        var lateMou = AgreedInPrinciple().SignAgreement(Mou(signedOn: new LocalDate(2026, 6, 20)), Signers);
        var early = Pks(signedOn: new LocalDate(2026, 6, 25), implementsMemorandum: "MOU/1");
        lateMou.CheckSignAgreement(early, Signers).Should().BeEmpty();
        var pksFirst = AgreedInPrinciple().SignAgreement(Pks("PKS/0"), Signers);
        var mouLater = pksFirst.SignAgreement(Mou(signedOn: new LocalDate(2026, 6, 20)), Signers);
        Codes(mouLater.CheckSignAgreement(Pks("PKS/2", new LocalDate(2026, 6, 20), implementsMemorandum: "MOU/1"), Signers)).Should().BeEmpty();
    }

    [Fact]
    public void CheckAmendAgreement_PksSignedBeforeMou_IsRefusedOnlyAtItsDate()
    {
        // A PKS dated before its memorandum: the memorandum exists in the partnership but was not signed yet.
        var withMou = AgreedInPrinciple().SignAgreement(Mou(signedOn: new LocalDate(2026, 6, 1)), Signers);
        var pks = new Agreement("PKS/x", AgreementKind.CooperationAgreement, new LocalDate(2026, 6, 1), [LapasId, KelurahanId], [KalapasSigns, CamatSigns], new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2027, 5, 31)), [ScopeKind.EnvironmentalCleanliness], implementsMemorandum: "MOU/1");
        withMou.CheckSignAgreement(pks, Signers).Should().BeEmpty("signed the same day as the memorandum");
    }

    // docs/domain.md §2 and Permendagri 96/2017: a Perjanjian Bersama is a desa's agreement.
    [Fact]
    public void CheckSignAgreement_JointAgreement_NeedsADesa()
    {
        var joint = new Agreement("PB/1", AgreementKind.JointAgreement, SigningDay, [LapasId, KelurahanId], [KalapasSigns, CamatSigns], new DateInterval(SigningDay, SigningDay.PlusYears(1)), [ScopeKind.EnvironmentalCleanliness]);
        Codes(AgreedInPrinciple().CheckSignAgreement(joint, Signers)).Should().Contain("agreement.joint.requires-desa");
        var desa = Explored(community: Desa).RecordMeeting(FirstMeeting());
        var withDesa = new Agreement("PB/1", AgreementKind.JointAgreement, SigningDay, [LapasId, DesaId], [KalapasSigns, new Signatory(DesaId, KepalaDesaAppointment)], new DateInterval(SigningDay, SigningDay.PlusYears(1)), [ScopeKind.AgricultureAndFoodSecurity]);
        desa.CheckSignAgreement(withDesa, Signers).Should().BeEmpty();
        desa.SignAgreement(withDesa, Signers).CoversScopeOn(ScopeKind.AgricultureAndFoodSecurity, SigningDay).Should().BeTrue();
    }

    // docs/domain.md §6: amendments and extensions are new versions; the old one stays readable.
    [Fact]
    public void AmendAgreement_Extension_KeepsTheOldVersionReadable()
    {
        var active = Active();
        var v1 = active.AgreementVersions("PKS/1")[0];
        var v2 = v1.Extend(new LocalDate(2028, 5, 1), new LocalDate(2030, 6, 14), [KalapasSigns, CamatSigns]);
        var extended = active.AmendAgreement(v2, Signers);
        extended.CurrentStage.Should().Be(PartnershipStage.Extended);
        extended.AgreementVersions("PKS/1").Should().Equal(v1, v2);
        extended.AgreementVersionOn("PKS/1", new LocalDate(2028, 4, 30)).Should().Be(v1);
        extended.AgreementVersionOn("PKS/1", new LocalDate(2028, 5, 1)).Should().Be(v2);
        extended.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2029, 1, 1)).Should().BeTrue();
        extended.AgreementVersionOn("PKS/1", SigningDay.PlusDays(-1)).Should().BeNull();
        extended.Activate(new LocalDate(2028, 6, 15), "Lanjut").CurrentStage.Should().Be(PartnershipStage.Active);
    }

    [Fact]
    public void CheckAmendAgreement_Refusals()
    {
        var active = Active();
        var v1 = active.AgreementVersions("PKS/1")[0];
        var tooLong = v1.Extend(new LocalDate(2028, 5, 1), new LocalDate(2033, 6, 15), [KalapasSigns, CamatSigns]);
        Codes(active.CheckAmendAgreement(tooLong, Signers)).Should().Equal("agreement.term.too-long");
        Codes(Signed().CheckAmendAgreement(v1.Extend(new LocalDate(2026, 6, 16), new LocalDate(2029, 6, 14), [KalapasSigns, CamatSigns]), Signers)).Should().Equal("partnership.stage.order");
        Codes(active.CheckAmendAgreement(Pks("PKS/9").Amend(ActivationDay, [KalapasSigns, CamatSigns]), Signers)).Should().Equal("agreement.unknown");
        var v2 = v1.Amend(new LocalDate(2026, 7, 1), [KalapasSigns, CamatSigns], funding: "APBD");
        var v3 = v2.Amend(new LocalDate(2026, 8, 1), [KalapasSigns, CamatSigns]);
        Codes(active.CheckAmendAgreement(v3, Signers)).Should().Equal("agreement.version.order");
        Codes(active.CheckAmendAgreement(v1.Amend(ActivationDay.PlusDays(-1), [KalapasSigns, CamatSigns]), Signers)).Should().Equal("partnership.date.before-last-event");
        Codes(active.CheckAmendAgreement(v1.Amend(new LocalDate(2026, 7, 1), [KalapasSigns]), Signers)).Should().Equal("agreement.party.unsigned");
    }

    [Fact]
    public void AmendAgreement_DroppingAScope_EndsIt()
    {
        var active = AgreedInPrinciple().SignAgreement(Pks(scopes: [ScopeKind.EnvironmentalCleanliness, ScopeKind.SocialService]), Signers).Activate(ActivationDay, "x");
        var v1 = active.AgreementVersions("PKS/1")[0];
        var amended = active.AmendAgreement(v1.Amend(new LocalDate(2026, 9, 1), [KalapasSigns, CamatSigns], scopes: [ScopeKind.EnvironmentalCleanliness, ScopeKind.Fisheries]), Signers);
        amended.CurrentStage.Should().Be(PartnershipStage.Active, "an amendment keeps the stage");
        amended.ScopeStateOn(ScopeKind.SocialService, new LocalDate(2026, 9, 1)).Should().Be(ScopeState.Ended);
        amended.CoversScopeOn(ScopeKind.SocialService, new LocalDate(2026, 8, 31)).Should().BeTrue();
        amended.CoversScopeOn(ScopeKind.SocialService, new LocalDate(2026, 9, 1)).Should().BeFalse();
        amended.CoversScopeOn(ScopeKind.Fisheries, new LocalDate(2026, 9, 1)).Should().BeTrue();
        amended.ScopesActiveOn(new LocalDate(2026, 9, 1)).Should().Equal(ScopeKind.EnvironmentalCleanliness);
    }

    [Fact]
    public void CoversScopeOn_AgreesWithTheAgreementsInForce()
    {
        // Property: on any date, a scope is covered exactly when it is covered or active and an agreement in force lists it.
        var v1 = Active().AgreementVersions("PKS/1")[0];
        var partnership = Active()
            .AmendAgreement(v1.Amend(new LocalDate(2026, 9, 1), [KalapasSigns, CamatSigns], scopes: [ScopeKind.EnvironmentalCleanliness, ScopeKind.SocialService]), Signers)
            .SetScopeState(ScopeKind.EnvironmentalCleanliness, ScopeState.Suspended, new LocalDate(2027, 1, 1), "x")
            .Terminate(new LocalDate(2027, 6, 1), "y");
        Gen.Int[0, 1200].Sample(offset =>
        {
            var date = MeetingDay.PlusDays(offset);
            return ScopeKind.StandardKinds.All(scope =>
                partnership.CoversScopeOn(scope, date) == (partnership.ScopeStateOn(scope, date) is ScopeState.CoveredByAgreement or ScopeState.Active
                    && partnership.AgreementsInForceOn(date).Any(a => a.Covers(scope))));
        });
    }

    [Fact]
    public void Terminate_EndsEveryAgreementFromThatDate()
    {
        var terminated = Active().Terminate(new LocalDate(2027, 1, 10), "Kesepakatan para pihak");
        terminated.IsInForceOn(new LocalDate(2027, 1, 9)).Should().BeTrue();
        terminated.IsInForceOn(new LocalDate(2027, 1, 10)).Should().BeFalse();
        terminated.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2027, 1, 10)).Should().BeFalse();
        terminated.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2027, 1, 10)).Should().Be(ScopeState.Ended);
    }
}
