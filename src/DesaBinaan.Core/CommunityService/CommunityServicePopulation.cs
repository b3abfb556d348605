using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// A population of community-service ledgers prepared for reporting on any date — a Bapas's or a province's clients —
/// with views that write into caller-provided buffers and allocate nothing per order: each order's standing, the
/// clients in each status per Bapas and per site, and the hours delivered to each site and each village.
/// </summary>
/// <remarks>
/// <para>At construction every session is assessed once by the same rules as <see cref="HoursLedger.StatementOn"/>
/// (which sessions break what, how many hours are credited) and packed into flat columns; a view then streams through
/// them. The results are exactly those of <see cref="HoursLedger.StatementOn"/> for each ledger, at the same positions.</para>
/// <para>Ledgers are snapshots: a new session means a new population (construction is one pass). Equality is by reference.</para>
/// </remarks>
[Immutable]
public sealed class CommunityServicePopulation
{
    private readonly int[] hours;
    private readonly int[] hoursPerDay;
    private readonly int[] startDay;
    private readonly int[] lastDay;
    private readonly int[] bapasOf;
    private readonly int[] sessionStart;
    private readonly int[] sessionDay;
    private readonly int[] sessionCredit;
    private readonly int[] sessionSite;
    private readonly int[] visitStart;
    private readonly int[] visitSite;
    private readonly int[] visitFirstDay;
    private readonly int[] villageOfSite;

    /// <summary>Prepares a population.</summary>
    /// <param name="ledgers">The ledgers, in the order the results will follow; none null.</param>
    /// <param name="network">The placement sites and partnerships; must not be null.</param>
    /// <param name="settings">The open choices, or null for <see cref="CommunityServiceSettings.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledgers"/> or <paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ledgers"/> holds null.</exception>
    public CommunityServicePopulation(IEnumerable<HoursLedger> ledgers, PlacementNetwork network, CommunityServiceSettings? settings = null)
    {
        Ledgers = ValueList.FromNonNull(Guard.Against.Null(ledgers), nameof(ledgers));
        Network = Guard.Against.Null(network);
        Settings = settings ?? CommunityServiceSettings.Default;
        var n = Ledgers.Count;
        hours = new int[n];
        hoursPerDay = new int[n];
        startDay = new int[n];
        lastDay = new int[n];
        bapasOf = new int[n];
        sessionStart = new int[n + 1];
        visitStart = new int[n + 1];
        var total = 0;
        foreach (var ledger in Ledgers)
        {
            total += ledger.Sessions.Count;
        }

        sessionDay = new int[total];
        sessionCredit = new int[total];
        sessionSite = new int[total];
        var flags = new SessionFlags[total];
        var visits = new List<(int Site, int FirstDay)>();
        var bapas = new List<InstitutionId>();
        var bapasIndex = new Dictionary<InstitutionId, int>();
        var offset = 0;
        for (var i = 0; i < n; i++)
        {
            var ledger = Ledgers[i];
            var order = ledger.Order;
            hours[i] = order.Hours;
            hoursPerDay[i] = order.HoursPerDay;
            startDay[i] = CommunityServiceKernel.Day(order.StartsOn);
            lastDay[i] = CommunityServiceKernel.Day(order.LastDay);
            if (!bapasIndex.TryGetValue(order.Bapas, out var b))
            {
                b = bapas.Count;
                bapasIndex.Add(order.Bapas, b);
                bapas.Add(order.Bapas);
            }

            bapasOf[i] = b;
            var sessions = ledger.Sessions.AsSpan();
            sessionStart[i] = offset;
            CommunityServiceKernel.Assess(order, sessions, network, Settings, sessionCredit.AsSpan(offset, sessions.Length), flags.AsSpan(offset, sessions.Length));
            var firstVisit = visits.Count;
            for (var s = 0; s < sessions.Length; s++)
            {
                var day = CommunityServiceKernel.Day(sessions[s].Date);
                var site = network.IndexOf(sessions[s].Site);
                sessionDay[offset + s] = day;
                sessionSite[offset + s] = site;
                if (site >= 0 && visits.FindIndex(firstVisit, v => v.Site == site) < 0)
                {
                    visits.Add((site, day));
                }
            }

            visitStart[i] = firstVisit;
            offset += sessions.Length;
        }

        sessionStart[n] = offset;
        visitStart[n] = visits.Count;
        visitSite = visits.Select(v => v.Site).ToArray();
        visitFirstDay = visits.Select(v => v.FirstDay).ToArray();
        BapasIds = ValueList.From(bapas);
        var villages = new List<RegionCode>();
        villageOfSite = new int[network.Sites.Count];
        for (var s = 0; s < villageOfSite.Length; s++)
        {
            var village = network.Sites[s].Place.Village;
            var v = villages.IndexOf(village);
            if (v < 0)
            {
                v = villages.Count;
                villages.Add(village);
            }

            villageOfSite[s] = v;
        }

        Villages = ValueList.From(villages);
    }

