using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Population;

/// <summary>
/// A policy evaluated for a whole roster on one date: every subject's summary and every criterion's result, in
/// input order. The input of the reporting views (<see cref="Funnel"/>, <see cref="EligibilityCalendar"/>,
/// <see cref="PolicyComparison"/>, <see cref="EligibilityRow"/>).
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type.</typeparam>
/// <remarks>
/// The evaluation owns its storage (two arrays allocated once per roster, none per subject) and never changes it
/// after construction; it is exposed as read-only spans. For repeated evaluations with no allocation at all, call
/// <see cref="Roster.Evaluate"/> with buffers of your own; for inmate profiles evaluated again and again, prepare an
/// <see cref="Rules.InmatePopulation"/>, which gives the same evaluation faster. Equality is by reference.
/// </remarks>
[Immutable]
public sealed class RosterEvaluation<TSubject, TParameters>
    where TSubject : IEligibilitySubject
    where TParameters : class, IPolicyParameters
{
    private readonly TSubject[] subjects;
    private readonly EvaluationSummary[] summaries;
    private readonly CriterionResult[] results;

    private RosterEvaluation(PolicyEvaluator<TSubject, TParameters> evaluator, TSubject[] subjects, bool parallel)
    {
        Evaluator = evaluator;
        this.subjects = subjects;
        summaries = new EvaluationSummary[subjects.Length];
        results = new CriterionResult[Roster.ResultLength(evaluator, subjects.Length)];
        if (parallel)
        {
            Roster.EvaluateParallel<TSubject, TParameters>(evaluator, subjects, summaries, results);
        }
        else
        {
            Roster.Evaluate<TSubject, TParameters>(evaluator, subjects, summaries, results);
        }
    }

    /// <summary>Wraps an evaluation already written (by <see cref="Rules.InmatePopulation"/>) into buffers the roster now owns.</summary>
    internal RosterEvaluation(PolicyEvaluator<TSubject, TParameters> evaluator, TSubject[] subjects, EvaluationSummary[] summaries, CriterionResult[] results)
    {
        Evaluator = evaluator;
        this.subjects = subjects;
        this.summaries = summaries;
        this.results = results;
    }

    /// <summary>Gets the prepared policy the roster was evaluated with.</summary>
    public PolicyEvaluator<TSubject, TParameters> Evaluator { get; }

    /// <summary>Gets the policy version used.</summary>
    public PolicyVersion<TSubject, TParameters> Version => Evaluator.Version;

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date => Evaluator.Date;

    /// <summary>Gets the number of subjects.</summary>
    public int Count => subjects.Length;

    /// <summary>Gets the number of criteria of the version (the results per subject).</summary>
    public int CriterionCount => Evaluator.CriterionCount;

    /// <summary>Gets the subjects, in input order.</summary>
    public ReadOnlySpan<TSubject> Subjects => subjects;

    /// <summary>Gets every subject's summary, in input order.</summary>
    public ReadOnlySpan<EvaluationSummary> Summaries => summaries;

    /// <summary>Gets every criterion's result of every subject: subject <c>i</c>'s at <c>[i * CriterionCount, (i + 1) * CriterionCount)</c>.</summary>
    public ReadOnlySpan<CriterionResult> AllResults => results;

    /// <summary>Evaluates a roster on a date with the version in force on that date.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="date">The evaluation date; a version must be in force on it.</param>
    /// <param name="subjects">The subjects; none may be null. The sequence is copied.</param>
    /// <returns>The evaluated roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/>, <paramref name="subjects"/> or a subject is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No version of the policy is in force on <paramref name="date"/>.</exception>
    public static RosterEvaluation<TSubject, TParameters> Evaluate(Policy<TSubject, TParameters> policy, LocalDate date, IEnumerable<TSubject> subjects)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(policy);
        return Evaluate(policy.Prepare(date), subjects);
    }

    /// <summary>Evaluates a roster with a prepared policy, on the calling thread.</summary>
    /// <param name="evaluator">The prepared policy; must not be null.</param>
    /// <param name="subjects">The subjects; none may be null. The sequence is copied.</param>
    /// <returns>The evaluated roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/>, <paramref name="subjects"/> or a subject is null.</exception>
    public static RosterEvaluation<TSubject, TParameters> Evaluate(PolicyEvaluator<TSubject, TParameters> evaluator, IEnumerable<TSubject> subjects)
    {
        Guard.Against.Null(evaluator);
        Guard.Against.Null(subjects);
        return new(evaluator, [.. subjects], parallel: false);
    }

    /// <summary>Evaluates a roster with a prepared policy on several threads; the result is identical to <see cref="Evaluate(PolicyEvaluator{TSubject, TParameters}, IEnumerable{TSubject})"/>'s.</summary>
    /// <param name="evaluator">The prepared policy; must not be null. Its criteria must be thread-safe.</param>
    /// <param name="subjects">The subjects; none may be null. The sequence is copied.</param>
    /// <returns>The evaluated roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/>, <paramref name="subjects"/> or a subject is null.</exception>
    public static RosterEvaluation<TSubject, TParameters> EvaluateParallel(PolicyEvaluator<TSubject, TParameters> evaluator, IEnumerable<TSubject> subjects)
    {
        Guard.Against.Null(evaluator);
        Guard.Against.Null(subjects);
        return new(evaluator, [.. subjects], parallel: true);
    }

    /// <summary>Returns the results of one subject's criteria, in the version's order.</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public ReadOnlySpan<CriterionResult> ResultsOf(int index)
    {
        Guard.Against.IndexOutOfRange(index, subjects.Length);
        return results.AsSpan(index * CriterionCount, CriterionCount);
    }

    /// <summary>Returns the first criterion blocking one subject (not met, then unknown, then waiting), or null when none does (eligible, or only the applicability condition fails).</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The criterion's descriptor, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public CriterionDescriptor? FirstBlockerOf(int index)
    {
        Guard.Against.IndexOutOfRange(index, subjects.Length);
        var blocker = summaries[index].FirstBlocker;
        return blocker < 0 ? null : Version.Criteria[blocker].Descriptor;
    }

    /// <summary>Decides one subject of the roster with every criterion explained (allocates: for one subject, not the whole roster).</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The decision; its status equals the summary's.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public Decision Decide(int index)
    {
        Guard.Against.IndexOutOfRange(index, subjects.Length);
        return Evaluator.Decide(subjects[index]);
    }

    /// <summary>Returns the report rows of every subject, in input order (one decision per subject: for reports, not the hot path).</summary>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The rows.</returns>
    public ValueList<EligibilityRow> Rows(Language language = Language.Indonesian)
    {
        var rows = new EligibilityRow[subjects.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = EligibilityRow.From(Decide(i), language);
        }

        return ValueList.Create<EligibilityRow>(rows);
    }

    /// <summary>
    /// Returns the report rows of every subject, in input order, built from the evaluation's summaries without deciding
    /// anyone again: the same status, eligible-from date, first blocker and citation as <see cref="Rows"/>, and no
    /// fingerprint (it needs the full decision; <see cref="Decide"/> one subject to get it). Each row is
    /// <see cref="ToRow(in EligibilityRowData, EligibilityRowTexts)"/> of <see cref="WriteRowData"/>'s row; for an export
    /// of the whole population, write those (no object per subject) instead of building these rows.
    /// </summary>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined.</exception>
    public ValueList<EligibilityRow> RowsFromSummaries(Language language = Language.Indonesian)
    {
        var texts = RowTexts(language);
        var rows = new EligibilityRow[subjects.Length];
        Span<EligibilityRowData> chunk = stackalloc EligibilityRowData[RowChunk];
        for (var start = 0; start < rows.Length; start += RowChunk)
        {
            var written = WriteRowData(start, chunk);
            for (var k = 0; k < written; k++)
            {
                rows[start + k] = ToRow(in chunk[k], texts);
            }
        }

        return ValueList.Create<EligibilityRow>(rows);
    }

    /// <summary>
    /// Gets every descriptor a report row can name as its first blocker, numbered for <see cref="EligibilityRowData.Blocker"/>:
    /// each criterion's own, in the version's order, and after the descriptor of a rule with exceptions, each branch
    /// that can decide for a subject (the exceptions' rules, then the general rule, followed into nested rules).
    /// </summary>
    public ValueList<CriterionDescriptor> RowBlockers => Blockers.Descriptors;

    /// <summary>Returns the texts of the rows in one language (status labels and each blocker's code, title and citation, rendered once).</summary>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The texts; build them once per export, not per row.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined.</exception>
    public EligibilityRowTexts RowTexts(Language language = Language.Indonesian) =>
        new(Version, Evaluator.Policy.Id, Version.Id, Date, Version.Citations[0], RowBlockers, Guard.Against.EnumOutOfRange(language));

    /// <summary>Returns the report row data of one subject (no text, no allocation).</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The row data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public EligibilityRowData RowDataAt(int index)
    {
        Guard.Against.IndexOutOfRange(index, subjects.Length);
        var context = Evaluator.Context;
        return RowData(index, Blockers, in context);
    }

    /// <summary>
    /// Writes the report row data of consecutive subjects into a caller's buffer, from the evaluation's summaries (no text,
    /// no allocation): call it chunk after chunk to stream the rows of any number of subjects with flat memory.
    /// </summary>
    /// <param name="start">The position of the first subject to write, from 0 to <see cref="Count"/>.</param>
    /// <param name="destination">Where to write; row <c>k</c> is subject <c>start + k</c>'s.</param>
    /// <returns>The number of rows written: the smaller of the buffer's length and the subjects left from <paramref name="start"/> (0 at the end).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or greater than <see cref="Count"/>.</exception>
    public int WriteRowData(int start, Span<EligibilityRowData> destination)
    {
        Guard.Against.CountOutOfRange(start, 0, subjects.Length);
        var count = Math.Min(destination.Length, subjects.Length - start);
        var table = Blockers;
        var context = Evaluator.Context;
        for (var k = 0; k < count; k++)
        {
            destination[k] = RowData(start + k, table, in context);
        }

        return count;
    }

    /// <summary>Returns the full report row of one row data, with its labels (the row <see cref="RowsFromSummaries"/> gives for that subject).</summary>
    /// <param name="row">A row data written by this roster.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The row, without fingerprint.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/>'s subject or blocker is not a position of this roster.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined.</exception>
    public EligibilityRow ToRow(in EligibilityRowData row, Language language) => ToRow(in row, RowTexts(language));

    /// <summary>Returns the full report row of one row data with texts already rendered (for many rows, render the texts once).</summary>
    /// <param name="row">A row data written by this roster.</param>
    /// <param name="texts">The texts of this roster's rows (<see cref="RowTexts"/>); must not be null.</param>
    /// <returns>The row, without fingerprint, in the texts' language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/>'s subject or blocker is not a position of this roster.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> are of another policy version.</exception>
    public EligibilityRow ToRow(in EligibilityRowData row, EligibilityRowTexts texts)
    {
        Guard.Against.Null(texts);
        if (!ReferenceEquals(texts.Version, Version))
        {
            throw new ArgumentException("The texts must be those of this roster's policy version (RowTexts of this roster); they are of " + texts.VersionId + ".", nameof(texts));
        }

        var index = row.SubjectIndex;
        if ((uint)index >= (uint)subjects.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), index, "The row's subject is not a position of this roster.");
        }

        var blocker = row.Blocker;
        if (blocker >= texts.BlockerCount)
        {
            throw new ArgumentOutOfRangeException(nameof(row), blocker, "The row's blocker is not a position of this roster's RowBlockers.");
        }

        return new EligibilityRow(
            subjects[index].SubjectId,
            texts.PolicyId,
            texts.VersionId,
            Date,
            row.Status,
            texts.StatusLabel(row.Status),
            row.EligibleFrom,
            texts.BlockerCode(blocker),
            texts.BlockerTitle(blocker),
            texts.Citation(blocker),
            fingerprint: null,
            texts.Language);
    }

    private const int RowChunk = 256;

    // Built on first use for the version and shared by its rosters, not with each evaluation (whose allocation stays two arrays).
    private RowBlockerTable<TSubject, TParameters> Blockers => RowBlockerTable<TSubject, TParameters>.For(Version);

    private EligibilityRowData RowData(int index, RowBlockerTable<TSubject, TParameters> table, in EvaluationContext<TParameters> context)
    {
        var summary = summaries[index];
        var first = summary.FirstBlocker;
        return new EligibilityRowData(
            index,
            summary.Status,
            summary.HasEligibleFrom ? summary.EligibleFromDayNumber + 1 : 0,
            first < 0 ? -1 : table.Of(first, subjects[index], in context));
    }

    /// <summary>Returns the version, the date and the number of subjects.</summary>
    /// <returns>For example <c>outside-activity.2022 on 2026-05-01: 5000 subjects</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Version.Id} on {Date.ToIso()}: {Count} subjects");
}
