using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Benchmarks.Officials;

/// <summary>Parsing 10,000 NIPs (grouped with spaces) against a hand-written digit loop.</summary>
[MemoryDiagnoser]
public class NipBenchmarks
{
    private string[] nips = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260429);
        nips = new string[10_000];
        for (var i = 0; i < nips.Length; i++)
        {
            var year = random.Next(1960, 2000);
            nips[i] = $"{year:D4}{random.Next(1, 13):D2}{random.Next(1, 29):D2} {year + random.Next(19, 30):D4}{random.Next(1, 13):D2} {random.Next(1, 3)} {random.Next(1, 1000):D3}";
        }
    }

    /// <summary>The practical limit: digits into a number, spaces skipped, only the length checked.</summary>
    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        long sum = 0;
        foreach (var text in nips)
        {
            long value = 0;
            var digits = 0;
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    continue;
                }

                value = (value * 10) + (c - '0');
                digits++;
            }

            if (digits == 18)
            {
                sum += value % 1000;
            }
        }

        return sum;
    }

    /// <summary>The library: dates, sex digit and serial validated.</summary>
    [Benchmark]
    public long TryParse()
    {
        long sum = 0;
        foreach (var text in nips)
        {
            if (Nip.TryParse(text, out var nip))
            {
                sum += nip.Serial;
            }
        }

        return sum;
    }
}
