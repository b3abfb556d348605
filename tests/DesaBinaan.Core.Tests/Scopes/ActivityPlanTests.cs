using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Tests.Scopes;

public sealed class ActivityPlanTests
{
    // DOMAIN.md §4: Kelurahan Panjang Wetan is 33.75.03.1004.
    private static readonly RegionCode PanjangWetan = RegionCode.Parse("33.75.03.1004");

    internal static ActivityPlan CleanUp(int maximum = 30, EscortRatio? escort = null) => new(
        "plan-jumat-bersih",
        "Jumat Bersih Panjang Wetan",
        ScopeKind.EnvironmentalCleanliness,
        new ActivityPlace(PanjangWetan, "Saluran drainase dan halaman kantor kelurahan"),
        WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 6, 5), new LocalDate(2026, 12, 25)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta"),
        new ParticipantQuota(maximum),
        escort ?? new EscortRatio(10, 30),
        "outside-activity");

    // DOMAIN.md §7: 30 inmates with 10 officers is a seen escort; the plan accepts it.
    [Theory]
    [InlineData(30, 10)]
    [InlineData(1, 1)]
    [InlineData(21, 7)]
    public void CheckStaffing_WithinQuotaAndRatio_IsSatisfied(int participants, int officers)
    {
        var assessment = CleanUp().CheckStaffing(participants, officers);
        assessment.IsSatisfied.Should().BeTrue();
        assessment.Code.Should().Be("activity.staffing.satisfied");
    }

    [Fact]
    public void CheckStaffing_TooFewOfficers_SaysHowManyAreNeeded()
    {
        var assessment = CleanUp().CheckStaffing(30, 8);
        assessment.IsSatisfied.Should().BeFalse();
        assessment.RequiredOfficers.Should().Be(10);
        assessment.Findings.Should().ContainSingle().Which.Should().Be(new StaffingFinding(StaffingIssue.EscortInsufficient, 8, 10));
        assessment.Code.Should().Be("activity.escort.insufficient");
    }

    [Fact]
    public void CheckStaffing_OverTheQuota_ListsEveryIssue()
    {
        var assessment = CleanUp().CheckStaffing(31, 10);
        assessment.Findings.Select(f => f.Issue).Should().Equal(StaffingIssue.QuotaExceeded, StaffingIssue.EscortInsufficient);
        assessment.RequiredOfficers.Should().Be(11);
        CleanUp().CheckStaffing(0, 0).Findings.Select(f => f.Code).Should().Equal("activity.quota.below-minimum");
    }

    [Fact]
    public void CheckStaffing_Negative_Throws()
    {
        var act = () => CleanUp().CheckStaffing(-1, 3);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("participants");
    }

    [Fact]
    public void NextOccurrences_FollowTheSchedule()
    {
        var plan = CleanUp();
        plan.NextOccurrences(new LocalDate(2026, 6, 27), 2).Select(o => o.Date).Should().Equal(new LocalDate(2026, 7, 3), new LocalDate(2026, 7, 10));
        plan.IsScheduledOn(new LocalDate(2026, 6, 5)).Should().BeTrue();
        plan.IsScheduledOn(new LocalDate(2026, 6, 6)).Should().BeFalse();
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        var district = () => new ActivityPlace(RegionCode.Parse("33.75.03"), "x");
        district.Should().Throw<ArgumentException>().WithParameterName("village").WithMessage("*village level*");
        var blank = () => new ActivityPlace(PanjangWetan, " ");
        blank.Should().Throw<ArgumentException>().WithParameterName("description");
        var policy = () => new ActivityPlan("p", "t", ScopeKind.Fisheries, new ActivityPlace(PanjangWetan, "x"), CleanUp().Schedule, new ParticipantQuota(5), new EscortRatio(1, 3), " ");
        policy.Should().Throw<ArgumentException>().WithParameterName("participationPolicyId");
        var scope = () => new ActivityPlan("p", "t", null!, new ActivityPlace(PanjangWetan, "x"), CleanUp().Schedule, new ParticipantQuota(5), new EscortRatio(1, 3), "x");
        scope.Should().Throw<ArgumentNullException>().WithParameterName("scope");
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Values(CleanUp(), CleanUp(), CleanUp(maximum: 20), CleanUp(escort: new EscortRatio(9, 21)));
        EqualityAssert.Values(new ActivityPlace(PanjangWetan, "a"), new ActivityPlace(PanjangWetan, "a"), new ActivityPlace(PanjangWetan, "b"), new ActivityPlace(RegionCode.Parse("33.75.03.1002"), "a"));
    }
}
