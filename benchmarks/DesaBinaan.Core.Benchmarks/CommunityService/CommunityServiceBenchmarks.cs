using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.CommunityService;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.CommunityService;

/// <summary>
/// The standing of 10,000 community-service orders on one date (synthetic, fixed seed, about 20 sessions each): a
/// hand-written loop over flat arrays of the credited hours (the baseline), the library's packed population path into
/// a caller buffer, and the same with the reporting views (per Bapas, hours per site and per village). The setup
/// checks that the baseline and the library agree on every order.
/// </summary>
[MemoryDiagnoser]
public class CommunityServiceBenchmarks
{
    /// <summary>The number of orders.</summary>
    public const int Size = 10_000;

    private static readonly LocalDate Date = new(2026, 4, 10);

    private CommunityServicePopulation population = null!;
    private CommunityServiceSnapshot[] snapshots = [];
    private CommunityServiceSnapshot[] handSnapshots = [];
    private CommunityServiceCounts[] byBapas = [];
    private int[] bySite = [];
    private int[] byVillage = [];
    private int[] hours = [];
    private int[] hoursPerDay = [];
    private int[] startDay = [];
    private int[] lastDay = [];
    private int[] sessionStart = [];
    private int[] sessionDay = [];
    private int[] sessionCredit = [];
    private int day;

    [GlobalSetup]
    public void Setup()
    {
        var network = CommunityServiceWorld.Network();
        population = new CommunityServicePopulation(CommunityServiceWorld.SyntheticLedgers(Size), network);
        snapshots = new CommunityServiceSnapshot[Size];
        handSnapshots = new CommunityServiceSnapshot[Size];
        byBapas = new CommunityServiceCounts[population.BapasIds.Count];
        bySite = new int[network.Sites.Count];
        byVillage = new int[population.Villages.Count];

        // The baseline reads plain copies of the credited hours; how a session is credited is the library's rule.
        var columns = population.Columns;
        hours = (int[])columns.Hours.Clone();
        hoursPerDay = (int[])columns.HoursPerDay.Clone();
        startDay = (int[])columns.StartDay.Clone();
        lastDay = (int[])columns.LastDay.Clone();
        sessionStart = (int[])columns.SessionStart.Clone();
        sessionDay = (int[])columns.SessionDay.Clone();
        sessionCredit = (int[])columns.SessionCredit.Clone();
        day = Date.ToDateOnly().DayNumber;

        Library();
        HandWritten();
        if (!snapshots.AsSpan().SequenceEqual(handSnapshots))
        {
            throw new InvalidOperationException("The hand-written loop and the library disagree.");
        }
    }

    /// <summary>A hand-written loop: sum the credited hours up to the date, then the status at 3/4 of the hours available.</summary>
    [Benchmark(Baseline = true)]
    public void HandWritten()
    {
        for (var i = 0; i < hours.Length; i++)
        {
            var served = 0;
            for (var s = sessionStart[i]; s < sessionStart[i + 1] && sessionDay[s] <= day; s++)
            {
                served += sessionCredit[s];
            }

            var remaining = hours[i] > served ? hours[i] - served : 0;
            var from = Math.Max(day + 1, startDay[i]);
            var available = lastDay[i] >= from ? (lastDay[i] - from + 1) * hoursPerDay[i] : 0;
            var status = remaining == 0 ? CommunityServiceStatus.Completed
                : day > lastDay[i] ? CommunityServiceStatus.Failed
                : day < startDay[i] ? CommunityServiceStatus.NotStarted
                : remaining > available || remaining * 4 > 3 * available ? CommunityServiceStatus.AtRisk
                : CommunityServiceStatus.InProgress;
            handSnapshots[i] = new CommunityServiceSnapshot(status, served, remaining, available);
        }
    }

    /// <summary>The library's population path into a caller buffer.</summary>
    [Benchmark]
    public void Library() => population.Evaluate(Date, snapshots);

    /// <summary>The population path and the reporting views: counts per Bapas, hours per site and per village.</summary>
    [Benchmark]
    public void LibraryWithViews()
    {
        population.Evaluate(Date, snapshots);
        population.CountByBapas(snapshots, byBapas);
        population.HoursBySite(Date, bySite);
        population.HoursByVillage(Date, byVillage);
    }
}
