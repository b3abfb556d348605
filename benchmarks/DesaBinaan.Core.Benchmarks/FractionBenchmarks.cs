using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Benchmarks;

/// <summary>The exact 2/3-of-a-term computation against the hand-written integer formula.</summary>
[MemoryDiagnoser]
public class FractionBenchmarks
{
    private long[] days = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260429);
        days = new long[10_000];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = random.Next(30, 7200);
        }
    }

    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        long sum = 0;
        foreach (var d in days)
        {
            sum += ((d * 2) + 2) / 3;
        }

        return sum;
    }

    [Benchmark]
    public long Library()
    {
        long sum = 0;
        var twoThirds = Fraction.TwoThirds;
        foreach (var d in days)
        {
            sum += twoThirds.OfCeiling(d);
        }

        return sum;
    }
}
