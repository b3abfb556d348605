namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// Evaluates one criterion over a batch, column by column: from the packed rows where the criterion reads rows
/// (<see cref="IRowCriterion{TSubject, TRow, TParameters}"/>), through the engine's own rule with exceptions (whose
/// conditions and branches are columns in turn), and otherwise from the subjects
/// (<see cref="ICriterion{TSubject, TParameters}.EvaluateMany"/>).
/// </summary>
internal static class CriterionColumns
{
    /// <summary>The number of subjects of a population evaluated together: every criterion's column of a chunk stays in the cache.</summary>
    internal const int Chunk = 256;

    /// <summary>Writes the criterion's result for every subject of the batch, subject <c>j</c>'s at <c>j</c>.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TRow">The packed row type, or <see cref="NoRow"/> when the batch has no rows.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="criterion">The criterion.</param>
    /// <param name="rows">The rows (empty for <see cref="NoRow"/>).</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="destination">Where to write the results; exactly as long as <paramref name="subjects"/>.</param>
    public static void Evaluate<TSubject, TRow, TParameters>(ICriterion<TSubject, TParameters> criterion, ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
        where TRow : struct
        where TParameters : class, IPolicyParameters
    {
        if (typeof(TRow) != typeof(NoRow) && criterion is IRowCriterion<TSubject, TRow, TParameters> packed)
        {
            packed.EvaluateRows(rows, subjects, in context, destination);
        }
        else if (criterion is ExceptionCriterion<TSubject, TParameters> exceptions)
        {
            exceptions.EvaluateColumns(rows, subjects, in context, destination);
        }
        else
        {
            criterion.EvaluateMany(subjects, in context, destination);
        }
    }
}

/// <summary>The row type of a batch that has no packed rows: its criteria read the subjects.</summary>
internal readonly struct NoRow;