    /// <summary>Gets the ledgers, in order.</summary>
    public ValueList<HoursLedger> Ledgers { get; }

    /// <summary>Gets the placement network.</summary>
    public PlacementNetwork Network { get; }

    /// <summary>Gets the settings.</summary>
    public CommunityServiceSettings Settings { get; }

    /// <summary>Gets the number of orders.</summary>
    public int Count => hours.Length;

    /// <summary>Gets the Bapas of the orders, in order of first appearance: the positions of <see cref="CountByBapas"/>.</summary>
    public ValueList<InstitutionId> BapasIds { get; }

    /// <summary>Gets the villages of the network's sites, in order of first appearance: the positions of <see cref="HoursByVillage"/>.</summary>
    public ValueList<RegionCode> Villages { get; }

    /// <summary>Writes each order's standing on a date; allocates nothing.</summary>
    /// <param name="date">The evaluation date (ISO calendar).</param>
    /// <param name="results">Where to write, order <c>i</c> at position <c>i</c>; at least <see cref="Count"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short or the date is not countable.</exception>
    public void Evaluate(LocalDate date, Span<CommunityServiceSnapshot> results)
    {
        _ = Guard.Against.UncountableDate(date);
        CheckLength(results.Length, Count, nameof(results));
        var day = CommunityServiceKernel.Day(date);
        var riskNumerator = Settings.AtRiskShare.Numerator;
        var riskDenominator = Settings.AtRiskShare.Denominator;
        for (var i = 0; i < hours.Length; i++)
        {
            var served = 0;
            for (var s = sessionStart[i]; s < sessionStart[i + 1] && sessionDay[s] <= day; s++)
            {
                served += sessionCredit[s];
            }

            var status = CommunityServiceKernel.Status(hours[i], hoursPerDay[i], startDay[i], lastDay[i], served, day, riskNumerator, riskDenominator, out var remaining, out var available);
            results[i] = new CommunityServiceSnapshot(status, served, remaining, available);
        }
    }

    /// <summary>Counts the clients of each Bapas by status; allocates nothing.</summary>
    /// <param name="snapshots">The snapshots written by <see cref="Evaluate"/>; exactly <see cref="Count"/> long.</param>
    /// <param name="counts">Where to write, Bapas <c>b</c> of <see cref="BapasIds"/> at position <c>b</c>; at least <see cref="BapasIds"/>.Count long.</param>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    public void CountByBapas(ReadOnlySpan<CommunityServiceSnapshot> snapshots, Span<CommunityServiceCounts> counts)
    {
        CheckSnapshots(snapshots.Length, nameof(snapshots));
        CheckLength(counts.Length, BapasIds.Count, nameof(counts));
        counts[..BapasIds.Count].Clear();
        for (var i = 0; i < snapshots.Length; i++)
        {
            counts[bapasOf[i]] = counts[bapasOf[i]].Add(snapshots[i].Status);
        }
    }

