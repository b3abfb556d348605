using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A criterion met when at least one of its parts is met (parts that do not apply are ignored). Otherwise an unknown
/// part makes it unknown; otherwise it is not yet met until the earliest date of its parts, or not met.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
[Immutable]
public sealed class AnyOfCriterion<TSubject, TParameters> : ICriterion<TSubject, TParameters>
    where TParameters : class, IPolicyParameters
{
    private readonly CriterionEvaluator<TSubject, TParameters>[] evaluators;

    /// <summary>Initializes an any-of criterion.</summary>
    /// <param name="descriptor">What the combination checks.</param>
    /// <param name="parts">The parts; at least one, none null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty or contains null.</exception>
    public AnyOfCriterion(CriterionDescriptor descriptor, IEnumerable<ICriterion<TSubject, TParameters>> parts)
    {
        Descriptor = Guard.Against.Null(descriptor);
        Parts = ValueList.FromNonNull(parts, nameof(parts));
        Guard.Against.InvalidInput(Parts, nameof(parts), p => p.Count > 0, "An any-of criterion needs at least one part.");
        evaluators = CompositeEvaluation.Evaluators(Parts);
    }

    /// <inheritdoc/>
    public CriterionDescriptor Descriptor { get; }

    /// <summary>Gets the parts.</summary>
    public ValueList<ICriterion<TSubject, TParameters>> Parts { get; }

    /// <inheritdoc/>
    public CriterionResult Evaluate(TSubject subject, in EvaluationContext<TParameters> context) =>
        CompositeEvaluation.Evaluate<TSubject, TParameters, Outcomes.AnyOfAccumulator>(evaluators, subject, in context);

    /// <inheritdoc/>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination) =>
        CompositeEvaluation.EvaluateMany<TSubject, TParameters, Outcomes.AnyOfAccumulator>(Parts, subjects, in context, destination);

    /// <inheritdoc/>
    public CriterionFinding Explain(TSubject subject, in EvaluationContext<TParameters> context) =>
        CompositeEvaluation.Explain<TSubject, TParameters, Outcomes.AnyOfAccumulator>(Descriptor, Parts, subject, in context);
}
