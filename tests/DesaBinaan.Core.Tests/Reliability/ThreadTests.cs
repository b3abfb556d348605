using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>the design notes: an evaluator holds no mutable state, so one policy evaluated from many threads over one roster gives the same decisions as one thread.</summary>
public sealed class ThreadTests
{
    private static readonly IReadOnlyList<DesaBinaan.Core.Inmates.InmateProfile> Roster = InmateGenerators.Roster(800, 29);

    public static TheoryData<string> Policies => new(IndonesianPolicies.All().Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Policies))]
    public void ManyThreads_DecideAsOne(string policyId)
    {
        var policy = IndonesianPolicies.All().Single(p => p.Id == policyId);
        PolicyInvariants.SameFromManyThreads(policy, Roster, ProducedTexts.Today, 4);
    }

    [Fact]
    public void HotPath_ParallelFor_MatchesSequential()
    {
        // The population path: caller-provided result spans, one evaluator shared by every thread.
        var evaluator = IndonesianPolicies.OutsideActivity.Prepare(ProducedTexts.Today);
        var sequential = new EvaluationSummary[Roster.Count];
        var sequentialResults = new CriterionResult[Roster.Count * evaluator.CriterionCount];
        for (var i = 0; i < Roster.Count; i++)
        {
            sequential[i] = evaluator.Evaluate(Roster[i], sequentialResults.AsSpan(i * evaluator.CriterionCount, evaluator.CriterionCount));
        }

        for (var round = 0; round < 3; round++)
        {
            var parallel = new EvaluationSummary[Roster.Count];
            var parallelResults = new CriterionResult[Roster.Count * evaluator.CriterionCount];
            Parallel.For(0, Roster.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
                parallel[i] = evaluator.Evaluate(Roster[i], parallelResults.AsSpan(i * evaluator.CriterionCount, evaluator.CriterionCount)));
            parallel.Should().Equal(sequential);
            parallelResults.Should().Equal(sequentialResults);
        }
    }

    [Fact]
    public void KeyDatesUnderAnotherConvention_FromManyThreads_MatchSequential()
    {
        // A policy version with another convention computes dates on the fly: that path must be thread-safe too.
        var other = CountingConvention.Default.WithFractionBasis("imposed-term", FractionBasis.ImposedTermOnly);
        var sequential = Roster.Select(p => p.KeyDatesUnder(other)).ToArray();
        var parallel = new SentenceKeyDates[Roster.Count];
        Parallel.For(0, Roster.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Roster[i].KeyDatesUnder(other));
        parallel.Should().Equal(sequential);
    }
}
