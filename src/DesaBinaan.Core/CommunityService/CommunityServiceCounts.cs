using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>The number of community-service clients in each status, for a Bapas, a site or a whole population.</summary>
/// <remarks>Equality compares every count. The default value is all zero.</remarks>
[Immutable]
public readonly record struct CommunityServiceCounts
{
    /// <summary>Initializes counts.</summary>
    /// <param name="notStarted">Clients whose period has not begun; not negative.</param>
    /// <param name="inProgress">Clients in progress; not negative.</param>
    /// <param name="atRisk">Clients at risk; not negative.</param>
    /// <param name="completed">Clients who completed; not negative.</param>
    /// <param name="failed">Clients who failed; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public CommunityServiceCounts(int notStarted, int inProgress, int atRisk, int completed, int failed)
    {
        NotStarted = Guard.Against.NegativeCount(notStarted);
        InProgress = Guard.Against.NegativeCount(inProgress);
        AtRisk = Guard.Against.NegativeCount(atRisk);
        Completed = Guard.Against.NegativeCount(completed);
        Failed = Guard.Against.NegativeCount(failed);
    }

    /// <summary>Gets the clients whose period has not begun.</summary>
    public int NotStarted { get; }

    /// <summary>Gets the clients in progress.</summary>
    public int InProgress { get; }

    /// <summary>Gets the clients at risk.</summary>
    public int AtRisk { get; }

    /// <summary>Gets the clients who completed.</summary>
    public int Completed { get; }

    /// <summary>Gets the clients who failed.</summary>
    public int Failed { get; }

    /// <summary>Gets the total.</summary>
    public int Total => NotStarted + InProgress + AtRisk + Completed + Failed;

    /// <summary>Returns the count of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count; zero for an undefined status.</returns>
    public int Of(CommunityServiceStatus status) => status switch
    {
        CommunityServiceStatus.NotStarted => NotStarted,
        CommunityServiceStatus.InProgress => InProgress,
        CommunityServiceStatus.AtRisk => AtRisk,
        CommunityServiceStatus.Completed => Completed,
        CommunityServiceStatus.Failed => Failed,
        _ => 0,
    };

    /// <summary>Returns the counts with one more client in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The new counts.</returns>
    public CommunityServiceCounts Add(CommunityServiceStatus status) => new(
        NotStarted + (status == CommunityServiceStatus.NotStarted ? 1 : 0),
        InProgress + (status == CommunityServiceStatus.InProgress ? 1 : 0),
        AtRisk + (status == CommunityServiceStatus.AtRisk ? 1 : 0),
        Completed + (status == CommunityServiceStatus.Completed ? 1 : 0),
        Failed + (status == CommunityServiceStatus.Failed ? 1 : 0));

    /// <summary>Returns the counts of a span of snapshots.</summary>
    /// <param name="snapshots">The snapshots.</param>
    /// <returns>The counts.</returns>
    public static CommunityServiceCounts Of(ReadOnlySpan<CommunityServiceSnapshot> snapshots)
    {
        var counts = default(CommunityServiceCounts);
        foreach (var snapshot in snapshots)
        {
            counts = counts.Add(snapshot.Status);
        }

        return counts;
    }

    /// <summary>Returns the counts in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"not-started={NotStarted} in-progress={InProgress} at-risk={AtRisk} completed={Completed} failed={Failed}");
}
