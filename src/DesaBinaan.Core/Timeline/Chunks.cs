using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Population;

namespace DesaBinaan.Core.Timeline;

/// <summary>Runs a range of work in fixed chunks on several threads, each chunk written by exactly one worker.</summary>
internal static class Chunks
{
    public static void Run(int count, int maxDegreeOfParallelism, Action<int, int> range)
    {
        Guard.Against.DegreeOfParallelism(maxDegreeOfParallelism);

        var chunks = (count + Roster.ChunkSize - 1) / Roster.ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
        {
            var start = chunk * Roster.ChunkSize;
            range(start, Math.Min(Roster.ChunkSize, count - start));
        });
    }
}
