using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A general rule with exceptions that override it for some subjects (for example: served 1/2, except for special
/// offences: served 2/3 and at least 9 months). Exceptions are tried by descending priority: the first whose
/// condition is met decides; a condition that is unknown makes the whole criterion unknown (the rule to apply cannot
/// be told); when no condition is met the general rule decides.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
/// <remarks>The explanation carries the descriptor (reason code and citation) of the branch that decided.</remarks>
[Immutable]
public sealed class ExceptionCriterion<TSubject, TParameters> : ICriterion<TSubject, TParameters>
    where TParameters : class, IPolicyParameters
{
    private readonly CriterionEvaluator<TSubject, TParameters>[] conditions;
    private readonly CriterionEvaluator<TSubject, TParameters>[] replacements;
    private readonly CriterionEvaluator<TSubject, TParameters> general;

    /// <summary>Initializes a rule with exceptions.</summary>
    /// <param name="descriptor">What the rule as a whole checks (used when the branch cannot be told).</param>
    /// <param name="rule">The general rule.</param>
    /// <param name="exceptions">The exceptions; at least one and at most 100, none null, with distinct priorities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="exceptions"/> is empty, has more than 100 exceptions, contains null or repeats a priority.</exception>
    public ExceptionCriterion(CriterionDescriptor descriptor, ICriterion<TSubject, TParameters> rule, IEnumerable<CriterionException<TSubject, TParameters>> exceptions)
    {
        Descriptor = Guard.Against.Null(descriptor);
        Rule = Guard.Against.Null(rule);
        var list = ValueList.FromNonNull(exceptions, nameof(exceptions)).OrderByDescending(e => e.Priority).ToList();
        Guard.Against.InvalidInput(list, nameof(exceptions), l => l.Count > 0, "A rule with exceptions needs at least one exception.");
        Guard.Against.InvalidInput(list, nameof(exceptions), l => l.Count <= MaxExceptions, "A rule may have at most 100 exceptions.");
        Guard.Against.InvalidInput(list, nameof(exceptions), l => l.Select(e => e.Priority).Distinct().Count() == l.Count, "The exceptions of one rule must have distinct priorities.");
        Exceptions = ValueList.From(list);
        conditions = new CriterionEvaluator<TSubject, TParameters>[list.Count];
        replacements = new CriterionEvaluator<TSubject, TParameters>[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            conditions[i] = list[i].When.Evaluate;
            replacements[i] = list[i].Then.Evaluate;
        }

        general = rule.Evaluate;
    }

    /// <inheritdoc/>
    public CriterionDescriptor Descriptor { get; }

    /// <summary>Gets the general rule.</summary>
    public ICriterion<TSubject, TParameters> Rule { get; }

    /// <summary>Gets the exceptions, by descending priority.</summary>
    public ValueList<CriterionException<TSubject, TParameters>> Exceptions { get; }

    /// <inheritdoc/>
    public CriterionResult Evaluate(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var branch = Branch(subject, in context);
        return branch >= 0 ? replacements[branch](subject, in context)
            : branch == ExceptionBranch.Rule ? general(subject, in context)
            : CriterionResult.Unknown;
    }

    /// <summary>
    /// Returns the descriptor of the criterion that decides for a subject — the exception whose condition is met, else the
    /// general rule (followed into nested exceptions), or this criterion's own when a condition is not recorded: the
    /// criterion a decision's finding names, found without explaining anything.
    /// </summary>
    internal CriterionDescriptor DecidingDescriptor(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var branch = Branch(subject, in context);
        var decider = branch >= 0 ? Exceptions[branch].Then : branch == ExceptionBranch.Rule ? Rule : null;
        return decider switch
        {
            null => Descriptor,
            ExceptionCriterion<TSubject, TParameters> nested => nested.DecidingDescriptor(subject, in context),
            _ => decider.Descriptor,
        };
    }

    private const int Chunk = CriterionColumns.Chunk;
    private const int MaxExceptions = 100;

    /// <summary>Which branch decides: the first exception whose condition is met, the general rule when none is, or none while a condition is not recorded.</summary>
    private int Branch(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var whens = conditions;
        for (var i = 0; i < whens.Length; i++)
        {
            var branch = ExceptionBranch.Decide(whens[i](subject, in context).Outcome, i, ExceptionBranch.Pending);
            if (branch != ExceptionBranch.Pending)
            {
                return branch;
            }
        }

        return ExceptionBranch.Rule;
    }

    /// <inheritdoc/>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination) =>
        EvaluateColumns<NoRow>(default, subjects, in context, destination[..subjects.Length]);

    /// <summary>
    /// Evaluates a batch column by column, a chunk at a time: the branch of every subject chosen from the conditions'
    /// columns (<see cref="ChooseBranches"/>), then each branch evaluated for the subjects it decides only
    /// (<see cref="EvaluateBranches"/>), so that each subject is evaluated by one branch, as <see cref="Evaluate"/> does.
    /// </summary>
    /// <typeparam name="TRow">The packed row type, or <see cref="NoRow"/>.</typeparam>
    /// <param name="rows">The rows (empty for <see cref="NoRow"/>).</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="destination">Where to write subject <c>j</c>'s result, at <c>j</c>; exactly as long as <paramref name="subjects"/>.</param>
    internal void EvaluateColumns<TRow>(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
        where TRow : struct
    {
        var hasRows = typeof(TRow) != typeof(NoRow);
        Span<sbyte> branches = stackalloc sbyte[Chunk];
        for (var start = 0; start < subjects.Length; start += Chunk)
        {
            var length = Math.Min(Chunk, subjects.Length - start);
            var batch = subjects.Slice(start, length);
            var batchRows = hasRows ? rows.Slice(start, length) : default;
            ChooseBranches(batchRows, batch, in context, branches[..length]);
            EvaluateBranches(batchRows, batch, in context, branches[..length], destination.Slice(start, length));
        }
    }

    /// <summary>
    /// Returns whether another rule with exceptions has the same conditions, in the same order of priority (the same
    /// criterion objects): it then picks the same branch for every subject, and a batch needs to choose them once.
    /// </summary>
    /// <param name="other">The other rule.</param>
    /// <returns>Whether the branch choice of one serves the other.</returns>
    internal bool HasSameConditions(ExceptionCriterion<TSubject, TParameters> other)
    {
        if (other.Exceptions.Count != Exceptions.Count)
        {
            return false;
        }

        for (var i = 0; i < Exceptions.Count; i++)
        {
            if (!ReferenceEquals(Exceptions[i].When, other.Exceptions[i].When))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Chooses the deciding branch of every subject of a chunk (<see cref="ExceptionBranch"/>: an exception's index, the
    /// general rule, or undecided while a condition is not recorded), each condition evaluated as a column.
    /// </summary>
    /// <typeparam name="TRow">The packed row type, or <see cref="NoRow"/>.</typeparam>
    /// <param name="rows">The rows (empty for <see cref="NoRow"/>).</param>
    /// <param name="subjects">The subjects; at most 256.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="branches">Where to write subject <c>j</c>'s branch, at <c>j</c>; as long as <paramref name="subjects"/>.</param>
    internal void ChooseBranches<TRow>(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<sbyte> branches)
        where TRow : struct
    {
        Span<CriterionResult> column = stackalloc CriterionResult[Chunk];
        var length = subjects.Length;
        branches = branches[..length];
        column = column[..length];
        branches.Fill(ExceptionBranch.Rule);
        for (var i = Exceptions.Count - 1; i >= 0; i--)
        {
            // Last to first, so that each condition overrides what the later ones decided; branch-free, as conditions
            // vary from subject to subject.
            CriterionColumns.Evaluate(Exceptions[i].When, rows, subjects, in context, column);
            for (var j = 0; j < column.Length; j++)
            {
                branches[j] = unchecked((sbyte)ExceptionBranch.Decide(column[j].Outcome, i, branches[j]));
            }
        }
    }

    /// <summary>
    /// Evaluates each branch of a chunk for the subjects it decides only — from the packed rows when the batch has them
    /// and the branch reads them (<see cref="IRowCriterion{TSubject, TRow, TParameters}.EvaluateRowsAt"/>), else for
    /// those subjects gathered side by side — and writes unknown where no branch could be chosen.
    /// </summary>
    /// <typeparam name="TRow">The packed row type, or <see cref="NoRow"/>.</typeparam>
    /// <param name="rows">The rows (empty for <see cref="NoRow"/>).</param>
    /// <param name="subjects">The subjects; at most 256.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="branches">Each subject's branch (<see cref="ChooseBranches"/>).</param>
    /// <param name="destination">Where to write subject <c>j</c>'s result, at <c>j</c>; as long as <paramref name="subjects"/>.</param>
    internal void EvaluateBranches<TRow>(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, ReadOnlySpan<sbyte> branches, Span<CriterionResult> destination)
        where TRow : struct
    {
        var hasRows = typeof(TRow) != typeof(NoRow);
        var length = subjects.Length;
        var target = destination[..length];
        target.Fill(CriterionResult.Unknown);
        Span<int> picked = stackalloc int[Chunk];
        // Rented only when a branch that does not read packed rows decides some subjects only (they are gathered).
        TSubject[]? pickedSubjects = null;
        TRow[]? pickedRows = null;
        try
        {
            for (var k = ExceptionBranch.Rule; k < Exceptions.Count; k++)
            {
                var count = 0;
                for (var j = 0; j < length; j++)
                {
                    picked[count] = j;
                    count += branches[j] == k ? 1 : 0;
                }

                var criterion = k == ExceptionBranch.Rule ? Rule : Exceptions[k].Then;
                if (count == length)
                {
                    CriterionColumns.Evaluate(criterion, rows, subjects, in context, target);
                }
                else if (count > 0 && hasRows && criterion is IRowCriterion<TSubject, TRow, TParameters> packed)
                {
                    packed.EvaluateRowsAt(rows, subjects, picked[..count], in context, target);
                }
                else if (count > 0)
                {
                    pickedSubjects ??= System.Buffers.ArrayPool<TSubject>.Shared.Rent(Chunk);
                    pickedRows ??= hasRows ? System.Buffers.ArrayPool<TRow>.Shared.Rent(Chunk) : [];
                    EvaluateGathered(criterion, rows, subjects, picked[..count], in context, pickedSubjects, pickedRows, target);
                }
            }
        }
        finally
        {
            if (pickedSubjects is not null)
            {
                System.Buffers.ArrayPool<TSubject>.Shared.Return(pickedSubjects, System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<TSubject>());
            }

            if (hasRows && pickedRows is not null)
            {
                System.Buffers.ArrayPool<TRow>.Shared.Return(pickedRows, System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<TRow>());
            }
        }
    }

    /// <summary>Evaluates a branch that does not read packed rows for some subjects of a chunk, gathered side by side into the given buffers.</summary>
    private static void EvaluateGathered<TRow>(ICriterion<TSubject, TParameters> criterion, ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, ReadOnlySpan<int> picked, in EvaluationContext<TParameters> context, TSubject[] pickedSubjects, TRow[] pickedRows, Span<CriterionResult> target)
        where TRow : struct
    {
        var hasRows = typeof(TRow) != typeof(NoRow);
        var count = picked.Length;
        Span<CriterionResult> column = stackalloc CriterionResult[Chunk];
        for (var m = 0; m < count; m++)
        {
            pickedSubjects[m] = subjects[picked[m]];
            if (hasRows)
            {
                pickedRows[m] = rows[picked[m]];
            }
        }

        CriterionColumns.Evaluate(criterion, hasRows ? pickedRows.AsSpan(0, count) : default, pickedSubjects.AsSpan(0, count), in context, column[..count]);
        for (var m = 0; m < count; m++)
        {
            target[picked[m]] = column[m];
        }
    }

    /// <inheritdoc/>
    public CriterionFinding Explain(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var parts = new List<CriterionFinding>();
        foreach (var exception in Exceptions)
        {
            var condition = exception.When.Explain(subject, in context);
            parts.Add(condition);
            if (condition.Outcome == CriterionOutcome.Met)
            {
                var decided = exception.Then.Explain(subject, in context);
                return new CriterionFinding(decided.Descriptor, decided.Result, decided.Facts, ValueList.From(parts).AddRange(decided.Parts));
            }

            if (condition.Outcome == CriterionOutcome.Unknown)
            {
                return new CriterionFinding(Descriptor, CriterionResult.Unknown, ValueList<Fact>.Empty, ValueList.From(parts));
            }
        }

        var ruled = Rule.Explain(subject, in context);
        return new CriterionFinding(ruled.Descriptor, ruled.Result, ruled.Facts, ValueList.From(parts).AddRange(ruled.Parts));
    }
}
