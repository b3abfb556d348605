using DesaBinaan.Core.Population;

namespace DesaBinaan.Core.Timeline;

/// <summary>Runs a range of work in fixed chunks on several threads, each chunk written by exactly one worker.</summary>
internal static class Chunks
{
    public static void Run(int count, int maxDegreeOfParallelism, Action<int, int> range)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be positive, or -1 for no limit.");
        }

        var chunks = (count + Roster.ChunkSize - 1) / Roster.ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
        {
            var start = chunk * Roster.ChunkSize;
            range(start, Math.Min(Roster.ChunkSize, count - start));
        });
    }
}
