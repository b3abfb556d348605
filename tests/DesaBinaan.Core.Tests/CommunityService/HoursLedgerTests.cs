using DesaBinaan.Core.Common;
using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Scopes;
using NodaTime;
using static DesaBinaan.Core.Tests.CommunityService.CommunityServiceFixture;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>The ledger on a date: hours served and remaining, the rules a session breaks (with codes), the status and the failure order (UU 1/2023 Pasal 85).</summary>
public sealed class HoursLedgerTests
{
    private static readonly PlacementNetwork Sites = Network();

    [Fact]
    public void StatementOn_FiveFridaysOf4Hours_Has20HoursServedAnd100Remaining()
    {
        // Pasal 85 ayat (4), (5): hours are counted towards the 120 ordered.
        var ledger = new HoursLedger(Order(), Fridays(5));
        var statement = ledger.StatementOn(new LocalDate(2026, 3, 6), Sites);
        statement.HoursServed.Should().Be(20);
        statement.HoursRemaining.Should().Be(100);
        statement.LastDay.Should().Be(new LocalDate(2026, 5, 2));
        statement.Status.Should().Be(CommunityServiceStatus.InProgress);
        statement.CanFinishInTime.Should().BeTrue();
        statement.Violations.Should().BeEmpty();
    }

    [Fact]
    public void StatementOn_IgnoresSessionsAfterTheDate()
    {
        var ledger = new HoursLedger(Order(), Fridays(5));
        ledger.StatementOn(new LocalDate(2026, 2, 20), Sites).HoursServed.Should().Be(12);
    }

    [Fact]
    public void StatementOn_BeforeThePeriodBegins_IsNotStarted()
    {
        var statement = new HoursLedger(Order()).StatementOn(new LocalDate(2026, 1, 30), Sites);
        statement.Status.Should().Be(CommunityServiceStatus.NotStarted);
        statement.HoursAvailable.Should().Be(90 * 4);
    }

    [Fact]
    public void StatementOn_MoreThan8HoursInADay_IsAViolationAndOnlyTheDailyHoursCount()
    {
        // Pasal 85 ayat (5): at most 8 hours in one day; two sessions of 5 hours the same day add up to 10.
        var order = Order(hoursPerDay: 8);
        var day = new LocalDate(2026, 2, 9);
        var ledger = new HoursLedger(order, [Session(day, 5), Session(day, 5)]);
        var statement = ledger.StatementOn(day, Sites);
        statement.Violations.Should().ContainSingle().Which.Code.Should().Be("community-service.over-8-hours-a-day");
        statement.Violations[0].Recorded.Should().Be("10");
        statement.Violations[0].Citation.ToString().Should().Be("UU 1/2023 Pasal 85 ayat (5)");
        statement.HoursServed.Should().Be(8);
    }

    [Fact]
    public void StatementOn_MoreThanTheJudgmentsHoursPerDay_IsAViolationCitingAyat6()
    {
        // Pasal 85 ayat (6), ayat (9) huruf b: the judgment states the hours per day (here 4); 6 hours is recorded, 4 credited.
        var day = new LocalDate(2026, 2, 9);
        var statement = new HoursLedger(Order(), [Session(day, 6)]).StatementOn(day, Sites);
        statement.Violations.Should().ContainSingle().Which.Kind.Should().Be(SessionViolationKind.OverJudgmentHoursPerDay);
        statement.Violations[0].Code.Should().Be("community-service.over-judgment-hours-a-day");
        statement.Violations[0].Citation.Article.Should().Be("Pasal 85 ayat (6)");
        statement.HoursServed.Should().Be(4);
    }

    [Fact]
    public void StatementOn_CommercialActivity_IsAViolationCitingAyat3AndIsNotCredited()
    {
        // Pasal 85 ayat (3): community service must never be commercialised.
        var day = new LocalDate(2026, 2, 9);
        var statement = new HoursLedger(Order(), [Session(day, 4, commercial: true)]).StatementOn(day, Sites);
        statement.Violations.Should().ContainSingle().Which.Code.Should().Be("community-service.commercial-activity");
        statement.Violations[0].Citation.Article.Should().Be("Pasal 85 ayat (3)");
        statement.HoursServed.Should().Be(0);
    }

    [Fact]
    public void StatementOn_SiteWithoutAPlacementAgreement_IsAViolationAndNotCreditedByDefault()
    {
        // The market is hosted by the city, which has no placement agreement with the Bapas.
        var day = new LocalDate(2026, 2, 9);
        var ledger = new HoursLedger(Order(), [Session(day, 4, UnagreedSite.Id)]);
        var statement = ledger.StatementOn(day, Sites);
        statement.Violations.Should().ContainSingle().Which.Code.Should().Be("community-service.site-without-agreement");
        statement.HoursServed.Should().Be(0);

        var lenient = new CommunityServiceSettings("credit-unagreed", ProRataRounding.Down, new Fraction(3, 4), creditSessionsWithoutAgreement: true);
        var credited = ledger.StatementOn(day, Sites, lenient);
        credited.HoursServed.Should().Be(4);
        credited.Violations.Should().ContainSingle().Which.Kind.Should().Be(SessionViolationKind.SiteWithoutAgreement);
    }

