using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// One dated version of a policy: the interval in which it is in force, its legal basis, its parameter values
/// (including the counting convention), an optional applicability condition and its criteria (all must be met).
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type.</typeparam>
/// <remarks>
/// The criteria are bound once into an array evaluated in a loop (the hot path). At most 64 criteria, so that a
/// subject's failures fit a 64-bit mask. Equality is by reference: two versions are the same version.
/// </remarks>
[Immutable]
public sealed class PolicyVersion<TSubject, TParameters>
    where TSubject : IEligibilitySubject
    where TParameters : class, IPolicyParameters
{
    /// <summary>The largest number of criteria of one version.</summary>
    public const int MaxCriteria = 64;

    private readonly CriterionEvaluator<TSubject, TParameters>[] evaluators;
    private readonly CriterionEvaluator<TSubject, TParameters>? applicabilityEvaluator;
    private readonly ICriterion<TSubject, TParameters>[] criteriaArray;

    // For each criterion that is a rule with exceptions, the index of the first such criterion with the same conditions
    // (its own index when none comes before it): their branches are chosen once per batch.
    private readonly int[] branchSource;
    private readonly ValueList<Fact> parametersRead;

    /// <summary>Initializes a policy version.</summary>
    /// <param name="id">The version's stable id, dotted lower-case (for example <c>asimilasi.2022</c>).</param>
    /// <param name="title">The version's title in both languages.</param>
    /// <param name="effective">The days on which the version is in force (inclusive); use <see cref="LocalDate.MaxIsoValue"/> as the end of a version in force until further notice.</param>
    /// <param name="citations">The legal basis of the version; at least one.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <param name="criteria">The criteria, all of which must be met; 1 to <see cref="MaxCriteria"/>, with distinct codes.</param>
    /// <param name="applicability">The condition under which the policy applies to a subject at all, or null when it applies to every subject.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a dotted lower-case code, <paramref name="citations"/> is empty, or <paramref name="criteria"/> is empty, too long, contains null or repeats a code.</exception>
    public PolicyVersion(string id, LocalizedText title, DateInterval effective, IEnumerable<Citation> citations, TParameters parameters, IEnumerable<ICriterion<TSubject, TParameters>> criteria, ICriterion<TSubject, TParameters>? applicability = null)
    {
        _ = Guard.Against.NonIsoInterval(effective);
        Guard.Against.BlankText(id);
        Id = Guard.Against.InvalidInput(id, nameof(id), ReasonCodes.IsValid, ReasonCodes.Rule);
        Title = Guard.Against.Null(title);
        Effective = Guard.Against.Null(effective);
        Citations = ValueList.FromNonNull(citations, nameof(citations));
        Guard.Against.InvalidInput(Citations, nameof(citations), c => c.Count > 0, "A policy version must cite at least one legal basis.");
        Parameters = Guard.Against.Null(parameters);
        Criteria = ValueList.FromNonNull(criteria, nameof(criteria));
        Guard.Against.InvalidInput(Criteria, nameof(criteria), c => c.Count is > 0 and <= MaxCriteria, "A policy version needs between 1 and 64 criteria.");
        Guard.Against.InvalidInput(Criteria, nameof(criteria), c => c.Select(x => x.Descriptor.Code).Distinct(StringComparer.Ordinal).Count() == c.Count, "The criteria of a policy version must have distinct codes.");
        Applicability = applicability;
        evaluators = new CriterionEvaluator<TSubject, TParameters>[Criteria.Count];
        for (var i = 0; i < evaluators.Length; i++)
        {
            evaluators[i] = Criteria[i].Evaluate;
        }

        applicabilityEvaluator = applicability is null ? null : applicability.Evaluate;
        criteriaArray = [.. Criteria];
        branchSource = BranchSources(criteriaArray);
        parametersRead = SelectParametersRead();
    }

    private PolicyVersion(PolicyVersion<TSubject, TParameters> source, TParameters parameters)
    {
        Id = source.Id;
        Title = source.Title;
        Effective = source.Effective;
        Citations = source.Citations;
        Parameters = Guard.Against.Null(parameters);
        Criteria = source.Criteria;
        Applicability = source.Applicability;
        evaluators = source.evaluators;
        applicabilityEvaluator = source.applicabilityEvaluator;
        criteriaArray = source.criteriaArray;
        branchSource = source.branchSource;
        parametersRead = SelectParametersRead();
    }

    /// <summary>Gets the version's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the version's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the days on which the version is in force.</summary>
    public DateInterval Effective { get; }

    /// <summary>Gets the legal basis of the version.</summary>
    public ValueList<Citation> Citations { get; }

    /// <summary>Gets the parameter values.</summary>
    public TParameters Parameters { get; }

    /// <summary>Gets the criteria (all must be met), in the order they are evaluated and explained.</summary>
    public ValueList<ICriterion<TSubject, TParameters>> Criteria { get; }

    /// <summary>Gets the applicability condition, or null when the policy applies to every subject.</summary>
    public ICriterion<TSubject, TParameters>? Applicability { get; }

    /// <summary>
    /// Gets the parameter values this version's criteria read — the convention's value and those named by criteria that
    /// implement <see cref="IReadsParameters"/>, nested parts included — in the order of <see cref="IPolicyParameters.Values"/>;
    /// every value when no criterion names any. A decision lists these.
    /// </summary>
    public ValueList<Fact> ParametersRead => parametersRead;

    /// <summary>Returns the index of the criterion with a code, or -1.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The index in <see cref="Criteria"/>, or -1 when no criterion has that code.</returns>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Criteria.Count; i++)
        {
            if (string.Equals(Criteria[i].Descriptor.Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns this version with other parameter values (for example bound to one activity, or with a switch turned off).</summary>
    /// <param name="parameters">The new parameter values.</param>
    /// <returns>A new version with the same id, interval, citations and criteria.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public PolicyVersion<TSubject, TParameters> WithParameters(TParameters parameters) => new(this, parameters);

    /// <summary>Returns the version's id and interval.</summary>
    /// <returns>For example <c>asimilasi.2022 [2022-07-29, 9999-12-31]</c>.</returns>
    public override string ToString() => Id + " " + Effective;

    internal CriterionResult EvaluateApplicability(TSubject subject, in EvaluationContext<TParameters> context) =>
        applicabilityEvaluator is null ? CriterionResult.Met : applicabilityEvaluator(subject, in context);

    /// <summary>
    /// Evaluates one subject; a subject whose dates the arithmetic cannot count (past 9999-12-31 or before 0001-01-01
    /// under this version's convention) is undetermined, every criterion unknown, instead of failing.
    /// </summary>
    internal EvaluationSummary Evaluate(TSubject subject, in EvaluationContext<TParameters> context, Span<CriterionResult> results)
    {
        try
        {
            return EvaluateCore(subject, in context, results);
        }
        catch (Exception e) when (NotComputable.Is(e))
        {
            return NotComputable.Fill(results[..criteriaArray.Length], context.DayNumber);
        }
    }

    private EvaluationSummary EvaluateCore(TSubject subject, in EvaluationContext<TParameters> context, Span<CriterionResult> results) =>
        EvaluateKnowing(subject, in context, results, -1, default);

    /// <summary>
    /// Evaluates a subject taking the result of one criterion as already known (a caller that computed the same rule's
    /// answer for its own use, as the remission day does for one person; -1 for none), and the others as usual; the
    /// batch form is <see cref="EvaluateChunkKnowing"/>.
    /// </summary>
    internal EvaluationSummary EvaluateKnowing(TSubject subject, in EvaluationContext<TParameters> context, Span<CriterionResult> results, int index, CriterionResult known)
    {
        var parts = evaluators;
        results = results[..parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            results[i] = i == index ? known : parts[i](subject, in context);
        }

        return Summarize(subject, in context, results);
    }

    private EvaluationSummary Summarize(TSubject subject, in EvaluationContext<TParameters> context, ReadOnlySpan<CriterionResult> results)
    {
        var applies = applicabilityEvaluator is null ? CriterionResult.Met : applicabilityEvaluator(subject, in context);
        return EvaluationSummary.From(applies, results, context.DayNumber);
    }

    /// <summary>
    /// Evaluates many subjects; when one of them cannot be counted, the others are still decided, one by one and in
    /// order, and that one is undetermined (see <see cref="Evaluate"/>).
    /// </summary>
    internal void EvaluateMany(ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries) =>
        EvaluateRows<NoRow>(default, subjects, in context, results, summaries, writeResults: true);

    /// <summary>
    /// Evaluates many subjects with their packed rows (<see cref="IRowCriterion{TSubject, TRow, TParameters}"/>), or
    /// from the subjects alone for <see cref="NoRow"/>; as <see cref="EvaluateMany"/> when one cannot be counted.
    /// </summary>
    /// <param name="rows">The rows (empty for <see cref="NoRow"/>).</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="results">Where to write every criterion's result (subject <c>i</c>'s at <c>i × k</c>); ignored unless <paramref name="writeResults"/>.</param>
    /// <param name="summaries">Where to write each subject's summary.</param>
    /// <param name="writeResults">Whether to write the results, or only the summaries.</param>
    internal void EvaluateRows<TRow>(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries, bool writeResults)
        where TRow : struct =>
        EvaluateColumns(rows, subjects, in context, results, summaries, writeResults);

    /// <summary>
    /// The population path: the subjects in chunks, and in each chunk every criterion evaluated as a column (one call
    /// per criterion and chunk, see <see cref="CriterionColumns"/>); then each result is written at its place in the
    /// results, and the summaries are taken from the columns (<see cref="EvaluationSummary.SummarizeColumns"/>, the same
    /// step <see cref="EvaluationSummary.From"/> takes).
    /// </summary>
    private void EvaluateColumns<TRow>(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries, bool writeResults)
        where TRow : struct
    {
        const int chunk = CriterionColumns.Chunk;
        var n = criteriaArray.Length;
        var hasRows = typeof(TRow) != typeof(NoRow);
        using var buffers = new ChunkBuffers(n);
        Span<CriterionResult> applies = stackalloc CriterionResult[chunk];
        for (var start = 0; start < subjects.Length; start += chunk)
        {
            var length = Math.Min(chunk, subjects.Length - start);
            var batch = subjects.Slice(start, length);
            try
            {
                EvaluateChunk(hasRows ? rows.Slice(start, length) : default, batch, in context, buffers.Columns, buffers.Branches, applies, writeResults ? results.Slice(start * n, length * n) : default, summaries.Slice(start, length), writeResults);
            }
            catch (Exception e) when (NotComputable.Is(e))
            {
                // A subject of this chunk the arithmetic cannot count: this chunk is decided one subject at a time,
                // that one undetermined (see Evaluate); the other chunks are not affected.
                var scratch = writeResults ? null : new CriterionResult[n];
                for (var i = 0; i < batch.Length; i++)
                {
                    summaries[start + i] = Evaluate(batch[i], in context, writeResults ? results.Slice((start + i) * n, n) : scratch);
                }
            }
        }
    }

    /// <summary>
    /// Evaluates one chunk of at most <see cref="CriterionColumns.Chunk"/> subjects with their packed rows into their
    /// summaries, taking the results of one criterion as already known (a caller that computed the same rule's answers
    /// for its own use, as the population's remission day does), the others as columns, as the population path does
    /// (<see cref="EvaluateColumns"/>). A subject the arithmetic cannot count fails the call; the caller decides that
    /// chunk one subject at a time (<see cref="EvaluateKnowing"/>).
    /// </summary>
    /// <param name="rows">The chunk's packed rows.</param>
    /// <param name="subjects">The chunk's subjects, as many as <paramref name="rows"/>.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="index">The index of the criterion whose results are known.</param>
    /// <param name="known">Its result for each subject, in order.</param>
    /// <param name="summaries">Where to write each subject's summary.</param>
    internal void EvaluateChunkKnowing<TRow>(ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, int index, ReadOnlySpan<CriterionResult> known, Span<EvaluationSummary> summaries)
        where TRow : struct
    {
        const int chunk = CriterionColumns.Chunk;
        System.Diagnostics.Debug.Assert(subjects.Length <= chunk && known.Length >= subjects.Length && summaries.Length >= subjects.Length, "At most one chunk of subjects, with a known result and a summary for each.");
        using var buffers = new ChunkBuffers(criteriaArray.Length);
        Span<CriterionResult> applies = stackalloc CriterionResult[chunk];
        EvaluateChunk(rows, subjects, in context, buffers.Columns, buffers.Branches, applies, default, summaries[..subjects.Length], writeResults: false, index, known);
    }

    /// <summary>Evaluates one chunk of at most <see cref="CriterionColumns.Chunk"/> subjects (see <see cref="EvaluateColumns"/>), the column <paramref name="knownIndex"/> (if any) copied from <paramref name="known"/>.</summary>
    private void EvaluateChunk<TRow>(ReadOnlySpan<TRow> batchRows, ReadOnlySpan<TSubject> batch, in EvaluationContext<TParameters> context, CriterionResult[] columns, sbyte[] branches, Span<CriterionResult> applies, Span<CriterionResult> results, Span<EvaluationSummary> summaries, bool writeResults, int knownIndex = -1, ReadOnlySpan<CriterionResult> known = default)
        where TRow : struct
    {
        const int chunk = CriterionColumns.Chunk;
        var n = criteriaArray.Length;
        var length = batch.Length;
        for (var c = 0; c < n; c++)
        {
            var column = columns.AsSpan(c * chunk, length);
            var withExceptions = criteriaArray[c] as ExceptionCriterion<TSubject, TParameters>;
            var chosen = branches.AsSpan(branchSource[c] * chunk, length);
            if (withExceptions is not null && branchSource[c] == c)
            {
                // Rules with the same conditions choose the same branches: chosen once per chunk, by the first (even
                // when its own results are known, since a later rule reads its choice).
                withExceptions.ChooseBranches(batchRows, batch, in context, chosen);
            }

            if (c == knownIndex)
            {
                known[..length].CopyTo(column);
            }
            else if (withExceptions is not null)
            {
                withExceptions.EvaluateBranches(batchRows, batch, in context, chosen, column);
            }
            else
            {
                CriterionColumns.Evaluate(criteriaArray[c], batchRows, batch, in context, column);
            }
        }

        if (Applicability is { } applicability)
        {
            CriterionColumns.Evaluate(applicability, batchRows, batch, in context, applies[..length]);
        }
        else
        {
            applies[..length].Fill(CriterionResult.Met);
        }

        if (writeResults)
        {
            CriterionColumns.WriteRows(columns, chunk, n, length, results);
        }

        EvaluationSummary.SummarizeColumns(columns, chunk, n, applies, context.DayNumber, summaries);
    }

    private static int[] BranchSources(ICriterion<TSubject, TParameters>[] criteria)
    {
        var sources = new int[criteria.Length];
        for (var c = 0; c < criteria.Length; c++)
        {
            sources[c] = c;
            if (criteria[c] is ExceptionCriterion<TSubject, TParameters> rule)
            {
                for (var earlier = 0; earlier < c; earlier++)
                {
                    if (criteria[earlier] is ExceptionCriterion<TSubject, TParameters> other && sources[earlier] == earlier && rule.HasSameConditions(other))
                    {
                        sources[c] = earlier;
                        break;
                    }
                }
            }
        }

        return sources;
    }

    private ValueList<Fact> SelectParametersRead()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var named = false;
        var pending = new Stack<ICriterion<TSubject, TParameters>>(Criteria.AsSpan().ToArray());
        if (Applicability is { } applicability)
        {
            pending.Push(applicability);
        }

        while (pending.Count > 0)
        {
            var criterion = pending.Pop();
            if (criterion is IReadsParameters reader)
            {
                named = true;
                codes.UnionWith(reader.ParameterCodes);
            }

            switch (criterion)
            {
                case ExceptionCriterion<TSubject, TParameters> exceptions:
                    pending.Push(exceptions.Rule);
                    foreach (var exception in exceptions.Exceptions)
                    {
                        pending.Push(exception.When);
                        pending.Push(exception.Then);
                    }

                    break;
                case AllOfCriterion<TSubject, TParameters> all:
                    foreach (var part in all.Parts)
                    {
                        pending.Push(part);
                    }

                    break;
                case AnyOfCriterion<TSubject, TParameters> any:
                    foreach (var part in any.Parts)
                    {
                        pending.Push(part);
                    }

                    break;
                case NotCriterion<TSubject, TParameters> not:
                    pending.Push(not.Part);
                    break;
                default:
                    break;
            }
        }

        return named ? ValueList.From(Parameters.Values.Where(v => codes.Contains(v.Code) || string.Equals(v.Code, ConventionCode, StringComparison.Ordinal))) : Parameters.Values;
    }

    /// <summary>The code of the counting convention's value, listed whenever the parameters have it (every date depends on it).</summary>
    private const string ConventionCode = "parameter.convention";

    /// <summary>The pooled columns and branch choices of one chunk of every criterion, rented together and returned together.</summary>
    private readonly struct ChunkBuffers : IDisposable
    {
        public ChunkBuffers(int criteria)
        {
            Columns = System.Buffers.ArrayPool<CriterionResult>.Shared.Rent(CriterionColumns.Chunk * criteria);
            Branches = System.Buffers.ArrayPool<sbyte>.Shared.Rent(CriterionColumns.Chunk * criteria);
        }

        /// <summary>Gets each criterion's column of results.</summary>
        public CriterionResult[] Columns { get; }

        /// <summary>Gets each rule with exceptions' branch choice per subject.</summary>
        public sbyte[] Branches { get; }

        public void Dispose()
        {
            System.Buffers.ArrayPool<CriterionResult>.Shared.Return(Columns);
            System.Buffers.ArrayPool<sbyte>.Shared.Return(Branches);
        }
    }
}
