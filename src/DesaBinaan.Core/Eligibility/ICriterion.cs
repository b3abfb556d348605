namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A condition a subject must meet under a policy. Implement it (with a sealed class) to add a criterion of your
/// own, such as a local rule of one institution; the engine needs no change.
/// </summary>
/// <typeparam name="TSubject">The subject type (for example an inmate's profile).</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
/// <remarks>
/// <see cref="Evaluate"/> is the hot path: it must not allocate, and should read precomputed facts of the subject
/// and precomputed parameters. <see cref="Explain"/> is called only when one decision is explained; it must return
/// the same result as <see cref="Evaluate"/> together with the facts used.
/// </remarks>
public interface ICriterion<TSubject, TParameters>
    where TParameters : class, IPolicyParameters
{
    /// <summary>Gets what the criterion checks (reason code, title, citation, kind).</summary>
    CriterionDescriptor Descriptor { get; }

    /// <summary>Evaluates the criterion without allocating.</summary>
    /// <param name="subject">The subject; never null.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <returns>The outcome and, for time-based criteria, the date it is or will be met.</returns>
    CriterionResult Evaluate(TSubject subject, in EvaluationContext<TParameters> context);

    /// <summary>Evaluates the criterion and explains it: the result with the facts used.</summary>
    /// <param name="subject">The subject; never null.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <returns>The finding; its result equals <see cref="Evaluate"/>'s.</returns>
    CriterionFinding Explain(TSubject subject, in EvaluationContext<TParameters> context);

    /// <summary>
    /// Evaluates the criterion for a batch of subjects without allocating (the population path: one call per criterion
    /// and batch keeps the target predictable). The default implementation calls <see cref="Evaluate"/> for each subject;
    /// override it with a tight loop when the criterion is cheap.
    /// </summary>
    /// <param name="subjects">The subjects; none null.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <param name="destination">Where to write the result of subject <c>j</c> at index <c>j</c>; at least as long as <paramref name="subjects"/>.</param>
    void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < subjects.Length; j++)
        {
            destination[j] = Evaluate(subjects[j], in context);
        }
    }
}
