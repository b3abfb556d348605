using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>One more part folded into the outcome of a composite criterion (all-of, any-of).</summary>
internal interface IOutcomeAccumulator
{
    /// <summary>Folds one part's result in.</summary>
    void Add(CriterionResult r);

    /// <summary>Returns the combined result.</summary>
    CriterionResult Result();
}

/// <summary>The evaluation shared by the composite criteria: only the way results combine differs between them.</summary>
internal static class CompositeEvaluation
{
    private const int Chunk = CriterionColumns.Chunk;

    public static CriterionEvaluator<TSubject, TParameters>[] Evaluators<TSubject, TParameters>(ValueList<ICriterion<TSubject, TParameters>> parts)
        where TParameters : class, IPolicyParameters
    {
        var evaluators = new CriterionEvaluator<TSubject, TParameters>[parts.Count];
        for (var i = 0; i < evaluators.Length; i++)
        {
            evaluators[i] = parts[i].Evaluate;
        }

        return evaluators;
    }

    public static CriterionResult Evaluate<TSubject, TParameters, TAccumulator>(CriterionEvaluator<TSubject, TParameters>[] parts, TSubject subject, in EvaluationContext<TParameters> context)
        where TParameters : class, IPolicyParameters
        where TAccumulator : unmanaged, IOutcomeAccumulator
    {
        var accumulator = default(TAccumulator);
        for (var i = 0; i < parts.Length; i++)
        {
            accumulator.Add(parts[i](subject, in context));
        }

        return accumulator.Result();
    }

    public static void EvaluateMany<TSubject, TParameters, TAccumulator>(ValueList<ICriterion<TSubject, TParameters>> parts, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
        where TParameters : class, IPolicyParameters
        where TAccumulator : unmanaged, IOutcomeAccumulator
    {
        Span<CriterionResult> part = stackalloc CriterionResult[Chunk];
        Span<TAccumulator> accumulators = stackalloc TAccumulator[Chunk];
        for (var start = 0; start < subjects.Length; start += Chunk)
        {
            var length = Math.Min(Chunk, subjects.Length - start);
            var batch = subjects.Slice(start, length);
            accumulators[..length].Clear();
            foreach (var criterion in parts)
            {
                criterion.EvaluateMany(batch, in context, part[..length]);
                for (var j = 0; j < length; j++)
                {
                    accumulators[j].Add(part[j]);
                }
            }

            for (var j = 0; j < length; j++)
            {
                destination[start + j] = accumulators[j].Result();
            }
        }
    }

    public static CriterionFinding Explain<TSubject, TParameters, TAccumulator>(CriterionDescriptor descriptor, ValueList<ICriterion<TSubject, TParameters>> parts, TSubject subject, in EvaluationContext<TParameters> context)
        where TParameters : class, IPolicyParameters
        where TAccumulator : unmanaged, IOutcomeAccumulator
    {
        var accumulator = default(TAccumulator);
        var findings = new CriterionFinding[parts.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = parts[i].Explain(subject, in context);
            accumulator.Add(findings[i].Result);
        }

        return new CriterionFinding(descriptor, accumulator.Result(), ValueList<Fact>.Empty, ValueList.Create<CriterionFinding>(findings));
    }
}
