using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Reporting;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The export rows of the national population of <see cref="PopulationBenchmarks"/> (280,000 synthetic profiles,
/// outside-activity policy on 2026-05-01) against the evaluation they come from, in the same run: the evaluation into
/// caller buffers (the baseline, <see cref="PopulationBenchmarks.Library"/>'s call), the row data written chunk by chunk
/// into a caller's buffer (<see cref="RosterEvaluation{TSubject, TParameters}.WriteRowData"/>), the row objects
/// (<see cref="RosterEvaluation{TSubject, TParameters}.RowsFromSummaries"/>), and the CSV of every row to
/// <see cref="Stream.Null"/> streamed from the row data and from the row objects. The setup checks that the row data
/// give the rows and that both CSVs are the same bytes.
/// </summary>
[MemoryDiagnoser]
public class PopulationRowsBenchmarks
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    private InmatePopulation population = null!;
    private PolicyEvaluator<InmateProfile, RightsParameters> evaluator = null!;
    private EvaluationSummary[] summaries = [];
    private CriterionResult[] results = [];
    private RosterEvaluation<InmateProfile, RightsParameters> evaluated = null!;
    private readonly EligibilityRowData[] chunk = new EligibilityRowData[1024];

    [GlobalSetup]
    public void Setup()
    {
        var profiles = SyntheticPopulation.Generate(PopulationBenchmarks.Size, Date);
        population = new InmatePopulation(profiles);
        evaluator = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date)).Prepare(Date);
        summaries = new EvaluationSummary[profiles.Length];
        results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        evaluated = population.Evaluate(evaluator);

        Evaluation();
        if (!evaluated.Summaries.SequenceEqual(summaries))
        {
            throw new InvalidOperationException("The roster and the evaluation into buffers gave different summaries.");
        }

        var rows = evaluated.RowsFromSummaries(Language.Indonesian);
        var texts = evaluated.RowTexts(Language.Indonesian);
        for (var i = 0; i < rows.Count; i++)
        {
            if (evaluated.ToRow(evaluated.RowDataAt(i), texts) != rows[i])
            {
                throw new InvalidOperationException($"The row data of {rows[i].SubjectId} do not give its row.");
            }
        }

        using var fromData = new MemoryStream();
        ReportCsv.Write(evaluated, fromData, Language.Indonesian);
        using var fromRows = new MemoryStream();
        ReportCsv.Write(rows, fromRows, Language.Indonesian);
        if (!fromData.ToArray().AsSpan().SequenceEqual(fromRows.ToArray()))
        {
            throw new InvalidOperationException("The CSV streamed from the row data and the CSV of the row objects differ.");
        }
    }

    /// <summary>The evaluation the rows come from (every criterion's result and every summary, into caller buffers).</summary>
    [Benchmark(Baseline = true)]
    public DecisionStatus Evaluation()
    {
        population.Evaluate(evaluator, summaries, results);
        return summaries[^1].Status;
    }

    /// <summary>Every person's row data, 1,024 at a time into the same caller buffer (what an export streams).</summary>
    [Benchmark]
    public int RowData()
    {
        var blocked = 0;
        for (var start = 0; start < evaluated.Count;)
        {
            var written = evaluated.WriteRowData(start, chunk);
            for (var k = 0; k < written; k++)
            {
                blocked += chunk[k].Blocker >= 0 ? 1 : 0;
            }

            start += written;
        }

        return blocked;
    }

    /// <summary>Every person's <see cref="EligibilityRow"/> object, all kept (a grid bound to the whole population).</summary>
    [Benchmark]
    public int RowsFromSummaries() => evaluated.RowsFromSummaries(Language.Indonesian).Count;

    /// <summary>The CSV of every row, streamed from the row data (<see cref="ReportCsv.Write{TSubject, TParameters}(RosterEvaluation{TSubject, TParameters}, Stream, Language)"/>).</summary>
    [Benchmark]
    public int Csv() => ReportCsv.Write(evaluated, Stream.Null, Language.Indonesian);

    /// <summary>The same CSV written from the row objects (<see cref="RosterEvaluation{TSubject, TParameters}.RowsFromSummaries"/>, then <see cref="ReportCsv"/>).</summary>
    [Benchmark]
    public int CsvFromRowObjects() => ReportCsv.Write(evaluated.RowsFromSummaries(Language.Indonesian), Stream.Null, Language.Indonesian);
}
