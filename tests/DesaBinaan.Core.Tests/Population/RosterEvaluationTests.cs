using DesaBinaan.Core.Benchmarks.Population;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

public sealed class RosterEvaluationTests
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    // the design notes "Decide a population": the roster path gives, per subject, what deciding it alone gives.
    [Fact]
    public void Evaluate_ToyRoster_EqualsOneByOneDecisions()
    {
        var policy = PopulationToy.Policy();
        var roster = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(policy, PopulationToy.AsOf, PopulationToy.Roster());

        for (var i = 0; i < roster.Count; i++)
        {
            var decision = policy.Decide(roster.Subjects[i], PopulationToy.AsOf);
            roster.Summaries[i].Status.Should().Be(decision.Status);
            roster.Summaries[i].EligibleFrom.Should().Be(decision.EligibleFrom);
            roster.ResultsOf(i).ToArray().Should().Equal(decision.Findings.Select(f => f.Result));
            roster.Decide(i).Should().Be(decision);
        }
    }

    // docs/domain.md §9 (outside activity = asimilasi conditions + minimum security + agreement + escort): the real policy over a synthetic roster.
    [Fact]
    public void Evaluate_OutsideActivityPolicy_EqualsOneByOneDecisions()
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date));
        var profiles = SyntheticPopulation.Generate(600, Date);
        var roster = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy, Date, profiles);

        roster.Count.Should().Be(600);
        for (var i = 0; i < roster.Count; i++)
        {
            var decision = policy.Decide(profiles[i], Date);
            roster.Subjects[i].Should().BeSameAs(profiles[i]);
            roster.Summaries[i].Status.Should().Be(decision.Status, "subject {0}", profiles[i].SubjectId);
            roster.Summaries[i].EligibleFrom.Should().Be(decision.EligibleFrom);
            roster.ResultsOf(i).ToArray().Should().Equal(decision.Findings.Select(f => f.Result));
        }

        roster.Summaries.ToArray().Select(s => s.Status).Distinct().Should().HaveCount(4, "the synthetic population covers every status");
    }

    // the design notes "Decide a population": the parallel mode writes exactly what the sequential one writes.
    [Fact]
    public void EvaluateParallel_ManyChunks_IdenticalToSequential()
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date));
        var profiles = SyntheticPopulation.Generate(20_000, Date);
        var evaluator = policy.Prepare(Date);

        var sequential = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(evaluator, profiles);
        var parallel = RosterEvaluation<InmateProfile, RightsParameters>.EvaluateParallel(evaluator, profiles);

        parallel.Summaries.SequenceEqual(sequential.Summaries).Should().BeTrue();
        parallel.AllResults.SequenceEqual(sequential.AllResults).Should().BeTrue();
    }

    // The benchmark's reference: the hand-written loop and the library agree on every person's failed conditions.
    [Fact]
    public void Evaluate_OutsideActivityPolicy_AgreesWithHandWrittenLoop()
    {
        var profiles = SyntheticPopulation.Generate(20_000, Date);
        var evaluator = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date)).Prepare(Date);
        evaluator.Version.Criteria.Select(c => c.Descriptor.Code).Should().Equal(HandWrittenBaseline.Codes);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        var masks = new ulong[profiles.Length];

        Roster.Evaluate<InmateProfile, RightsParameters>(evaluator, profiles, summaries, results);
        HandWrittenBaseline.Evaluate(new InmatePopulation(profiles).Facts, evaluator.Version.Parameters, DayNumbers.FromDate(Date), masks);

        summaries.Select(s => s.NotMetMask | s.UnknownMask).Should().Equal(masks);
    }

    [Fact]
    public void Evaluate_CallerStorage_AllocatesNothingPerSubject()
    {
        var profiles = SyntheticPopulation.Generate(5_000, Date);
        var evaluator = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date)).Prepare(Date);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        Roster.Evaluate<InmateProfile, RightsParameters>(evaluator, profiles, summaries, results);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Roster.Evaluate<InmateProfile, RightsParameters>(evaluator, profiles, summaries, results);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().BeLessThan(profiles.Length, "the population path allocates under one byte per subject");
    }

    [Fact]
    public void Evaluate_ShortBuffers_Throw()
    {
        var evaluator = PopulationToy.Policy().Prepare(PopulationToy.AsOf);
        var roster = PopulationToy.Roster();

        var summaries = () => Roster.Evaluate<PopulationToySubject, PopulationToyParameters>(evaluator, roster, new EvaluationSummary[roster.Length - 1], new CriterionResult[roster.Length * 3]);
        var results = () => Roster.Evaluate<PopulationToySubject, PopulationToyParameters>(evaluator, roster, new EvaluationSummary[roster.Length], new CriterionResult[(roster.Length * 3) - 1]);
        var degree = () => Roster.EvaluateParallel<PopulationToySubject, PopulationToyParameters>(evaluator, roster, new EvaluationSummary[roster.Length], new CriterionResult[roster.Length * 3], 0);

        summaries.Should().Throw<ArgumentException>().WithParameterName("summaries").WithMessage("*one summary per subject*");
        results.Should().Throw<ArgumentException>().WithParameterName("results").WithMessage("*one result per criterion*");
        degree.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
    }

    [Fact]
    public void Evaluate_NullSubject_ThrowsNamingTheSubjects()
    {
        var evaluator = PopulationToy.Policy().Prepare(PopulationToy.AsOf);
        PopulationToySubject[] roster = [PopulationToy.Roster()[0], null!];

        var act = () => Roster.Evaluate<PopulationToySubject, PopulationToyParameters>(evaluator, roster, new EvaluationSummary[2], new CriterionResult[6]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("subjects");
    }

    [Fact]
    public void FirstBlockerOf_ToyRoster_IsTheMostSeriousBlocker()
    {
        var roster = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, PopulationToy.Roster());

        roster.FirstBlockerOf(0).Should().BeNull();
        roster.FirstBlockerOf(1)!.Code.Should().Be("toy.served");
        roster.FirstBlockerOf(5)!.Code.Should().Be("toy.minimum-security", "a failure waiting does not cure comes before one that time cures");
        roster.FirstBlockerOf(4)!.Code.Should().Be("toy.report");
        roster.ToString().Should().Be("toy-outside.v1 on 2026-05-01: 7 subjects");
    }
}
