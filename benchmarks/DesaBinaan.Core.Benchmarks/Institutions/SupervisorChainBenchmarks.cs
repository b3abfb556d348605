using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Benchmarks.Institutions;

/// <summary>
/// A directory of 40,000 institutions, each supervising the next (the deepest first, the order that made the old
/// check quadratic: 126.7 s), against a hand-written check of the same chain: ids into a dictionary, then each
/// member walked up once with a set of members known to end.
/// </summary>
[MemoryDiagnoser]
public class SupervisorChainBenchmarks
{
    private Institution[] institutions = [];

    /// <summary>Gets or sets the depth of the chain.</summary>
    [Params(10_000, 40_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var region = RegionCode.Parse("33");
        institutions = Enumerable.Range(0, Depth).Reverse()
            .Select(i => new Institution(new("i" + i), InstitutionKind.RegionalOffice, "Kantor " + i, region, supervisor: i == 0 ? null : new InstitutionId("i" + (i - 1))))
            .ToArray();
    }

    /// <summary>The practical limit: a dictionary of supervisors and one walk per member, stopping at members already seen.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var supervisors = new Dictionary<InstitutionId, InstitutionId?>(institutions.Length);
        foreach (var institution in institutions)
        {
            supervisors.Add(institution.Id, institution.Supervisor);
        }

        var ends = new HashSet<InstitutionId>();
        var onPath = new HashSet<InstitutionId>();
        foreach (var institution in institutions)
        {
            onPath.Clear();
            InstitutionId? current = institution.Id;
            while (current is { } id && !ends.Contains(id))
            {
                if (!onPath.Add(id))
                {
                    throw new InvalidOperationException("The chain has a cycle.");
                }

                current = supervisors.TryGetValue(id, out var up) ? up : null;
            }

            ends.UnionWith(onPath);
        }

        return ends.Count;
    }

    /// <summary>The library: the directory, its duplicate and cycle checks and its frozen lookups.</summary>
    [Benchmark]
    public int Directory() => new InstitutionDirectory(institutions).Institutions.Count;
}