    [Fact]
    public void StatementOn_SessionAfterTheAgreementExpired_IsAViolation()
    {
        // The same site, but the PKS ended on 2026-02-28.
        var network = Network(Placement(new DateInterval(SigningDay, new LocalDate(2026, 2, 28))));
        var ledger = new HoursLedger(Order(), [Session(new LocalDate(2026, 2, 27)), Session(new LocalDate(2026, 3, 6))]);
        var statement = ledger.StatementOn(new LocalDate(2026, 3, 6), network);
        statement.Violations.Should().ContainSingle().Which.Session.Date.Should().Be(new LocalDate(2026, 3, 6));
        statement.Violations[0].Code.Should().Be("community-service.site-without-agreement");
        statement.HoursServed.Should().Be(4);
    }

    [Fact]
    public void StatementOn_AgreementNotCoveringPlacement_IsAViolation()
    {
        var network = Network(Placement(scopes: [ScopeKind.EnvironmentalCleanliness]));
        var day = new LocalDate(2026, 2, 9);
        new HoursLedger(Order(), [Session(day)]).StatementOn(day, network).Violations.Should().ContainSingle().Which.Kind.Should().Be(SessionViolationKind.SiteWithoutAgreement);
    }

    [Fact]
    public void StatementOn_UnknownSiteAndSessionBeforeThePeriod_AreViolations()
    {
        // Pasal 85 ayat (9) huruf b: hours count within the completion period only.
        var ledger = new HoursLedger(Order(), [Session(new LocalDate(2026, 1, 30)), Session(new LocalDate(2026, 2, 9), site: "nowhere")]);
        var statement = ledger.StatementOn(new LocalDate(2026, 2, 9), Sites);
        statement.Violations.Select(v => v.Code).Should().Equal("community-service.outside-completion-period", "community-service.unknown-site");
        statement.HoursServed.Should().Be(0);
    }

    [Fact]
    public void StatementOn_WeeklySessionsThatCannotReach120Hours_IsAtRisk()
    {
        // 11 Fridays of 4 hours = 44 hours by 2026-04-17; 76 remain, and 15 days × 4 hours = 60 are left before 2026-05-02.
        var statement = new HoursLedger(Order(), Fridays(11)).StatementOn(new LocalDate(2026, 4, 17), Sites);
        statement.HoursRemaining.Should().Be(76);
        statement.HoursAvailable.Should().Be(60);
        statement.CanFinishInTime.Should().BeFalse();
        statement.Status.Should().Be(CommunityServiceStatus.AtRisk);
    }

    [Fact]
    public void StatementOn_NeedingMoreThanTheAtRiskShare_IsAtRiskThoughStillPossible()
    {
        // On 2026-04-03 (9 Fridays, 36 h): 84 remain, 29 days × 4 = 116 available; 84 > 3/4 × 116 = 87? No: in progress.
        // On 2026-04-10 (10 Fridays, 40 h): 80 remain, 22 × 4 = 88 available; 80 > 66: at risk, still possible.
        var ledger = new HoursLedger(Order(), Fridays(10));
        ledger.StatementOn(new LocalDate(2026, 4, 3), Sites).Status.Should().Be(CommunityServiceStatus.InProgress);
        var statement = ledger.StatementOn(new LocalDate(2026, 4, 10), Sites);
        statement.Status.Should().Be(CommunityServiceStatus.AtRisk);
        statement.CanFinishInTime.Should().BeTrue();
    }

    [Fact]
    public void StatementOn_AllHoursServed_IsCompleted()
    {
        // 30 consecutive days of 4 hours from 2026-02-02: 120 hours by 2026-03-03.
        var sessions = Enumerable.Range(0, 30).Select(d => Session(new LocalDate(2026, 2, 2).PlusDays(d)));
        var statement = new HoursLedger(Order(), sessions).StatementOn(new LocalDate(2026, 3, 3), Sites);
        statement.Status.Should().Be(CommunityServiceStatus.Completed);
        statement.HoursRemaining.Should().Be(0);
        statement.CanFinishInTime.Should().BeTrue();
        statement.Failure.Should().BeNull();
    }

