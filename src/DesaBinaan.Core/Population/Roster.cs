using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>
/// Evaluates a policy for many subjects on one date into caller-provided storage: the population hot path. No
/// allocation per subject, results in input order; the parallel mode writes exactly what the sequential one writes.
/// </summary>
/// <remarks>
/// The results of subject <c>i</c> are written to <c>results[(i * k)..((i + 1) * k)]</c>, where <c>k</c> is
/// <see cref="PolicyEvaluator{TSubject, TParameters}.CriterionCount"/>, and its summary to <c>summaries[i]</c>. Reuse
/// the same buffers from one evaluation to the next and a population of any size is evaluated without allocating.
/// </remarks>
public static class Roster
{
    /// <summary>The number of subjects one parallel work item evaluates.</summary>
    internal const int ChunkSize = 4096;

    /// <summary>Returns the length of the result buffer a roster needs.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="evaluator">The prepared policy; must not be null.</param>
    /// <param name="subjectCount">The number of subjects; must not be negative.</param>
    /// <returns><paramref name="subjectCount"/> times the number of criteria.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subjectCount"/> is negative.</exception>
    /// <exception cref="OverflowException">The buffer would exceed the largest array length.</exception>
    public static int ResultLength<TSubject, TParameters>(PolicyEvaluator<TSubject, TParameters> evaluator, int subjectCount)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(evaluator);
        Guard.Against.NegativeCount(subjectCount);
        return checked(subjectCount * evaluator.CriterionCount);
    }

    /// <summary>Evaluates every subject, in order, writing each summary and each criterion's result; allocates nothing.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null.</param>
    /// <param name="subjects">The subjects; none may be null.</param>
    /// <param name="summaries">Where to write each subject's summary; at least as long as <paramref name="subjects"/>.</param>
    /// <param name="results">Where to write every criterion's result (see the remarks of <see cref="Roster"/>); at least <see cref="ResultLength"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> or a subject is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summaries"/> or <paramref name="results"/> is too short.</exception>
    public static void Evaluate<TSubject, TParameters>(PolicyEvaluator<TSubject, TParameters> evaluator, ReadOnlySpan<TSubject> subjects, Span<EvaluationSummary> summaries, Span<CriterionResult> results)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Check(evaluator, subjects.Length, summaries.Length, results.Length);
        CheckSubjects(subjects);
        evaluator.EvaluateMany(subjects, results, summaries);
    }

    /// <summary>
    /// Evaluates every subject on several threads, writing the same summaries and results, at the same positions, as
    /// <see cref="Evaluate{TSubject, TParameters}(PolicyEvaluator{TSubject, TParameters}, ReadOnlySpan{TSubject}, Span{EvaluationSummary}, Span{CriterionResult})"/>:
    /// the subjects are cut into fixed chunks, each written by exactly one worker.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null. Its criteria must be thread-safe (the built-in ones are).</param>
    /// <param name="subjects">The subjects; none may be null.</param>
    /// <param name="summaries">Where to write each subject's summary; at least as long as <paramref name="subjects"/>.</param>
    /// <param name="results">Where to write every criterion's result; at least <see cref="ResultLength"/> long.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of workers, or -1 for as many as the scheduler gives.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> or a subject is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summaries"/> or <paramref name="results"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public static void EvaluateParallel<TSubject, TParameters>(PolicyEvaluator<TSubject, TParameters> evaluator, ReadOnlyMemory<TSubject> subjects, Memory<EvaluationSummary> summaries, Memory<CriterionResult> results, int maxDegreeOfParallelism = -1)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Check(evaluator, subjects.Length, summaries.Length, results.Length);
        Guard.Against.DegreeOfParallelism(maxDegreeOfParallelism);

        CheckSubjects(subjects.Span);
        var k = evaluator.CriterionCount;
        var chunks = (subjects.Length + ChunkSize - 1) / ChunkSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks, options, chunk =>
        {
            var start = chunk * ChunkSize;
            var length = Math.Min(ChunkSize, subjects.Length - start);
            evaluator.EvaluateMany(
                subjects.Span.Slice(start, length),
                results.Span.Slice(start * k, length * k),
                summaries.Span.Slice(start, length));
        });
    }

    private static void CheckSubjects<TSubject>(ReadOnlySpan<TSubject> subjects)
    {
        foreach (var subject in subjects)
        {
            Guard.Against.Null(subject, nameof(subjects));
        }
    }

    private static void Check<TSubject, TParameters>(PolicyEvaluator<TSubject, TParameters> evaluator, int subjects, int summaries, int results)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(evaluator);
        Guard.Against.ShortBuffer(summaries, subjects, "one summary per subject", nameof(summaries));
        Guard.Against.ShortBuffer(results, (long)subjects * evaluator.CriterionCount, "one result per criterion for every subject (subjects times criteria)", nameof(results));
    }
}