    /// <summary>Counts, for each site, the clients who attended a session there on or before a date, by their status; allocates nothing.</summary>
    /// <param name="date">The evaluation date, the same as the snapshots'.</param>
    /// <param name="snapshots">The snapshots written by <see cref="Evaluate"/> for <paramref name="date"/>; exactly <see cref="Count"/> long.</param>
    /// <param name="counts">Where to write, site <c>s</c> of <see cref="PlacementNetwork.Sites"/> at position <c>s</c>; at least as long as the sites.</param>
    /// <exception cref="ArgumentException">A span has the wrong length or the date is not countable.</exception>
    public void CountBySite(LocalDate date, ReadOnlySpan<CommunityServiceSnapshot> snapshots, Span<CommunityServiceCounts> counts)
    {
        _ = Guard.Against.UncountableDate(date);
        CheckSnapshots(snapshots.Length, nameof(snapshots));
        CheckLength(counts.Length, villageOfSite.Length, nameof(counts));
        counts[..villageOfSite.Length].Clear();
        var day = CommunityServiceKernel.Day(date);
        for (var i = 0; i < snapshots.Length; i++)
        {
            for (var v = visitStart[i]; v < visitStart[i + 1]; v++)
            {
                if (visitFirstDay[v] <= day)
                {
                    counts[visitSite[v]] = counts[visitSite[v]].Add(snapshots[i].Status);
                }
            }
        }
    }

    /// <summary>Writes the hours credited at each site by a date; allocates nothing.</summary>
    /// <param name="date">The evaluation date (ISO calendar).</param>
    /// <param name="hoursBySite">Where to write, site <c>s</c> of <see cref="PlacementNetwork.Sites"/> at position <c>s</c>; at least as long as the sites.</param>
    /// <exception cref="ArgumentException">The span is too short or the date is not countable.</exception>
    public void HoursBySite(LocalDate date, Span<int> hoursBySite)
    {
        _ = Guard.Against.UncountableDate(date);
        CheckLength(hoursBySite.Length, villageOfSite.Length, nameof(hoursBySite));
        hoursBySite[..villageOfSite.Length].Clear();
        var day = CommunityServiceKernel.Day(date);
        for (var i = 0; i < hours.Length; i++)
        {
            // Each order's sessions are in date order: stop at the first one after the date.
            for (var s = sessionStart[i]; s < sessionStart[i + 1] && sessionDay[s] <= day; s++)
            {
                if (sessionSite[s] >= 0)
                {
                    hoursBySite[sessionSite[s]] += sessionCredit[s];
                }
            }
        }
    }

    /// <summary>Writes the hours credited in each village by a date (the sum over its sites); allocates nothing.</summary>
    /// <param name="date">The evaluation date (ISO calendar).</param>
    /// <param name="hoursByVillage">Where to write, village <c>v</c> of <see cref="Villages"/> at position <c>v</c>; at least <see cref="Villages"/>.Count long.</param>
    /// <exception cref="ArgumentException">The span is too short or the date is not countable.</exception>
    public void HoursByVillage(LocalDate date, Span<int> hoursByVillage)
    {
        _ = Guard.Against.UncountableDate(date);
        CheckLength(hoursByVillage.Length, Villages.Count, nameof(hoursByVillage));
        hoursByVillage[..Villages.Count].Clear();
        var day = CommunityServiceKernel.Day(date);
        for (var i = 0; i < hours.Length; i++)
        {
            for (var s = sessionStart[i]; s < sessionStart[i + 1] && sessionDay[s] <= day; s++)
            {
                if (sessionSite[s] >= 0)
                {
                    hoursByVillage[villageOfSite[sessionSite[s]]] += sessionCredit[s];
                }
            }
        }
    }

    /// <summary>Returns the number of orders and sessions.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} orders, {sessionDay.Length} sessions");

    /// <summary>Gets the packed columns, for the benchmarks' hand-written reference.</summary>
    internal (int[] Hours, int[] HoursPerDay, int[] StartDay, int[] LastDay, int[] SessionStart, int[] SessionDay, int[] SessionCredit) Columns =>
        (hours, hoursPerDay, startDay, lastDay, sessionStart, sessionDay, sessionCredit);

    private static void CheckLength(int length, int needed, string parameterName)
    {
        Guard.Against.ShortBuffer(length, needed, "one entry per order", parameterName);
    }

    private void CheckSnapshots(int length, string parameterName)
    {
        if (length != Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The snapshots must be those of this population's {Count} orders; {length} were given."), parameterName);
        }
    }
}