    [Theory]
    [InlineData(ProRataRounding.Down, 52)]
    [InlineData(ProRataRounding.Up, 53)]
    public void StatementOn_AfterTheLastDayWithHoursUnserved_FailsAndTheReplacedTermIsProRata(ProRataRounding rounding, int days)
    {
        // Pasal 85 ayat (7) huruf b: serve part of the replaced 3 months (90 days) for the 70 of 120 hours not served:
        // 90 × 70 / 120 = 52.5 days, rounded by the named rule (the law does not say how a part is measured).
        var ledger = new HoursLedger(Order(), Fridays(12).Append(Session(new LocalDate(2026, 4, 28), 2)));
        var settings = CommunityServiceSettings.Default.WithRounding("test-" + rounding, rounding);
        var statement = ledger.StatementOn(new LocalDate(2026, 5, 3), Sites, settings);
        statement.HoursServed.Should().Be(50);
        statement.Status.Should().Be(CommunityServiceStatus.Failed);
        statement.CanFinishInTime.Should().BeFalse();
        statement.Failure!.HoursNotServed.Should().Be(70);
        statement.Failure.PrisonDays.Should().Be(days);
        statement.Failure.Describe(Language.English).Should().Contain(days + " days").And.Contain("test-" + rounding).And.Contain("does not say how a part is measured").And.Contain("Pasal 85 ayat (7)");
        statement.Failure.Describe(Language.Indonesian).Should().Contain(days + " hari").And.Contain("tanpa mengatur cara mengukur sebagian").And.Contain("Pasal 85 ayat (7)");
    }

    [Theory]
    [InlineData(ProRataRounding.Down, 2_916_666L)]
    [InlineData(ProRataRounding.Up, 2_916_667L)]
    public void Failure_ReplacedFineProRata_IsThePartForTheHoursNotServed(ProRataRounding rounding, long rupiah)
    {
        // Pasal 85 ayat (7) huruf c: pay part of the replaced fine of Rp5,000,000: 5,000,000 × 70 / 120.
        var order = Order(replaced: ReplacedPenalty.Fine(5_000_000), failure: new FailureOrder(FailureOrderKind.PayReplacedFine, FailureExtent.ProRata));
        var ledger = new HoursLedger(order, Fridays(12).Append(Session(new LocalDate(2026, 4, 28), 2)));
        var failure = ledger.StatementOn(new LocalDate(2026, 5, 3), Sites, CommunityServiceSettings.Default.WithRounding("r", rounding)).Failure!;
        failure.FineRupiah.Should().Be(rupiah);
        failure.Describe(Language.Indonesian).Should().Contain("Rp2.916.66");
        failure.Describe(Language.English).Should().Contain("IDR 2,916,66");
    }

    [Theory]
    [InlineData(FailureExtent.Whole, 120)]
    [InlineData(FailureExtent.ProRata, 70)]
    public void Failure_RepeatHours_IsAllOrTheHoursNotServed(FailureExtent extent, int hours)
    {
        // Pasal 85 ayat (7) huruf a: repeat all or part of the community service.
        var order = Order(failure: new FailureOrder(FailureOrderKind.RepeatHours, extent));
        var ledger = new HoursLedger(order, Fridays(12).Append(Session(new LocalDate(2026, 4, 28), 2)));
        ledger.StatementOn(new LocalDate(2026, 5, 3), Sites).Failure!.HoursToRepeat.Should().Be(hours);
    }

    [Fact]
    public void Failure_WholeReplacedTerm_IsTheFull90Days()
    {
        // Pasal 85 ayat (7) huruf b: serve all of the replaced prison term, whatever was served.
        var order = Order(failure: new FailureOrder(FailureOrderKind.ServeReplacedPrisonTerm, FailureExtent.Whole));
        new HoursLedger(order, Fridays(12)).StatementOn(new LocalDate(2026, 5, 3), Sites).Failure!.PrisonDays.Should().Be(90);
    }

    [Fact]
    public void Render_EachLanguageSaysTheFactsWithTheArticle()
    {
        var day = new LocalDate(2026, 2, 9);
        var statement = new HoursLedger(Order(), [Session(day, 6)]).StatementOn(day, Sites);
        var english = statement.Render(Language.English);
        var indonesian = statement.Render(Language.Indonesian);
        english.Should().Contain("4 of 120 hours served").And.Contain("community-service.over-judgment-hours-a-day").And.Contain("recorded: 6 hours").And.Contain("Pasal 85 ayat (6)");
        indonesian.Should().Contain("4 dari 120 jam").And.Contain("community-service.over-judgment-hours-a-day").And.Contain("tercatat: 6 jam").And.Contain("Pasal 85 ayat (6)");
        english.Should().NotContain(" jam").And.NotContain("tercatat");
        indonesian.Should().NotContain(" hours").And.NotContain("recorded");
    }

    [Fact]
    public void Record_KeepsSessionsInDateOrder()
    {
        var ledger = new HoursLedger(Order()).Record(Session(new LocalDate(2026, 2, 13))).Record(Session(new LocalDate(2026, 2, 6)));
        ledger.Sessions.Select(s => s.Date).Should().Equal(new LocalDate(2026, 2, 6), new LocalDate(2026, 2, 13));
        ledger.Should().Be(new HoursLedger(Order(), Fridays(2)));
    }

    [Fact]
    public void Session_BadInput_IsRefusedNamingTheParameter()
    {
        var hours = () => new ServiceSession(new LocalDate(2026, 2, 6), 0, CleanUp.Id, Counsellor, "kerja bakti");
        var officer = () => new ServiceSession(new LocalDate(2026, 2, 6), 4, CleanUp.Id, default, "kerja bakti");
        hours.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours");
        officer.Should().Throw<ArgumentException>().WithParameterName("officer");
    }
}
