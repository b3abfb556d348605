using System.Numerics;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>
/// The eligibility funnel of a roster: counts by status, how many the policy does not apply to, and for each
/// criterion how many fail it, how many it blocks first and how many more would be eligible if it alone were relaxed.
/// </summary>
/// <remarks>
/// "Relaxed" means the criterion is treated as met while every other criterion keeps its result: a subject counts
/// in <see cref="CriterionFunnelLine.GainIfRelaxed"/> when that criterion is its only blocker and the policy applies
/// to it. Equality compares every member.
/// </remarks>
[Immutable]
public sealed record Funnel
{
    /// <summary>Initializes a funnel.</summary>
    /// <param name="versionId">The id of the policy version evaluated.</param>
    /// <param name="statuses">The counts by status.</param>
    /// <param name="notApplicable">The subjects the policy does not apply to (counted as ineligible); not negative.</param>
    /// <param name="criteria">One line per criterion, in the version's order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="versionId"/> or <paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="versionId"/> is white space or <paramref name="criteria"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="notApplicable"/> is negative or exceeds the ineligible count.</exception>
    public Funnel(string versionId, StatusCounts statuses, int notApplicable, ValueList<CriterionFunnelLine> criteria)
    {
        VersionId = Guard.Against.BlankText(versionId);
        Statuses = statuses;
        NotApplicable = Guard.Against.OutOfRange(notApplicable, nameof(notApplicable), 0, statuses.Ineligible, "The subjects the policy does not apply to are counted among the ineligible.");
        Criteria = ValueList.FromNonNull(criteria, nameof(criteria));
    }

    /// <summary>Gets the id of the policy version evaluated.</summary>
    public string VersionId { get; }

    /// <summary>Gets the number of subjects.</summary>
    public int Total => Statuses.Total;

    /// <summary>Gets the counts by status.</summary>
    public StatusCounts Statuses { get; }

    /// <summary>Gets the number of subjects the policy does not apply to (its applicability condition fails; they are counted as ineligible).</summary>
    public int NotApplicable { get; }

    /// <summary>Gets one line per criterion, in the version's order.</summary>
    public ValueList<CriterionFunnelLine> Criteria { get; }

    /// <summary>Returns the line of a criterion by code, or null.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The line, or null when the version has no criterion with that code.</returns>
    public CriterionFunnelLine? this[string code]
    {
        get
        {
            foreach (var line in Criteria)
            {
                if (string.Equals(line.Code, code, StringComparison.Ordinal))
                {
                    return line;
                }
            }

            return null;
        }
    }

    /// <summary>Computes the funnel of an evaluated roster.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="roster">The evaluated roster; must not be null.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public static Funnel Of<TSubject, TParameters>(RosterEvaluation<TSubject, TParameters> roster)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(roster);
        return Of(roster.Version, roster.Summaries);
    }

    /// <summary>Computes the funnel from summaries written by <see cref="Roster.Evaluate"/> (one pass over the summaries; allocates only the funnel).</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="version">The policy version the summaries come from; must not be null.</param>
    /// <param name="summaries">The summaries.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public static Funnel Of<TSubject, TParameters>(PolicyVersion<TSubject, TParameters> version, ReadOnlySpan<EvaluationSummary> summaries)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(version);
        var k = version.Criteria.Count;
        Span<int> counts = stackalloc int[5 * PolicyVersion<TSubject, TParameters>.MaxCriteria];
        counts.Clear();
        var notMet = counts[..k];
        var waiting = counts.Slice(64, k);
        var unknown = counts.Slice(128, k);
        var first = counts.Slice(192, k);
        var gain = counts.Slice(256, k);
        Span<int> statuses = stackalloc int[4];
        statuses.Clear();
        var notApplicable = 0;
        foreach (ref readonly var s in summaries)
        {
            statuses[(int)s.Status & 3]++;
            Add(notMet, s.NotMetMask);
            Add(waiting, s.WaitingMask);
            Add(unknown, s.UnknownMask);
            var applies = s.Applicability == CriterionOutcome.Met;
            if (!applies && s.Applicability != CriterionOutcome.Unknown)
            {
                notApplicable++;
            }

            if (s.Status != DecisionStatus.Eligible && s.FirstBlocker >= 0)
            {
                first[s.FirstBlocker]++;
            }

            var blockers = s.NotMetMask | s.UnknownMask;
            if (applies && s.Status != DecisionStatus.Eligible && BitOperations.PopCount(blockers) == 1)
            {
                gain[BitOperations.TrailingZeroCount(blockers)]++;
            }
        }

        var lines = new CriterionFunnelLine[k];
        for (var i = 0; i < k; i++)
        {
            lines[i] = new CriterionFunnelLine(i, version.Criteria[i].Descriptor, notMet[i], waiting[i], unknown[i], first[i], gain[i]);
        }

        var counted = new StatusCounts(statuses[(int)DecisionStatus.Eligible], statuses[(int)DecisionStatus.NotYetEligible], statuses[(int)DecisionStatus.Ineligible], statuses[(int)DecisionStatus.Undetermined]);
        return new Funnel(version.Id, counted, notApplicable, ValueList.Create<CriterionFunnelLine>(lines));
    }

    /// <summary>Returns the totals as text.</summary>
    /// <returns>For example <c>outside-activity.2022: 5000 subjects (eligible 120, ...)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{VersionId}: {Total} subjects ({Statuses})");

    private static void Add(Span<int> counts, ulong mask)
    {
        while (mask != 0)
        {
            counts[BitOperations.TrailingZeroCount(mask)]++;
            mask &= mask - 1;
        }
    }
}
