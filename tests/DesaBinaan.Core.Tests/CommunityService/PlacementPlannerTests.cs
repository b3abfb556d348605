using DesaBinaan.Core.Common;
using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.CommunityService.CommunityServiceFixture;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>Placement planning over a site's weekly schedule: who serves when, each within the period at the daily hours, the orders that cannot finish flagged.</summary>
public sealed class PlacementPlannerTests
{
    /// <summary>Every Friday 07:00–11:00 WIB (4 hours) at the clean-up, at most <paramref name="quota"/> people.</summary>
    private static ActivityPlan Fridays(int quota, LocalDate? until = null) => new(
        "kerja-bakti-jumat",
        "Jumat Bersih Panjang Wetan",
        ScopeKind.CommunityServicePlacement,
        CleanUp.Place,
        WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 2, 1), until ?? new LocalDate(2026, 12, 31)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(11, 0), "Asia/Jakarta"),
        new ParticipantQuota(quota),
        new EscortRatio(1, 10),
        "community-service");

    [Fact]
    public void Plan_OrdersThatFitTheFridays_FinishAndOneThatDoesNotIsFlagged()
    {
        // 16 hours in 4 Fridays fits; 120 hours at 4 hours a Friday needs 30 Fridays, but 3 months hold 13.
        var small = new HoursLedger(Order(hours: 16, id: "o-small"));
        var large = new HoursLedger(Order(hours: 120, id: "o-large"));
        var network = Network();
        var plan = PlacementPlanner.Plan(Fridays(quota: 5), CleanUp, [small, large], new LocalDate(2026, 2, 2), network);
        plan.HoursPlannedFor("o-small").Should().Be(16);
        plan.Placements.Where(p => p.OrderId == "o-small").Select(p => p.Date).Should().Equal(new LocalDate(2026, 2, 6), new LocalDate(2026, 2, 13), new LocalDate(2026, 2, 20), new LocalDate(2026, 2, 27));
        plan.HoursPlannedFor("o-large").Should().Be(13 * 4);
        plan.Unfinishable.Should().ContainSingle().Which.Should().Be(new UnfinishableOrder("o-large", 120 - 52, new LocalDate(2026, 5, 2)));
        plan.Placements.Should().OnlyContain(p => p.Hours <= 4 && p.Date.DayOfWeek == IsoDayOfWeek.Friday);
        plan.Render(Language.English).Should().Contain("o-large cannot finish by 2026-05-02: 68 hours short");
        plan.Render(Language.Indonesian).Should().Contain("o-large tidak dapat selesai sampai 2026-05-02: kurang 68 jam");
    }

    [Fact]
    public void Plan_QuotaOfOne_PlacesTheEarliestDeadlineFirst()
    {
        // Two 8-hour orders with 4 hours a day: the one ending first is placed first.
        var late = new HoursLedger(Order(hours: 8, period: SentenceTerm.FromMonths(2), id: "o-late"));
        var early = new HoursLedger(Order(hours: 8, period: SentenceTerm.FromMonths(1), id: "o-early"));
        var plan = PlacementPlanner.Plan(Fridays(quota: 1), CleanUp, [late, early], new LocalDate(2026, 2, 2), Network());
        plan.Placements.Select(p => p.OrderId).Should().Equal("o-early", "o-early", "o-late", "o-late");
        plan.Unfinishable.Should().BeEmpty();
    }

    [Fact]
    public void Plan_SkipsFridaysWithoutAPlacementAgreement()
    {
        // The PKS ends on 2026-02-28: Fridays in March are skipped and the order cannot finish.
        var network = Network(Placement(new DateInterval(SigningDay, new LocalDate(2026, 2, 28))));
        var plan = PlacementPlanner.Plan(Fridays(quota: 5), CleanUp, [new HoursLedger(Order(hours: 24, period: SentenceTerm.FromMonths(2), id: "o-1"))], new LocalDate(2026, 2, 2), network);
        plan.HoursPlannedFor("o-1").Should().Be(16);
        plan.DatesWithoutAgreement.Should().Contain(new LocalDate(2026, 3, 6));
        plan.Unfinishable.Should().ContainSingle().Which.HoursShort.Should().Be(8);
    }

    [Fact]
    public void Plan_CountsWhatWasAlreadyServed()
    {
        var ledger = new HoursLedger(Order(hours: 16, id: "o-1"), [Session(new LocalDate(2026, 2, 3)), Session(new LocalDate(2026, 2, 4))]);
        var plan = PlacementPlanner.Plan(Fridays(quota: 5), CleanUp, [ledger], new LocalDate(2026, 2, 5), Network());
        plan.HoursPlannedFor("o-1").Should().Be(8);
    }

    [Fact]
    public void Plan_SiteNotInTheNetworkOrRepeatedOrder_IsRefused()
    {
        var other = new PlacementSite("elsewhere", "Tempat lain", KelurahanId, CleanUp.Place);
        var site = () => PlacementPlanner.Plan(Fridays(5), other, [], new LocalDate(2026, 2, 2), Network());
        site.Should().Throw<ArgumentException>().WithParameterName("site");
        var repeated = () => PlacementPlanner.Plan(Fridays(5), CleanUp, [new HoursLedger(Order()), new HoursLedger(Order())], new LocalDate(2026, 2, 2), Network());
        repeated.Should().Throw<ArgumentException>().WithParameterName("ledgers");
    }
}
