using System.Globalization;
using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Benchmarks.Regions;

/// <summary>Parsing 10,000 village codes (half dotted, half digits only) against a hand-written digit loop.</summary>
[MemoryDiagnoser]
public class RegionCodeBenchmarks
{
    private string[] codes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260429);
        codes = new string[10_000];
        for (var i = 0; i < codes.Length; i++)
        {
            var regency = random.Next(1, 100);
            if (regency == 70)
            {
                regency = 71;
            }

            var code = new RegionCode(random.Next(11, 97), regency, random.Next(1, 40), (random.Next(1, 3) * 1000) + random.Next(1, 30));
            codes[i] = i % 2 == 0 ? code.ToString() : code.ToString("N", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The practical limit: digits into a number, dots skipped, only the length checked.</summary>
    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        long sum = 0;
        foreach (var text in codes)
        {
            long value = 0;
            var digits = 0;
            foreach (var c in text)
            {
                if (c == '.')
                {
                    continue;
                }

                value = (value * 10) + (c - '0');
                digits++;
            }

            if (digits == 10)
            {
                sum += value;
            }
        }

        return sum;
    }

    /// <summary>The library: every segment validated, level and kind known.</summary>
    [Benchmark]
    public long TryParse()
    {
        long sum = 0;
        foreach (var text in codes)
        {
            if (RegionCode.TryParse(text, out var code))
            {
                sum += code.VillageSegment;
            }
        }

        return sum;
    }
}
