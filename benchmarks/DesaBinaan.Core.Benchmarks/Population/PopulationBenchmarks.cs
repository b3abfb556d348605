using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The outside-activity policy over the same deterministic synthetic population of 280,000 profiles on one date:
/// a hand-written loop over plain arrays (the baseline), the library's population path with full per-criterion
/// outcomes, and Microsoft RulesEngine expressing the same rules; then the funnel and the policy comparison.
/// The setup checks that all three agree on every person's failed conditions.
/// </summary>
[MemoryDiagnoser]
public class PopulationBenchmarks
{
    /// <summary>The national population (about 280,000 inmates).</summary>
    public const int Size = 280_000;

    private static readonly LocalDate Date = new(2026, 5, 1);

    private InmateProfile[] profiles = [];
    private HandWrittenBaseline columns = null!;
    private RulesEngineBaseline rulesEngine = null!;
    private PolicyEvaluator<InmateProfile, StandInParameters> evaluator = null!;
    private PolicyEvaluator<InmateProfile, StandInParameters> switchedOff = null!;
    private EvaluationSummary[] summaries = [];
    private EvaluationSummary[] summariesOff = [];
    private CriterionResult[] results = [];
    private CriterionResult[] resultsOff = [];
    private ulong[] masks = [];

    [GlobalSetup]
    public void Setup()
    {
        profiles = SyntheticPopulation.Generate(Size, Date);
        columns = HandWrittenBaseline.From(profiles);
        evaluator = StandInPolicy.Create(requireMinimumSecurity: true).Prepare(Date);
        switchedOff = StandInPolicy.Create(requireMinimumSecurity: false).Prepare(Date);
        summaries = new EvaluationSummary[Size];
        summariesOff = new EvaluationSummary[Size];
        results = new CriterionResult[Roster.ResultLength(evaluator, Size)];
        resultsOff = new CriterionResult[Roster.ResultLength(switchedOff, Size)];
        masks = new ulong[Size];
        rulesEngine = RulesEngineBaseline.Create(columns, DayNumbers.FromDate(Date), requireMinimumSecurity: true);

        HandWritten();
        var hand = (ulong[])masks.Clone();
        HandWrittenColumns();
        var handColumns = (ulong[])masks.Clone();
        Library();
        var library = summaries.Select(s => s.NotMetMask | s.UnknownMask).ToArray();
        RulesEngine();
        var rules = (ulong[])masks.Clone();
        for (var i = 0; i < Size; i++)
        {
            if (hand[i] != library[i] || handColumns[i] != library[i] || rules[i] != library[i])
            {
                throw new InvalidOperationException($"The methods disagree on {profiles[i].SubjectId}: hand-written {hand[i]:X}, over columns {handColumns[i]:X}, library {library[i]:X}, RulesEngine {rules[i]:X}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public ulong HandWritten()
    {
        HandWrittenBaseline.Evaluate(profiles, DayNumbers.FromDate(Date), requireMinimumSecurity: true, masks);
        return masks[^1];
    }

    [Benchmark]
    public ulong HandWrittenColumns()
    {
        columns.Evaluate(DayNumbers.FromDate(Date), requireMinimumSecurity: true, masks);
        return masks[^1];
    }

    [Benchmark]
    public DecisionStatus Library()
    {
        Roster.Evaluate<InmateProfile, StandInParameters>(evaluator, profiles, summaries, results);
        return summaries[^1].Status;
    }

    [Benchmark]
    public DecisionStatus LibraryParallel()
    {
        Roster.EvaluateParallel<InmateProfile, StandInParameters>(evaluator, profiles, summaries, results);
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
        Roster.Evaluate<InmateProfile, StandInParameters>(evaluator, profiles, summaries, results);
        return Core.Population.Funnel.Of(evaluator.Version, summaries).Statuses.Eligible;
    }

    [Benchmark]
    public int Comparison()
    {
        Roster.Evaluate<InmateProfile, StandInParameters>(evaluator, profiles, summaries, results);
        Roster.Evaluate<InmateProfile, StandInParameters>(switchedOff, profiles, summariesOff, resultsOff);
        return PolicyComparison.Of(evaluator.Version, summaries, switchedOff.Version, summariesOff, profiles).Changes.Count;
    }
}
