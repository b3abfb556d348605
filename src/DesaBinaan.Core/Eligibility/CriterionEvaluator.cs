namespace DesaBinaan.Core.Eligibility;

/// <summary>A criterion's <see cref="ICriterion{TSubject, TParameters}.Evaluate"/> bound once, so that the hot path calls it directly.</summary>
internal delegate CriterionResult CriterionEvaluator<TSubject, TParameters>(TSubject subject, in EvaluationContext<TParameters> context)
    where TParameters : class, IPolicyParameters;
