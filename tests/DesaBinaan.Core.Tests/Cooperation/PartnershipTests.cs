using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;
using static DesaBinaan.Core.Tests.Cooperation.CooperationFixture;

namespace DesaBinaan.Core.Tests.Cooperation;

public sealed partial class PartnershipTests
{
    private static IEnumerable<string> Codes(IEnumerable<PartnershipViolation> violations) => violations.Select(v => v.Code);

    // DOMAIN.md §1: the Lapas and the kelurahan explore a Desa Binaan partnership; the city signs for the kelurahan.
    [Fact]
    public void Explore_StartsAtExploration()
    {
        var partnership = Explored();
        partnership.CurrentStage.Should().Be(PartnershipStage.Exploration);
        partnership.StageOn(MeetingDay).Should().Be(PartnershipStage.Exploration);
        partnership.StageOn(MeetingDay.PlusDays(-1)).Should().BeNull();
        partnership.Programme.Should().Be(ProgrammeKind.DesaBinaan);
        partnership.Sides.Should().Equal(LapasId, KelurahanId, PemkotId);
        partnership.AgreementParties.Should().Equal(LapasId, KelurahanId, PemkotId, KanwilId);
        partnership.ToString().Should().Be("lapas-pekalongan/panjang-wetan desa-binaan Exploration");
    }

    [Fact]
    public void Explore_BadSides_Throw()
    {
        var notUpt = () => Partnership.Explore("p", ProgrammeKind.DesaBinaan, Pemkot, Kelurahan, "x", MeetingDay);
        notUpt.Should().Throw<ArgumentException>().WithParameterName("correctionalSide").WithMessage("*correctional technical unit*");
        var notVillage = () => Partnership.Explore("p", ProgrammeKind.DesaBinaan, Lapas, Pemkot, "x", MeetingDay);
        notVillage.Should().Throw<ArgumentException>().WithParameterName("communitySide").WithMessage("*kelurahan or a desa*");
        var wrongCity = () => Partnership.Explore("p", ProgrammeKind.DesaBinaan, Lapas, Kelurahan, "x", MeetingDay, Places.Get(PemkabId));
        wrongCity.Should().Throw<ArgumentException>().WithParameterName("signingGovernment").WithMessage("*city or regency of the village*");
        var notGovernment = () => Partnership.Explore("p", ProgrammeKind.DesaBinaan, Lapas, Kelurahan, "x", MeetingDay, Places.Get(KecamatanId));
        notGovernment.Should().Throw<ArgumentException>().WithParameterName("signingGovernment");
        var blank = () => Partnership.Explore(" ", ProgrammeKind.DesaBinaan, Lapas, Kelurahan, "x", MeetingDay);
        blank.Should().Throw<ArgumentException>().WithParameterName("id");
        var noPurpose = () => Partnership.Explore("p", ProgrammeKind.DesaBinaan, Lapas, Kelurahan, null!, MeetingDay);
        noPurpose.Should().Throw<ArgumentNullException>().WithParameterName("purpose");
    }

