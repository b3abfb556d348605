using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A criterion met when its part is not met, and not met when its part is met (with no date: negation drops dates);
/// unknown and not applicable stay as they are.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
[Immutable]
public sealed class NotCriterion<TSubject, TParameters> : ICriterion<TSubject, TParameters>
    where TParameters : class, IPolicyParameters
{
    private readonly CriterionEvaluator<TSubject, TParameters> evaluator;

    /// <summary>Initializes a negation.</summary>
    /// <param name="descriptor">What the negation checks.</param>
    /// <param name="part">The criterion negated.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NotCriterion(CriterionDescriptor descriptor, ICriterion<TSubject, TParameters> part)
    {
        Descriptor = Guard.Against.Null(descriptor);
        Part = Guard.Against.Null(part);
        evaluator = part.Evaluate;
    }

    /// <inheritdoc/>
    public CriterionDescriptor Descriptor { get; }

    /// <summary>Gets the criterion negated.</summary>
    public ICriterion<TSubject, TParameters> Part { get; }

    /// <inheritdoc/>
    public CriterionResult Evaluate(TSubject subject, in EvaluationContext<TParameters> context) => Outcomes.Negate(evaluator(subject, in context));

    /// <inheritdoc/>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
    {
        Part.EvaluateMany(subjects, in context, destination);
        for (var j = 0; j < subjects.Length; j++)
        {
            destination[j] = Outcomes.Negate(destination[j]);
        }
    }

    /// <inheritdoc/>
    public CriterionFinding Explain(TSubject subject, in EvaluationContext<TParameters> context)
    {
        var inner = Part.Explain(subject, in context);
        return new CriterionFinding(Descriptor, Outcomes.Negate(inner.Result), ValueList<Fact>.Empty, [inner]);
    }
}
