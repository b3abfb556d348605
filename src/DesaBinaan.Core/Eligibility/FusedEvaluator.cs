namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A built-in policy version's criteria evaluated for a batch of subjects in one method, writing subject <c>j</c>'s
/// result <c>i</c> at <c>j × criteria + i</c> and its summary at <c>j</c>. Attached only by the package's own policy
/// book, to versions without an applicability condition whose criteria it was written for; tests check that it equals
/// the criterion-by-criterion evaluation.
/// </summary>
internal delegate void FusedEvaluator<TSubject, TParameters>(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries)
    where TParameters : class, IPolicyParameters;