    // DOMAIN.md §1/§6: the 29 April 2026 meeting agreed environmental cleanliness first and deferred other forms.
    [Fact]
    public void RecordMeeting_FirstMeeting_MovesToCoordinationAndAgreesTheScope()
    {
        var partnership = Coordinated();
        partnership.StageOn(MeetingDay).Should().Be(PartnershipStage.Coordination);
        partnership.Stages.Select(s => s.Stage).Should().Equal(PartnershipStage.Exploration, PartnershipStage.Coordination);
        partnership.Stages[1].Basis.Should().Be("m1");
        partnership.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, MeetingDay).Should().Be(ScopeState.AgreedInPrinciple);
        partnership.Scopes[0].ChangeOn(MeetingDay)!.Basis.Should().Be(ScopeStateBasis.Meeting("m1"));
        partnership.ScopeStateOn(ScopeKind.Fisheries, MeetingDay).Should().Be(ScopeState.Proposed, "a deferred topic about a scope proposes it");
        partnership.ScopeStateOn(ScopeKind.SocialService, MeetingDay).Should().BeNull();
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, MeetingDay).Should().BeFalse("no agreement is signed yet");
        partnership.Meetings[0].Chair.Person.Should().Be(KasiBinadik);
    }

    [Fact]
    public void RecordMeeting_LaterMeeting_KeepsTheStage()
    {
        var partnership = Coordinated().RecordMeeting(FollowUp(new LocalDate(2026, 5, 20), MeetingOutcome.None));
        partnership.CurrentStage.Should().Be(PartnershipStage.Coordination);
        partnership.Meetings.Should().HaveCount(2);
    }

    [Fact]
    public void CheckRecordMeeting_DateBeforeLastEvent_IsRefused()
    {
        var partnership = Coordinated();
        var early = FollowUp(MeetingDay.PlusDays(-1), MeetingOutcome.None);
        Codes(partnership.CheckRecordMeeting(early)).Should().Equal("partnership.date.before-last-event");
        var act = () => partnership.RecordMeeting(early);
        act.Should().Throw<PartnershipRuleException>().Which.Violations.Single().Rule.Should().Be(CooperationRule.DateBeforeLastEvent);
    }

    [Fact]
    public void CheckRecordMeeting_RepeatedIdsAndUnknownItems_AreRefused()
    {
        var partnership = Coordinated();
        Codes(partnership.CheckRecordMeeting(FirstMeeting())).Should().Contain(["meeting.id.duplicate", "meeting.item.duplicate"]);
        var unknown = FollowUp(MeetingDay, new MeetingOutcome(topicsSettled: ["t-none"], actionItemsCompleted: ["a-none"]));
        Codes(partnership.CheckRecordMeeting(unknown)).Should().Equal("meeting.item.unknown", "meeting.item.unknown");
    }

    // DOMAIN.md §6: a coordination meeting's open points are deferred topics and action items with due dates.
    [Fact]
    public void OpenItemsOn_ListsDeferredTopicsAndActionItems()
    {
        var partnership = Coordinated();
        var open = partnership.OpenItemsOn(MeetingDay);
        open.UnsettledTopics.Select(t => t.Id).Should().Equal("t-other", "t-fish");
        open.PendingActionItems.Select(a => a.Id).Should().Equal("a-draft");
        open.OverdueActionItems.Should().BeEmpty();
        open.IsEmpty.Should().BeFalse();

        var later = partnership.OpenItemsOn(new LocalDate(2026, 5, 16));
        later.OverdueActionItems.Select(a => a.Id).Should().Equal("a-draft");
        later.PendingActionItems.Should().BeEmpty();
        partnership.OpenItemsOn(new LocalDate(2026, 5, 15)).OverdueActionItems.Should().BeEmpty("the due date itself is not overdue");
        partnership.OpenItemsOn(MeetingDay.PlusDays(-1)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void OpenItemsOn_LaterMeetingSettlesTopicsAndCompletesItems()
    {
        var date = new LocalDate(2026, 5, 20);
        var partnership = Coordinated().RecordMeeting(FollowUp(date, new MeetingOutcome(scopesAgreed: [ScopeKind.Fisheries], topicsSettled: ["t-other"], actionItemsCompleted: ["a-draft"])));
        partnership.OpenItemsOn(date.PlusDays(-1)).UnsettledTopics.Should().HaveCount(2, "the settling meeting had not happened yet");
        partnership.OpenItemsOn(date.PlusDays(-1)).OverdueActionItems.Should().ContainSingle();
        var open = partnership.OpenItemsOn(date);
        open.IsEmpty.Should().BeTrue("t-other was settled, t-fish's scope was agreed, a-draft was done");
        partnership.ScopeStateOn(ScopeKind.Fisheries, date).Should().Be(ScopeState.AgreedInPrinciple);
    }

    [Fact]
    public void OpenItemsOn_AgreementCoveringTheTopicsScope_SettlesIt()
    {
        var partnership = AgreedInPrinciple().SignAgreement(Pks(scopes: [ScopeKind.EnvironmentalCleanliness, ScopeKind.Fisheries]), Signers);
        partnership.OpenItemsOn(SigningDay).UnsettledTopics.Select(t => t.Id).Should().Equal("t-other");
    }

    [Fact]
    public void AgreeInPrinciple_AfterCoordination_MovesTheStage()
    {
        var partnership = AgreedInPrinciple();
        partnership.CurrentStage.Should().Be(PartnershipStage.AgreedInPrinciple);
        partnership.Stages[^1].Basis.Should().Be("m1");
    }

    [Fact]
    public void CheckAgreeInPrinciple_Refusals()
    {
        Codes(Explored().CheckAgreeInPrinciple(MeetingDay, "m1")).Should().Equal("partnership.stage.order", "meeting.unknown", "partnership.scope.none-agreed");
        var noScope = Explored().RecordMeeting(FirstMeeting(MeetingOutcome.None));
        Codes(noScope.CheckAgreeInPrinciple(MeetingDay, "m1")).Should().Equal("partnership.scope.none-agreed");
        Codes(Coordinated().CheckAgreeInPrinciple(MeetingDay, "m9")).Should().Equal("meeting.unknown");
        Codes(AgreedInPrinciple().CheckAgreeInPrinciple(MeetingDay, "m1")).Should().Equal("partnership.stage.order");
    }

    // DOMAIN.md §6: implementation follows signing; monitoring and evaluation; then extension or end.
    [Fact]
    public void LifeCycle_AllowedSteps_FollowTheStages()
    {
        var active = Active();
        active.StageOn(SigningDay).Should().Be(PartnershipStage.AgreementSigned);
        active.StageOn(ActivationDay).Should().Be(PartnershipStage.Active);
        active.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, ActivationDay).Should().Be(ScopeState.Active);
        var evaluated = active.BeginEvaluation(new LocalDate(2026, 12, 15), "Laporan monev");
        evaluated.CurrentStage.Should().Be(PartnershipStage.UnderEvaluation);
        var resumed = evaluated.Activate(new LocalDate(2026, 12, 20), "Hasil monev");
        resumed.CurrentStage.Should().Be(PartnershipStage.Active);
        var ended = resumed.End(new LocalDate(2028, 6, 14), "Jangka waktu berakhir");
        ended.CurrentStage.Should().Be(PartnershipStage.Ended);
        ended.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2028, 6, 14)).Should().Be(ScopeState.Ended);
        ended.StageOn(new LocalDate(2027, 1, 1)).Should().Be(PartnershipStage.Active, "earlier stages stay readable");
        Active().Terminate(new LocalDate(2027, 1, 10), "Kesepakatan para pihak").CurrentStage.Should().Be(PartnershipStage.Terminated);
        Signed().Terminate(new LocalDate(2026, 6, 16), "Dibatalkan").CurrentStage.Should().Be(PartnershipStage.Terminated);
        Coordinated().Abandon(new LocalDate(2026, 5, 30), "Tidak dilanjutkan").CurrentStage.Should().Be(PartnershipStage.Abandoned);
        Explored().Abandon(MeetingDay, "Tidak dilanjutkan").ScopeStateOn(ScopeKind.EnvironmentalCleanliness, MeetingDay).Should().BeNull();
        AgreedInPrinciple().Abandon(new LocalDate(2026, 5, 30), "x").ScopeStateOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2026, 5, 30)).Should().Be(ScopeState.Ended);
    }

    public static TheoryData<PartnershipStage, PartnershipStage, bool> StagePairs()
    {
        var allowed = new HashSet<(PartnershipStage, PartnershipStage)>
        {
            (PartnershipStage.Exploration, PartnershipStage.Coordination),
            (PartnershipStage.Exploration, PartnershipStage.Abandoned),
            (PartnershipStage.Coordination, PartnershipStage.AgreedInPrinciple),
            (PartnershipStage.Coordination, PartnershipStage.AgreementSigned),
            (PartnershipStage.Coordination, PartnershipStage.Abandoned),
            (PartnershipStage.AgreedInPrinciple, PartnershipStage.AgreementSigned),
            (PartnershipStage.AgreedInPrinciple, PartnershipStage.Abandoned),
            (PartnershipStage.AgreementSigned, PartnershipStage.Active),
            (PartnershipStage.AgreementSigned, PartnershipStage.Terminated),
            (PartnershipStage.Active, PartnershipStage.UnderEvaluation),
            (PartnershipStage.Active, PartnershipStage.Extended),
            (PartnershipStage.Active, PartnershipStage.Ended),
            (PartnershipStage.Active, PartnershipStage.Terminated),
            (PartnershipStage.UnderEvaluation, PartnershipStage.Active),
            (PartnershipStage.UnderEvaluation, PartnershipStage.Extended),
            (PartnershipStage.UnderEvaluation, PartnershipStage.Ended),
            (PartnershipStage.UnderEvaluation, PartnershipStage.Terminated),
            (PartnershipStage.Extended, PartnershipStage.Active),
            (PartnershipStage.Extended, PartnershipStage.UnderEvaluation),
            (PartnershipStage.Extended, PartnershipStage.Ended),
            (PartnershipStage.Extended, PartnershipStage.Terminated),
        };
        var data = new TheoryData<PartnershipStage, PartnershipStage, bool>();
        foreach (var from in Enum.GetValues<PartnershipStage>())
        {
            foreach (var to in Enum.GetValues<PartnershipStage>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    // DOMAIN.md §6: every pair of stages, allowed or refused (an exploration may stop without an agreement).
    [Theory]
    [MemberData(nameof(StagePairs))]
    public void PartnershipStages_IsAllowed_EveryPair(PartnershipStage from, PartnershipStage to, bool allowed)
    {
        PartnershipStages.IsAllowed(from, to).Should().Be(allowed);
        if (from.IsFinal())
        {
            allowed.Should().BeFalse("ended, terminated and abandoned are final");
        }
    }

    [Fact]
    public void CheckMoveTo_RefusedSteps()
    {
        Codes(Coordinated().CheckMoveTo(PartnershipStage.Active, ActivationDay)).Should().Equal("partnership.stage.order", "partnership.agreement.none-in-force");
        Codes(Explored().CheckMoveTo(PartnershipStage.Ended, MeetingDay)).Should().Equal("partnership.stage.order");
        Codes(Active().CheckMoveTo(PartnershipStage.Abandoned, ActivationDay)).Should().Equal("partnership.stage.order");
        Codes(Signed().CheckMoveTo(PartnershipStage.UnderEvaluation, ActivationDay)).Should().Equal("partnership.stage.order");
        Codes(Signed().CheckMoveTo(PartnershipStage.Active, new LocalDate(2029, 1, 1))).Should().Equal("partnership.agreement.none-in-force");
        Codes(Active().CheckMoveTo(PartnershipStage.UnderEvaluation, SigningDay)).Should().Equal("partnership.date.before-last-event");
        var ended = Active().End(new LocalDate(2028, 6, 14), "x");
        Codes(ended.CheckMoveTo(PartnershipStage.Active, new LocalDate(2028, 6, 20))).Should().Equal("partnership.stage.closed");
        Codes(ended.CheckRecordMeeting(FollowUp(new LocalDate(2028, 7, 1), MeetingOutcome.None))).Should().Equal("partnership.stage.closed");
        Codes(ended.CheckSignAgreement(Pks("PKS/2", new LocalDate(2028, 7, 1)), Signers)).Should().Contain("partnership.stage.closed");
        Codes(ended.CheckAddActivityPlan(CleanUp(id: "plan-2"))).Should().Contain("partnership.stage.closed");
        var act = () => ended.Activate(new LocalDate(2028, 6, 20), "x");
        act.Should().Throw<PartnershipRuleException>().WithMessage("*partnership.stage.closed*");
    }

    [Theory]
    [InlineData(PartnershipStage.Exploration)]
    [InlineData(PartnershipStage.Coordination)]
    [InlineData(PartnershipStage.AgreedInPrinciple)]
    [InlineData(PartnershipStage.AgreementSigned)]
    [InlineData(PartnershipStage.Extended)]
    public void MoveTo_StageWithItsOwnStep_Throws(PartnershipStage stage)
    {
        var act = () => Coordinated().MoveTo(stage, MeetingDay, "x");
        act.Should().Throw<ArgumentException>().WithParameterName(nameof(stage)).WithMessage("*own step*");
    }

    // DOMAIN.md §7: a scope can be suspended and resumed; a suspended scope is not covered for activities.
    [Fact]
    public void SetScopeState_SuspendAndResume()
    {
        var scope = ScopeKind.EnvironmentalCleanliness;
        var suspended = Active().SetScopeState(scope, ScopeState.Suspended, new LocalDate(2026, 8, 1), "Surat penangguhan");
        suspended.CoversScopeOn(scope, new LocalDate(2026, 7, 31)).Should().BeTrue();
        suspended.CoversScopeOn(scope, new LocalDate(2026, 8, 1)).Should().BeFalse();
        suspended.ScopesActiveOn(new LocalDate(2026, 8, 1)).Should().BeEmpty();
        var resumed = suspended.SetScopeState(scope, ScopeState.Active, new LocalDate(2026, 9, 1), "Surat pelaksanaan kembali");
        resumed.CoversScopeOn(scope, new LocalDate(2026, 9, 1)).Should().BeTrue();
        resumed.ScopesActiveOn(new LocalDate(2026, 9, 1)).Should().Equal(scope);
        resumed.Scopes.Single(h => h.Scope.Equals(scope)).Changes.Select(c => c.State).Should().Equal(
            ScopeState.AgreedInPrinciple, ScopeState.CoveredByAgreement, ScopeState.Active, ScopeState.Suspended, ScopeState.Active);
        var ended = resumed.SetScopeState(scope, ScopeState.Ended, new LocalDate(2026, 10, 1), "x");
        ended.CoversScopeOn(scope, new LocalDate(2026, 10, 1)).Should().BeFalse();
    }

    [Fact]
    public void CheckSetScopeState_Refusals()
    {
        Codes(Coordinated().CheckSetScopeState(ScopeKind.EnvironmentalCleanliness, ScopeState.Suspended, MeetingDay)).Should().Equal("scope.transition.not-allowed");
        Codes(Active().CheckSetScopeState(ScopeKind.EnvironmentalCleanliness, ScopeState.Active, ActivationDay)).Should().Equal("scope.transition.not-allowed");
        Codes(Coordinated().CheckSetScopeState(ScopeKind.SocialService, ScopeState.Ended, MeetingDay)).Should().Equal("scope.transition.not-allowed");
        var act = () => Coordinated().CheckSetScopeState(ScopeKind.Fisheries, ScopeState.Proposed, MeetingDay);
        act.Should().Throw<ArgumentException>().WithParameterName("state");
    }

    // DOMAIN.md §7: an activity plan under a covered scope, in the partner village.
    [Fact]
    public void AddActivityPlan_CoveredScopeInTheVillage_IsAdded()
    {
        var partnership = Active().AddActivityPlan(CleanUp());
        partnership.ActivityPlans.Should().ContainSingle();
        partnership.ActivitiesOn(new LocalDate(2026, 6, 26)).Should().ContainSingle();
        partnership.ActivitiesOn(new LocalDate(2026, 6, 27)).Should().BeEmpty("not a Friday");
        Signed().CheckAddActivityPlan(CleanUp()).Should().BeEmpty("a covered scope may be planned before activation");
    }

    [Fact]
    public void CheckAddActivityPlan_Refusals()
    {
        var active = Active().AddActivityPlan(CleanUp());
        Codes(active.CheckAddActivityPlan(CleanUp())).Should().Equal("activity.plan.duplicate");
        Codes(active.CheckAddActivityPlan(CleanUp(village: RegionCode.Parse("33.75.03.1002"), id: "p2"))).Should().Equal("activity.place.outside-partner-village");
        Codes(active.CheckAddActivityPlan(CleanUp(scope: ScopeKind.Fisheries, id: "p3"))).Should().Equal("activity.scope.not-covered");
        Codes(Coordinated().CheckAddActivityPlan(CleanUp())).Should().Equal("activity.scope.not-covered");
        Codes(active.CheckAddActivityPlan(CleanUp(start: new LocalDate(2026, 6, 1), id: "p4"))).Should().Equal("activity.scope.not-covered");
    }

    [Fact]
    public void PartnershipRuleException_CarriesViolations_WithoutNames()
    {
        var act = () => AgreedInPrinciple().SignAgreement(Pks(signedOn: new LocalDate(2026, 6, 10), signatories: [new Signatory(LapasId, PlhKalapasAppointment), CamatSigns]), Signers);
        var exception = act.Should().Throw<PartnershipRuleException>().Which;
        exception.Violations.Select(v => v.Rule).Should().Equal(CooperationRule.SignatoryNotAuthorised);
        exception.Message.Should().Contain("agreement.signatory.not-authorised").And.Contain("p-kasi").And.NotContain("Budi");
        new PartnershipRuleException().Violations.Should().BeEmpty();
        new PartnershipRuleException("m").Message.Should().Be("m");
        new PartnershipRuleException("m", new InvalidOperationException()).InnerException.Should().NotBeNull();
        var nullList = () => new PartnershipRuleException((IEnumerable<PartnershipViolation>)null!);
        nullList.Should().Throw<ArgumentNullException>().WithParameterName("violations");
    }

    [Fact]
    public void Equality_SameStepsGiveEqualPartnerships()
    {
        EqualityAssert.Values(Active(), Active(), Signed(), Active().BeginEvaluation(new LocalDate(2026, 12, 1), "x"));
        Active().Should().NotBeSameAs(Active());
        var stage = new StageEvent(PartnershipStage.Coordination, MeetingDay, "m1");
        EqualityAssert.Values(stage, new StageEvent(PartnershipStage.Coordination, MeetingDay, "m1"), new StageEvent(PartnershipStage.Active, MeetingDay, "m1"), new StageEvent(PartnershipStage.Coordination, MeetingDay, "m2"));
        var blank = () => new StageEvent(PartnershipStage.Coordination, MeetingDay, " ");
        blank.Should().Throw<ArgumentException>().WithParameterName("basis");
    }

    [Fact]
    public void ProgrammeKind_IsData()
    {
        var kampung = ProgrammeKind.Other("kampung-tangguh", new LocalizedText("Kampung Tangguh", "Resilient village"));
        kampung.Code.Should().Be("other.kampung-tangguh");
        ProgrammeKind.PokmasLipas.Label.English.Should().Be("Pokmas Lipas partnership");
        EqualityAssert.Values(ProgrammeKind.DesaBinaan, ProgrammeKind.DesaBinaan, ProgrammeKind.PokmasLipas, kampung);
        var bad = () => ProgrammeKind.Other("Kampung", new LocalizedText("x", "x"));
        bad.Should().Throw<ArgumentException>().WithParameterName("slug");
        var partnership = Partnership.Explore("p", kampung, Lapas, Desa, "x", MeetingDay);
        partnership.Programme.Label.Indonesian.Should().Be("Kampung Tangguh");
    }
}
