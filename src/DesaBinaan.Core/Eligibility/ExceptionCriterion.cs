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

    private const int Chunk = 256;
    private const int MaxExceptions = 100;

    /// <summary>Which branch decides: the first exception whose condition is met, the general rule when none is, or none while a condition is not recorded.</summary>
    private int Branch(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var whens = conditions;
        var branch = ExceptionBranch.Pending;
        for (var i = 0; i < whens.Length && branch == ExceptionBranch.Pending; i++)
        {
            branch = ExceptionBranch.Next(branch, whens[i](subject, in context).Outcome, i);
        }

        return ExceptionBranch.Final(branch);
    }

    /// <inheritdoc/>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination) =>
        EvaluateColumns<NoRow>(default, subjects, in context, destination[..subjects.Length]);

    /// <summary>
    /// Evaluates a batch column by column: each condition over the whole batch, then each replacement and the general
    /// rule for the subjects it decides only — from the packed rows when the batch has them and the branch reads them
    /// (<see cref="IRowCriterion{TSubject, TRow, TParameters}.EvaluateRowsAt"/>), else for those subjects gathered
    /// side by side — so that each subject is evaluated by one branch, as <see cref="Evaluate"/> does.
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
        Span<CriterionResult> column = stackalloc CriterionResult[Chunk];
        Span<sbyte> branch = stackalloc sbyte[Chunk];
        Span<int> picked = stackalloc int[Chunk];
        // Rented only when a branch is evaluated for the subjects it decides gathered (not a criterion over packed rows).
        TSubject[]? pickedSubjects = null;
        TRow[]? pickedRows = null;
        try
        {
            for (var start = 0; start < subjects.Length; start += Chunk)
            {
                var length = Math.Min(Chunk, subjects.Length - start);
                var batch = subjects.Slice(start, length);
                var batchRows = hasRows ? rows.Slice(start, length) : default;
                var target = destination.Slice(start, length);
                var decides = branch[..length];
                decides.Fill(ExceptionBranch.Pending);
                for (var i = 0; i < Exceptions.Count; i++)
                {
                    CriterionColumns.Evaluate(Exceptions[i].When, batchRows, batch, in context, column[..length]);
                    for (var j = 0; j < length; j++)
                    {
                        // Branch-free: conditions vary from subject to subject, so branches would be mispredicted.
                        decides[j] = (sbyte)ExceptionBranch.Next(decides[j], column[j].Outcome, i);
                    }
                }

                for (var j = 0; j < length; j++)
                {
                    decides[j] = (sbyte)ExceptionBranch.Final(decides[j]);
                    target[j] = CriterionResult.Unknown;
                }

                for (var k = ExceptionBranch.Rule; k < Exceptions.Count; k++)
                {
                    var count = 0;
                    for (var j = 0; j < length; j++)
                    {
                        picked[count] = j;
                        count += decides[j] == k ? 1 : 0;
                    }

                    var criterion = k == ExceptionBranch.Rule ? Rule : Exceptions[k].Then;
                    if (count == 0)
                    {
                        continue;
                    }

                    if (count == length)
                    {
                        CriterionColumns.Evaluate(criterion, batchRows, batch, in context, target);
                    }
                    else if (hasRows && criterion is IRowCriterion<TSubject, TRow, TParameters> packed)
                    {
                        packed.EvaluateRowsAt(batchRows, batch, picked[..count], in context, target);
                    }
                    else
                    {
                        pickedSubjects ??= System.Buffers.ArrayPool<TSubject>.Shared.Rent(Chunk);
                        pickedRows ??= hasRows ? System.Buffers.ArrayPool<TRow>.Shared.Rent(Chunk) : [];
                        for (var m = 0; m < count; m++)
                        {
                            pickedSubjects[m] = batch[picked[m]];
                            if (hasRows)
                            {
                                pickedRows[m] = batchRows[picked[m]];
                            }
                        }

                        CriterionColumns.Evaluate(criterion, hasRows ? pickedRows.AsSpan(0, count) : default, pickedSubjects.AsSpan(0, count), in context, column[..count]);
                        for (var m = 0; m < count; m++)
                        {
                            target[picked[m]] = column[m];
                        }
                    }
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
