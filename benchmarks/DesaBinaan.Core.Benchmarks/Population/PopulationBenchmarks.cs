using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The outside-activity participation policy (<c>outside-activity.2022</c>, bound to one activity) over the same
/// deterministic synthetic population of 280,000 profiles on one date: a hand-written loop over the packed facts (the
/// baseline), the library's population path with full per-criterion outcomes over the prepared
/// <see cref="InmatePopulation"/> (sequential and parallel) and over the plain profile array (<see cref="Roster"/>),
/// and Microsoft RulesEngine expressing the same rules; then the funnel and the policy comparison (minimum-security
/// switch on and off). The hand-written loop gives the library's whole answer per person (its own
/// <see cref="EvaluationSummary"/>: status, eligible-from day, the masks of criteria not met, waiting and unknown, first
/// blocker); RulesEngine gives each person's failed conditions only. The setup checks that the hand-written summaries
/// equal the library's for every person, and that all of them agree on every person's failed conditions (not met or
/// unknown).
/// </summary>
[MemoryDiagnoser]
public class PopulationBenchmarks
{
    /// <summary>The national population (about 280,000 inmates).</summary>
    public const int Size = 280_000;

    private static readonly LocalDate Date = new(2026, 5, 1);

    private InmateProfile[] profiles = [];
    private InmatePopulation population = null!;
    private RulesEngineBaseline rulesEngine = null!;
    private PolicyEvaluator<InmateProfile, RightsParameters> evaluator = null!;
    private PolicyEvaluator<InmateProfile, RightsParameters> switchedOff = null!;
    private EvaluationSummary[] summaries = [];
    private EvaluationSummary[] summariesOff = [];
    private CriterionResult[] results = [];
    private CriterionResult[] resultsOff = [];
    private EvaluationSummary[] handWritten = [];
    private ulong[] masks = [];
    private RosterEvaluation<InmateProfile, RightsParameters> evaluated = null!;

    [GlobalSetup]
    public void Setup()
    {
        profiles = SyntheticPopulation.Generate(Size, Date);
        population = new InmatePopulation(profiles);
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date));
        evaluator = policy.Prepare(Date);
        switchedOff = policy.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))).Prepare(Date);
        var codes = evaluator.Version.Criteria.Select(c => c.Descriptor.Code).ToArray();
        if (!codes.SequenceEqual(HandWrittenBaseline.Codes))
        {
            throw new InvalidOperationException("The hand-written loop expects the criteria of outside-activity.2022; the version has: " + string.Join(", ", codes));
        }

        summaries = new EvaluationSummary[Size];
        summariesOff = new EvaluationSummary[Size];
        results = new CriterionResult[Roster.ResultLength(evaluator, Size)];
        resultsOff = new CriterionResult[Roster.ResultLength(switchedOff, Size)];
        handWritten = new EvaluationSummary[Size];
        masks = new ulong[Size];
        rulesEngine = RulesEngineBaseline.Create(profiles, evaluator.Version.Parameters, DayNumbers.FromDate(Date));

        if (profiles.Any(p => !ReferenceEquals(p.Convention, evaluator.Version.Parameters.CountingConvention) || !p.Sentence?.Detention.Segments.IsEmpty == true))
        {
            throw new InvalidOperationException("The hand-written loop expects every profile computed under the version's convention, with no detention gaps or house/city arrest.");
        }

        HandWritten();
        Library();
        var librarySummaries = (EvaluationSummary[])summaries.Clone();
        var library = summaries.Select(s => s.NotMetMask | s.UnknownMask).ToArray();
        var libraryResults = (CriterionResult[])results.Clone();
        LibraryProfiles();
        var fromProfiles = summaries.Select(s => s.NotMetMask | s.UnknownMask).ToArray();
        RulesEngine();
        var rules = (ulong[])masks.Clone();
        for (var i = 0; i < Size; i++)
        {
            var hand = handWritten[i];
            if (hand != librarySummaries[i])
            {
                throw new InvalidOperationException(
                    $"The hand-written loop and the library disagree on {profiles[i].SubjectId}: hand-written {hand} (not met {hand.NotMetMask:X}, waiting {hand.WaitingMask:X}, unknown {hand.UnknownMask:X}), "
                    + $"library {librarySummaries[i]} (not met {librarySummaries[i].NotMetMask:X}, waiting {librarySummaries[i].WaitingMask:X}, unknown {librarySummaries[i].UnknownMask:X}).");
            }

            if (rules[i] != library[i] || fromProfiles[i] != library[i])
            {
                throw new InvalidOperationException($"The methods disagree on {profiles[i].SubjectId}: library {library[i]:X}, library over profiles {fromProfiles[i]:X}, RulesEngine {rules[i]:X}.");
            }
        }

        if (!libraryResults.AsSpan().SequenceEqual(results))
        {
            throw new InvalidOperationException("The prepared population and the profile array gave different criterion results.");
        }

        evaluated = population.Evaluate(evaluator);
    }

    /// <summary>The hand-written loop: every person's summary, into its own array.</summary>
    /// <returns>The last person's status.</returns>
    [Benchmark(Baseline = true)]
    public DecisionStatus HandWritten()
    {
        HandWrittenBaseline.Evaluate(population.Facts, evaluator.Version.Parameters, DayNumbers.FromDate(Date), handWritten);
        return handWritten[^1].Status;
    }

    [Benchmark]
    public DecisionStatus Library()
    {
        population.Evaluate(evaluator, summaries, results);
        return summaries[^1].Status;
    }

    [Benchmark]
    public DecisionStatus LibraryParallel()
    {
        population.EvaluateParallel(evaluator, summaries, results);
        return summaries[^1].Status;
    }

    [Benchmark]
    public DecisionStatus LibraryProfiles()
    {
        Roster.Evaluate<InmateProfile, RightsParameters>(evaluator, profiles, summaries, results);
        return summaries[^1].Status;
    }

    [Benchmark]
    public ulong RulesEngine()
    {
        rulesEngine.Evaluate(masks);
        return masks[^1];
    }

    [Benchmark]
    public int Funnel()
    {
        population.Evaluate(evaluator, summaries, results);
        return Core.Population.Funnel.Of(evaluator.Version, summaries).Statuses.Eligible;
    }

    [Benchmark]
    public int Comparison()
    {
        population.Evaluate(evaluator, summaries, results);
        population.Evaluate(switchedOff, summariesOff, resultsOff);
        return PolicyComparison.Of(evaluator.Version, summaries, switchedOff.Version, summariesOff, profiles).Changes.Count;
    }

    /// <summary>
    /// The export rows of the whole population from one evaluation (<see cref="RosterEvaluation{TSubject, TParameters}.Rows"/>):
    /// one <see cref="EligibilityRow"/> per person with its labels and its decision's fingerprint. Compare with
    /// <see cref="Library"/> (the evaluation the rows come from): the budget is at most 2× it.
    /// </summary>
    [Benchmark]
    public int Rows() => evaluated.Rows(Language.Indonesian).Count;

    /// <summary>
    /// The same rows built from the evaluation's summaries (<see cref="RosterEvaluation{TSubject, TParameters}.RowsFromSummaries"/>):
    /// the same status, date, first blocker and citation, no fingerprint, nobody decided again.
    /// </summary>
    [Benchmark]
    public int RowsFromSummaries() => evaluated.RowsFromSummaries(Language.Indonesian).Count;
}
