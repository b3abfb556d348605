namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A criterion that can also read its subjects from packed rows: plain structs holding, side by side, the facts a
/// population's rules read (for inmates, the packed facts of a prepared population). A population evaluation hands a
/// criterion a batch of rows together with their subjects; the criterion evaluates the same rule as
/// <see cref="ICriterion{TSubject, TParameters}.Evaluate"/> from the rows (reading the subject only for what a row
/// does not hold), in one tight loop per batch. Criteria that do not implement it are evaluated from the subjects.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TRow">The packed row of one subject.</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
public interface IRowCriterion<TSubject, TRow, TParameters> : ICriterion<TSubject, TParameters>
    where TRow : struct
    where TParameters : class, IPolicyParameters
{
    /// <summary>Evaluates the criterion for a batch from its rows, without allocating.</summary>
    /// <param name="rows">The rows; row <c>j</c> packs <paramref name="subjects"/>[<c>j</c>].</param>
    /// <param name="subjects">The subjects, as long as <paramref name="rows"/>; none null.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <param name="destination">Where to write the result of subject <c>j</c> at index <c>j</c>; at least as long as <paramref name="rows"/>.</param>
    void EvaluateRows(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination);

    /// <summary>
    /// Evaluates the criterion for some rows of a batch only — those a rule with exceptions hands to this branch — writing
    /// each at its own index; the others are left as they are. By default each of those rows is evaluated through
    /// <see cref="EvaluateRows"/> alone; implement it to evaluate them in one loop.
    /// </summary>
    /// <param name="rows">The rows of the batch; row <c>j</c> packs <paramref name="subjects"/>[<c>j</c>].</param>
    /// <param name="subjects">The subjects, as long as <paramref name="rows"/>; none null.</param>
    /// <param name="indexes">The indexes of the rows to evaluate, each less than the length of <paramref name="rows"/>.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <param name="destination">Where to write the result of row <c>j</c>, at index <c>j</c>; as long as <paramref name="rows"/>.</param>
    void EvaluateRowsAt(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, ReadOnlySpan<int> indexes, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
    {
        foreach (var j in indexes)
        {
            EvaluateRows(rows.Slice(j, 1), subjects.Slice(j, 1), in context, destination.Slice(j, 1));
        }
    }
}
