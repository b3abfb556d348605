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
    /// <param name="exceptions">The exceptions; at least one, none null, with distinct priorities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="exceptions"/> is empty, contains null or repeats a priority.</exception>
    public ExceptionCriterion(CriterionDescriptor descriptor, ICriterion<TSubject, TParameters> rule, IEnumerable<CriterionException<TSubject, TParameters>> exceptions)
    {
        Descriptor = Guard.Against.Null(descriptor);
        Rule = Guard.Against.Null(rule);
        var list = ValueList.FromNonNull(exceptions, nameof(exceptions)).OrderByDescending(e => e.Priority).ToList();
        Guard.Against.InvalidInput(list, nameof(exceptions), l => l.Count > 0, "A rule with exceptions needs at least one exception.");
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
            : branch == RuleBranch ? general(subject, in context)
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
        var decider = branch >= 0 ? Exceptions[branch].Then : branch == RuleBranch ? Rule : null;
        return decider switch
        {
            null => Descriptor,
            ExceptionCriterion<TSubject, TParameters> nested => nested.DecidingDescriptor(subject, in context),
            _ => decider.Descriptor,
        };
    }

    private const int RuleBranch = -1;
    private const int Undecided = -2;

    /// <summary>Which branch decides: the first exception whose condition is met, the general rule when none is, or none while a condition is not recorded.</summary>
    private int Branch(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var whens = conditions;
        for (var i = 0; i < whens.Length; i++)
        {
            var outcome = whens[i](subject, in context).Outcome;
            if (outcome == CriterionOutcome.Met)
            {
                return i;
            }

            if (outcome == CriterionOutcome.Unknown)
            {
                return Undecided;
            }
        }

        return RuleBranch;
    }

    /// <inheritdoc/>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
    {
        // The conditions are evaluated by batch; a replacement or the general rule only for the subjects it decides
        // (as Evaluate does), so that an expensive branch is not computed for everyone.
        const int chunk = 256;
        Span<CriterionResult> when = stackalloc CriterionResult[chunk];
        Span<bool> decided = stackalloc bool[chunk];
        var exceptions = Exceptions;
        for (var start = 0; start < subjects.Length; start += chunk)
        {
            var length = Math.Min(chunk, subjects.Length - start);
            var batch = subjects.Slice(start, length);
            var target = destination.Slice(start, length);
            decided[..length].Clear();
            for (var i = 0; i < exceptions.Count; i++)
            {
                exceptions[i].When.EvaluateMany(batch, in context, when[..length]);
                var then = replacements[i];
                for (var j = 0; j < length; j++)
                {
                    if (decided[j])
                    {
                        continue;
                    }

                    var outcome = when[j].Outcome;
                    if (outcome == CriterionOutcome.Met)
                    {
                        target[j] = then(batch[j], in context);
                        decided[j] = true;
                    }
                    else if (outcome == CriterionOutcome.Unknown)
                    {
                        target[j] = CriterionResult.Unknown;
                        decided[j] = true;
                    }
                }
            }

            for (var j = 0; j < length; j++)
            {
                if (!decided[j])
                {
                    target[j] = general(batch[j], in context);
                }
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
