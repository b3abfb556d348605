namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A built-in policy version's criteria evaluated in one method with direct (devirtualized) calls, writing result
/// <c>i</c> for criterion <c>i</c>. Attached only by the package's own policy book, to versions whose criteria it was
/// written for; tests check that it equals the criterion-by-criterion evaluation.
/// </summary>
internal delegate void FusedEvaluator<TSubject, TParameters>(TSubject subject, in EvaluationContext<TParameters> context, Span<CriterionResult> results)
    where TParameters : class, IPolicyParameters;
