using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

public sealed class PolicyComparisonTests
{
    private static RosterEvaluation<PopulationToySubject, PopulationToyParameters> Evaluate(bool requireMinimum, LocalDate? date = null) =>
        RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(requireMinimum), date ?? PopulationToy.AsOf, PopulationToy.Roster());

    // docs/domain.md §10 point 2 (minimum security for outside activities is a switch): switching it off frees D now, F later.
    [Fact]
    public void Of_SwitchOff_FindsExactlyTheFlippedSubjects()
    {
        var comparison = PolicyComparison.Of(Evaluate(true), Evaluate(false));

        comparison.Changes.Should().Equal(
            new StatusChange(3, "D", DecisionStatus.Ineligible, DecisionStatus.Eligible, ["toy.minimum-security"]),
            new StatusChange(5, "F", DecisionStatus.Ineligible, DecisionStatus.NotYetEligible, ["toy.minimum-security"]));
        comparison.BecameEligible.Should().Be(1);
        comparison.LostEligibility.Should().Be(0);
        comparison.Unchanged.Should().Be(5);
        comparison.Changes[0].Direction.Should().Be(ChangeDirection.BecameEligible);
        comparison.Changes[1].Direction.Should().Be(ChangeDirection.Other);
        comparison.After.Eligible.Should().Be(comparison.Before.Eligible + 1);
    }

    [Fact]
    public void Of_Reversed_LosesEligibility()
    {
        var comparison = PolicyComparison.Of(Evaluate(false), Evaluate(true));

        comparison.Changes.Select(c => (c.SubjectId, c.Direction)).Should().Equal(("D", ChangeDirection.LostEligibility), ("F", ChangeDirection.Other));
        comparison.LostEligibility.Should().Be(1);
    }

    // Two versions with different criteria: v2 has no minimum-security criterion, so the cause is a criterion present only in v1.
    [Fact]
    public void Of_TwoVersions_NamesACriterionPresentInOnlyOne()
    {
        var policy = PopulationToy.Policy();
        var roster = PopulationToy.Roster();
        var before = policy.Prepare(new LocalDate(2026, 6, 10));
        var after = policy.Prepare(new LocalDate(2026, 6, 11));
        var b = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(before, roster);
        var a = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(after, roster);

        var comparison = PolicyComparison.Of(b, a);

        comparison.BeforeVersionId.Should().Be("toy-outside.v1");
        comparison.AfterVersionId.Should().Be("toy-outside.v2");
        comparison.Changes.Select(c => c.SubjectId).Should().Equal("D", "F");
        comparison.Changes.Should().OnlyContain(c => c.Causes.SequenceEqual(new[] { "toy.minimum-security" }));
    }

    [Fact]
    public void Of_DifferentRosters_Throws()
    {
        var other = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, PopulationToy.Roster().Reverse());

        var act = () => PolicyComparison.Of(Evaluate(true), other);

        act.Should().Throw<ArgumentException>().WithParameterName("after").WithMessage("*same subjects in the same order*");
    }

    // The sample's --compare on the real policy: switching off minimum security only ever helps, and only because of that criterion.
    [Fact]
    public void Of_OutsideActivityWithoutMinimumSecurity_FlipsOnlyBecauseOfIt()
    {
        var date = new LocalDate(2026, 5, 1);
        var profiles = SyntheticPopulation.Generate(3_000, date);
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(date));
        var on = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy, date, profiles);
        var off = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))), date, profiles);

        var comparison = PolicyComparison.Of(on, off);

        comparison.Changes.Should().NotBeEmpty();
        comparison.LostEligibility.Should().Be(0);
        comparison.Changes.Should().OnlyContain(c => c.Causes.SequenceEqual(new[] { "activity.minimum-security" }));
        var expected = Enumerable.Range(0, profiles.Length).Where(i => on.Summaries[i].Status != off.Summaries[i].Status);
        comparison.Changes.Select(c => c.Index).Should().Equal(expected);
    }

    [Fact]
    public void StatusChange_SameStatus_Throws()
    {
        var act = () => new StatusChange(0, "A", DecisionStatus.Eligible, DecisionStatus.Eligible, ValueList<string>.Empty);

        act.Should().Throw<ArgumentException>().WithParameterName("after").WithMessage("*two different statuses*");
    }

    [Fact]
    public void Equality_ByValue()
    {
        EqualityAssert.Values(
            new StatusChange(3, "D", DecisionStatus.Ineligible, DecisionStatus.Eligible, ["x.y"]),
            new StatusChange(3, "D", DecisionStatus.Ineligible, DecisionStatus.Eligible, ["x.y"]),
            new StatusChange(3, "D", DecisionStatus.Ineligible, DecisionStatus.Eligible, ["x.z"]),
            new StatusChange(4, "D", DecisionStatus.Ineligible, DecisionStatus.Eligible, ["x.y"]));
        EqualityAssert.Values(PolicyComparison.Of(Evaluate(true), Evaluate(false)), PolicyComparison.Of(Evaluate(true), Evaluate(false)), PolicyComparison.Of(Evaluate(false), Evaluate(true)));
        new StatusChange(3, "D", DecisionStatus.Ineligible, DecisionStatus.Eligible, ["x.y"]).ToString().Should().Be("D: Ineligible -> Eligible (x.y)");
    }
}
