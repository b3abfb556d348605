using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Reporting;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Reporting;

/// <summary>
/// The CSV export of 280,000 eligibility rows (the national population of <see cref="Population.PopulationBenchmarks"/>,
/// outside-activity policy on 2026-05-01), rows built once in the setup: a hand-written RFC 4180 writer over a
/// <see cref="StreamWriter"/> (the baseline) against <see cref="ReportCsv.Write(IEnumerable{EligibilityRow}, Stream, Language)"/>
/// with CsvHelper, both to <see cref="Stream.Null"/>, so the figures are the formatting and encoding, not the disk.
/// The setup checks that both write the same bytes.
/// </summary>
[MemoryDiagnoser]
public class ReportCsvBenchmarks
{
    /// <summary>The national population (about 280,000 inmates).</summary>
    public const int Size = 280_000;

    private static readonly LocalDate Date = new(2026, 5, 1);

    private EligibilityRow[] rows = [];

    [GlobalSetup]
    public void Setup()
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date));
        rows = [.. new InmatePopulation(SyntheticPopulation.Generate(Size, Date)).Evaluate(policy.Prepare(Date)).Rows(Language.Indonesian)];

        using var hand = new MemoryStream();
        HandWrittenTo(hand);
        using var library = new MemoryStream();
        ReportCsv.Write(rows, library, Language.Indonesian);
        if (!hand.ToArray().AsSpan().SequenceEqual(library.ToArray()))
        {
            throw new InvalidOperationException("The hand-written writer and ReportCsv wrote different bytes.");
        }
    }

    [Benchmark(Baseline = true)]
    public long HandWritten() => HandWrittenTo(Stream.Null);

    [Benchmark]
    public int Library() => ReportCsv.Write(rows, Stream.Null, Language.Indonesian);

    private long HandWrittenTo(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', ReportCsv.EligibilityHeader(Language.Indonesian)));
        Span<char> date = stackalloc char[10];
        long count = 0;
        foreach (var row in rows)
        {
            Field(writer, row.SubjectId);
            writer.Write(',');
            Field(writer, row.PolicyId);
            writer.Write(',');
            Field(writer, row.VersionId);
            writer.Write(',');
            writer.Write(Iso(row.Date, date));
            writer.Write(',');
            writer.Write(row.Status.ToString());
            writer.Write(',');
            Field(writer, row.StatusLabel);
            writer.Write(',');
            if (row.EligibleFrom is { } from)
            {
                writer.Write(Iso(from, date));
            }

            writer.Write(',');
            Field(writer, row.FirstBlockerCode);
            writer.Write(',');
            Field(writer, row.FirstBlockerLabel);
            writer.Write(',');
            Field(writer, row.Citation);
            writer.Write(',');
            Field(writer, row.Fingerprint);
            writer.WriteLine();
            count++;
        }

        writer.Flush();
        return count;
    }

    private static ReadOnlySpan<char> Iso(LocalDate value, Span<char> buffer)
    {
        value.ToDateOnly().TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return buffer[..written];
    }

    private static void Field(StreamWriter writer, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
