using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A criterion met when all its parts are met (parts that do not apply are ignored). A part not met that waiting
/// does not cure makes it not met even when another part is unknown; otherwise an unknown part makes it unknown;
/// otherwise it is not yet met until the latest date of its parts.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
[Immutable]
public sealed class AllOfCriterion<TSubject, TParameters> : ICriterion<TSubject, TParameters>
    where TParameters : class, IPolicyParameters
{
    private readonly CriterionEvaluator<TSubject, TParameters>[] evaluators;

    /// <summary>Initializes an all-of criterion.</summary>
    /// <param name="descriptor">What the combination checks.</param>
    /// <param name="parts">The parts; at least one, none null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty or contains null.</exception>
    public AllOfCriterion(CriterionDescriptor descriptor, IEnumerable<ICriterion<TSubject, TParameters>> parts)
    {
        Descriptor = Guard.Against.Null(descriptor);
        Parts = ValueList.FromNonNull(parts, nameof(parts));
        Guard.Against.InvalidInput(Parts, nameof(parts), p => p.Count > 0, "An all-of criterion needs at least one part.");
        evaluators = CompositeEvaluation.Evaluators(Parts);
    }

    /// <inheritdoc/>
    public CriterionDescriptor Descriptor { get; }

    /// <summary>Gets the parts.</summary>
    public ValueList<ICriterion<TSubject, TParameters>> Parts { get; }

    /// <inheritdoc/>
    public CriterionResult Evaluate(TSubject subject, in EvaluationContext<TParameters> context) =>
        CompositeEvaluation.Evaluate<TSubject, TParameters, Outcomes.AllOfAccumulator>(evaluators, subject, in context);

    /// <inheritdoc/>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination) =>
        CompositeEvaluation.EvaluateMany<TSubject, TParameters, Outcomes.AllOfAccumulator>(Parts, subjects, in context, destination);

    /// <inheritdoc/>
    public CriterionFinding Explain(TSubject subject, in EvaluationContext<TParameters> context) =>
        CompositeEvaluation.Explain<TSubject, TParameters, Outcomes.AllOfAccumulator>(Descriptor, Parts, subject, in context);
}
