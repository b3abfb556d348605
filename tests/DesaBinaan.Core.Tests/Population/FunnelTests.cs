using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Population;

namespace DesaBinaan.Core.Tests.Population;

public sealed class FunnelTests
{
    private static Funnel ToyFunnel() =>
        Funnel.Of(RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, PopulationToy.Roster()));

    // docs/domain.md §9 (missing evidence is "undetermined", not "ineligible"); counts checked by hand on PopulationToy.Roster.
    [Fact]
    public void Of_ToyRoster_CountsByStatus()
    {
        var funnel = ToyFunnel();

        funnel.Total.Should().Be(7);
        funnel.Statuses.Should().Be(new StatusCounts(eligible: 1, notYetEligible: 2, ineligible: 2, undetermined: 2));
        funnel.NotApplicable.Should().Be(0);
        funnel.VersionId.Should().Be("toy-outside.v1");
    }

    [Fact]
    public void Of_ToyRoster_CountsFailuresPerCriterion()
    {
        var funnel = ToyFunnel();

        // Served: B, C, F wait for a date; G's date is not recorded.
        funnel["toy.served"].Should().Be(new CriterionFunnelLine(0, funnel.Criteria[0].Descriptor, notMet: 3, waiting: 3, unknown: 1, firstBlocker: 3, gainIfRelaxed: 3));

        // Minimum security: D and F; it blocks F first (waiting does not cure it), and relaxing it alone frees only D.
        funnel["toy.minimum-security"].Should().Be(new CriterionFunnelLine(1, funnel.Criteria[1].Descriptor, notMet: 2, waiting: 0, unknown: 0, firstBlocker: 2, gainIfRelaxed: 1));

        // Report: E's is not recorded.
        funnel["toy.report"].Should().Be(new CriterionFunnelLine(2, funnel.Criteria[2].Descriptor, notMet: 0, waiting: 0, unknown: 1, firstBlocker: 1, gainIfRelaxed: 1));
        funnel["toy.unknown"].Should().BeNull();
    }

    [Fact]
    public void Of_FirstBlockers_AddUpToTheSubjectsNotEligible()
    {
        var funnel = ToyFunnel();

        funnel.Criteria.Sum(c => c.FirstBlocker).Should().Be(funnel.Total - funnel.Statuses.Eligible - funnel.NotApplicable);
    }

    [Fact]
    public void Of_EmptyRoster_CountsNothing()
    {
        var funnel = Funnel.Of(PopulationToy.Policy().Prepare(PopulationToy.AsOf).Version, ReadOnlySpan<EvaluationSummary>.Empty);

        funnel.Total.Should().Be(0);
        funnel.Criteria.Should().HaveCount(3).And.OnlyContain(c => c.NotMet == 0 && c.Unknown == 0 && c.GainIfRelaxed == 0);
    }

    [Fact]
    public void Constructor_NotApplicableAboveIneligible_Throws()
    {
        var act = () => new Funnel("toy-outside.v1", new StatusCounts(1, 0, 1, 0), 2, ValueList<CriterionFunnelLine>.Empty);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("notApplicable").WithMessage("*counted among the ineligible*");
    }

    [Fact]
    public void CriterionFunnelLine_WaitingAboveNotMet_Throws()
    {
        var descriptor = ToyFunnel().Criteria[0].Descriptor;
        var act = () => new CriterionFunnelLine(0, descriptor, 1, 2, 0, 0, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("waiting").WithMessage("*among those for whom the criterion is not met*");
    }

    [Fact]
    public void Equality_ByValue()
    {
        var descriptor = ToyFunnel().Criteria[0].Descriptor;
        EqualityAssert.Values(new StatusCounts(1, 2, 3, 4), new StatusCounts(1, 2, 3, 4), new StatusCounts(0, 2, 3, 4), new StatusCounts(1, 2, 3, 5), default);
        EqualityAssert.Values(new CriterionFunnelLine(0, descriptor, 3, 1, 0, 2, 1), new CriterionFunnelLine(0, descriptor, 3, 1, 0, 2, 1), new CriterionFunnelLine(0, descriptor, 3, 1, 0, 2, 2));
        EqualityAssert.Values(ToyFunnel(), ToyFunnel(), new Funnel("toy-outside.v1", default, 0, ValueList<CriterionFunnelLine>.Empty));
    }

    [Fact]
    public void StatusCounts_Of_ReadsEachStatus()
    {
        var counts = new StatusCounts(1, 2, 3, 4);

        counts.Of(DecisionStatus.Eligible).Should().Be(1);
        counts.Of(DecisionStatus.NotYetEligible).Should().Be(2);
        counts.Of(DecisionStatus.Ineligible).Should().Be(3);
        counts.Of(DecisionStatus.Undetermined).Should().Be(4);
        counts.Total.Should().Be(10);
        counts.ToString().Should().Be("eligible 1, not yet 2, ineligible 3, undetermined 4");
        var negative = () => new StatusCounts(-1, 0, 0, 0);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("eligible");
    }
}
