using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>
/// The same roster under two evaluations (two policy versions, two parameter sets such as a switch turned off,
/// or two counting conventions): who changes status, in which direction and because of which criteria.
/// </summary>
/// <remarks>
/// Criteria are matched by code. A criterion is a cause of a change when it blocks the subject (not met or unknown)
/// in one evaluation and not in the other, or exists in only one version and blocks there; a change of the
/// applicability condition counts under its code. Equality compares every member.
/// </remarks>
[Immutable]
public sealed record PolicyComparison
{
    /// <summary>Initializes a comparison.</summary>
    /// <param name="beforeVersionId">The id of the first evaluation's version.</param>
    /// <param name="afterVersionId">The id of the second evaluation's version (may equal the first when only parameters differ).</param>
    /// <param name="before">The counts by status of the first evaluation.</param>
    /// <param name="after">The counts by status of the second evaluation; the same total.</param>
    /// <param name="changes">The subjects whose status changed, in roster order.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is white space, <paramref name="changes"/> contains null, or the totals differ.</exception>
    public PolicyComparison(string beforeVersionId, string afterVersionId, StatusCounts before, StatusCounts after, ValueList<StatusChange> changes)
    {
        BeforeVersionId = Guard.Against.BlankText(beforeVersionId);
        AfterVersionId = Guard.Against.BlankText(afterVersionId);
        Before = before;
        After = Guard.Against.InvalidInput(after, nameof(after), a => a.Total == before.Total, "Both evaluations of a comparison count the same subjects.");
        Changes = ValueList.FromNonNull(changes, nameof(changes));
    }

    /// <summary>Gets the id of the first evaluation's version.</summary>
    public string BeforeVersionId { get; }

    /// <summary>Gets the id of the second evaluation's version.</summary>
    public string AfterVersionId { get; }

    /// <summary>Gets the counts by status of the first evaluation.</summary>
    public StatusCounts Before { get; }

    /// <summary>Gets the counts by status of the second evaluation.</summary>
    public StatusCounts After { get; }

    /// <summary>Gets the subjects whose status changed, in roster order.</summary>
    public ValueList<StatusChange> Changes { get; }

    /// <summary>Gets the number of subjects who became eligible.</summary>
    public int BecameEligible => Changes.Count(c => c.Direction == ChangeDirection.BecameEligible);

    /// <summary>Gets the number of subjects who lost eligibility.</summary>
    public int LostEligibility => Changes.Count(c => c.Direction == ChangeDirection.LostEligibility);

    /// <summary>Gets the number of subjects whose status is the same in both.</summary>
    public int Unchanged => Before.Total - Changes.Count;

    /// <summary>Compares two evaluations of the same roster.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="before">The first evaluation; must not be null.</param>
    /// <param name="after">The second evaluation, of the same subjects in the same order; must not be null.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The two evaluations are not of the same subjects in the same order.</exception>
    public static PolicyComparison Of<TSubject, TParameters>(RosterEvaluation<TSubject, TParameters> before, RosterEvaluation<TSubject, TParameters> after)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        Guard.Against.InvalidInput(after, nameof(after), a => a.Count == before.Count && SameIds(before.Subjects, a.Subjects), "Both evaluations of a comparison must be of the same subjects in the same order.");
        return Of(before.Version, before.Summaries, after.Version, after.Summaries, before.Subjects);
    }

    /// <summary>Compares two sets of summaries written by <see cref="Roster.Evaluate"/> for the same subjects (one pass; allocates only for the subjects who change).</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="beforeVersion">The version of the first summaries; must not be null.</param>
    /// <param name="before">The first summaries.</param>
    /// <param name="afterVersion">The version of the second summaries; must not be null.</param>
    /// <param name="after">The second summaries; as many as <paramref name="before"/>.</param>
    /// <param name="subjects">The subjects, in the order of the summaries; as many as <paramref name="before"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">A version is null.</exception>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    public static PolicyComparison Of<TSubject, TParameters>(PolicyVersion<TSubject, TParameters> beforeVersion, ReadOnlySpan<EvaluationSummary> before, PolicyVersion<TSubject, TParameters> afterVersion, ReadOnlySpan<EvaluationSummary> after, ReadOnlySpan<TSubject> subjects)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(beforeVersion);
        Guard.Against.Null(afterVersion);
        if (after.Length != before.Length)
        {
            throw new ArgumentException("Both evaluations of a comparison must have one summary per subject.", nameof(after));
        }

        if (subjects.Length != before.Length)
        {
            throw new ArgumentException("A comparison needs one subject per summary.", nameof(subjects));
        }

        // Index of each "after" criterion in "before" (-1 when absent).
        var afterCount = afterVersion.Criteria.Count;
        var map = new int[afterCount];
        ulong matchedBefore = 0;
        for (var j = 0; j < afterCount; j++)
        {
            map[j] = beforeVersion.IndexOf(afterVersion.Criteria[j].Descriptor.Code);
            if (map[j] >= 0)
            {
                matchedBefore |= 1UL << map[j];
            }
        }

        var changes = new List<StatusChange>();
        for (var i = 0; i < before.Length; i++)
        {
            var b = before[i];
            var a = after[i];
            if (a.Status != b.Status)
            {
                changes.Add(new StatusChange(i, subjects[i].SubjectId, b.Status, a.Status, Causes(beforeVersion, b, afterVersion, a, map, matchedBefore)));
            }
        }

        return new PolicyComparison(beforeVersion.Id, afterVersion.Id, StatusCounts.Of(before), StatusCounts.Of(after), ValueList.From(changes));
    }

    /// <summary>Returns the totals as text.</summary>
    /// <returns>For example <c>outside.2022 -> outside.2022: 120 changed (+100 eligible, -20)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{BeforeVersionId} -> {AfterVersionId}: {Changes.Count} changed (+{BecameEligible} eligible, -{LostEligibility})");

    private static ValueList<string> Causes<TSubject, TParameters>(PolicyVersion<TSubject, TParameters> beforeVersion, EvaluationSummary b, PolicyVersion<TSubject, TParameters> afterVersion, EvaluationSummary a, int[] map, ulong matchedBefore)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        var causes = new List<string>();
        if (a.Applicability != b.Applicability)
        {
            var code = (afterVersion.Applicability ?? beforeVersion.Applicability)?.Descriptor.Code;
            if (code is not null)
            {
                causes.Add(code);
            }
        }

        var blockedBefore = b.NotMetMask | b.UnknownMask;
        var blockedAfter = a.NotMetMask | a.UnknownMask;
        for (var j = 0; j < map.Length; j++)
        {
            var inAfter = (blockedAfter & (1UL << j)) != 0;
            var inBefore = map[j] >= 0 && (blockedBefore & (1UL << map[j])) != 0;
            if (inAfter != inBefore)
            {
                causes.Add(afterVersion.Criteria[j].Descriptor.Code);
            }
        }

        var onlyBefore = blockedBefore & ~matchedBefore;
        while (onlyBefore != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(onlyBefore);
            causes.Add(beforeVersion.Criteria[i].Descriptor.Code);
            onlyBefore &= onlyBefore - 1;
        }

        return ValueList.From(causes);
    }

    private static bool SameIds<TSubject>(ReadOnlySpan<TSubject> a, ReadOnlySpan<TSubject> b)
        where TSubject : IEligibilitySubject
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i].SubjectId, b[i].SubjectId, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
