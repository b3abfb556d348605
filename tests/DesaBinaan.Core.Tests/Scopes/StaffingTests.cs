using CsCheck;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.Tests.Scopes;

public sealed class StaffingTests
{
    // docs/domain.md §7: outside activities are escorted, for example 30 inmates with 10 officers, 21 / 9, 11 / 6.
    [Theory]
    [InlineData(10, 30, 30, 10)]
    [InlineData(10, 30, 31, 11)]
    [InlineData(10, 30, 1, 1)]
    [InlineData(10, 30, 0, 0)]
    [InlineData(9, 21, 21, 9)]
    [InlineData(9, 21, 7, 3)]
    [InlineData(6, 11, 11, 6)]
    [InlineData(6, 11, 5, 3)]
    public void RequiredOfficers_RoundsUp(int officers, int inmates, int participants, int required)
    {
        new EscortRatio(officers, inmates).RequiredOfficers(participants).Should().Be(required);
    }

    // docs/domain.md §7: 10 officers escort 30 inmates; at that ratio 4 officers escort 12, and a 13th needs a 5th officer.
    [Fact]
    public void InmatesEscortedBy_IsTheLargestGroupTheOfficersSuffice()
    {
        var tenPerThirty = new EscortRatio(10, 30);
        tenPerThirty.InmatesEscortedBy(10).Should().Be(30);
        tenPerThirty.InmatesEscortedBy(4).Should().Be(12);
        tenPerThirty.InmatesEscortedBy(0).Should().Be(0);
        Gen.Select(Gen.Int[1, 20], Gen.Int[1, 40], Gen.Int[0, 500]).Sample((o, i, assigned) =>
        {
            var ratio = new EscortRatio(o, i);
            var escorted = ratio.InmatesEscortedBy(assigned);
            return ratio.RequiredOfficers(escorted) <= assigned && ratio.RequiredOfficers(escorted + 1) > assigned;
        });
    }

    [Fact]
    public void RequiredOfficers_NeverDecreasesWithMoreParticipants()
    {
        Gen.Select(Gen.Int[1, 20], Gen.Int[1, 40], Gen.Int[0, 500]).Sample((o, i, n) =>
        {
            var ratio = new EscortRatio(o, i);
            return ratio.RequiredOfficers(n + 1) >= ratio.RequiredOfficers(n) && ratio.RequiredOfficers(n) * i >= n * o;
        });
    }

    [Fact]
    public void EscortRatio_IsReduced_AndCompares()
    {
        var ratio = new EscortRatio(10, 30);
        ratio.Officers.Should().Be(1);
        ratio.Inmates.Should().Be(3);
        ratio.ToString().Should().Be("1/3");
        EqualityAssert.Values(ratio, new EscortRatio(1, 3), new EscortRatio(9, 21), new EscortRatio(6, 11));
    }

    [Fact]
    public void Constructors_BadInput_Throw()
    {
        var officers = () => new EscortRatio(0, 30);
        officers.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("officers");
        var inmates = () => new EscortRatio(10, 0);
        inmates.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("inmates");
        var negative = () => new EscortRatio(1, 3).RequiredOfficers(-1);
        negative.Should().Throw<ArgumentException>().WithParameterName("inmates");
        var maximum = () => new ParticipantQuota(0);
        maximum.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
        var minimum = () => new ParticipantQuota(10, 11);
        minimum.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum");
    }

    [Fact]
    public void Quota_AllowsBetweenItsBounds()
    {
        var quota = new ParticipantQuota(30, 5);
        quota.Allows(5).Should().BeTrue();
        quota.Allows(30).Should().BeTrue();
        quota.Allows(4).Should().BeFalse();
        quota.Allows(31).Should().BeFalse();
        quota.ToString().Should().Be("5-30");
        EqualityAssert.Values(quota, new ParticipantQuota(30, 5), new ParticipantQuota(30), new ParticipantQuota(29, 5));
    }

    [Fact]
    public void Findings_CarryCodesAndFigures()
    {
        var finding = new StaffingFinding(StaffingIssue.EscortInsufficient, 8, 10);
        finding.Code.Should().Be("activity.escort.insufficient");
        finding.Reason.English.Should().Be("8 escorting officers, the escort ratio requires 10");
        finding.Reason.Indonesian.Should().Contain("rasio pengawalan");
        var assessment = new StaffingAssessment(30, 8, 10, [finding]);
        assessment.IsSatisfied.Should().BeFalse();
        assessment.Code.Should().Be("activity.escort.insufficient");
        new StaffingAssessment(30, 10, 10, []).Code.Should().Be(StaffingAssessment.SatisfiedCode);
        EqualityAssert.Values(assessment, new StaffingAssessment(30, 8, 10, [new StaffingFinding(StaffingIssue.EscortInsufficient, 8, 10)]), new StaffingAssessment(30, 10, 10, []));
    }
}
