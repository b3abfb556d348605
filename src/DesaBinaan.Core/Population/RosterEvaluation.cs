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
        ArgumentNullException.ThrowIfNull(policy);
        return Evaluate(policy.Prepare(date), subjects);
    }

    /// <summary>Evaluates a roster with a prepared policy, on the calling thread.</summary>
    /// <param name="evaluator">The prepared policy; must not be null.</param>
    /// <param name="subjects">The subjects; none may be null. The sequence is copied.</param>
    /// <returns>The evaluated roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/>, <paramref name="subjects"/> or a subject is null.</exception>
    public static RosterEvaluation<TSubject, TParameters> Evaluate(PolicyEvaluator<TSubject, TParameters> evaluator, IEnumerable<TSubject> subjects)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(subjects);
        return new(evaluator, [.. subjects], parallel: false);
    }

    /// <summary>Evaluates a roster with a prepared policy on several threads; the result is identical to <see cref="Evaluate(PolicyEvaluator{TSubject, TParameters}, IEnumerable{TSubject})"/>'s.</summary>
    /// <param name="evaluator">The prepared policy; must not be null. Its criteria must be thread-safe.</param>
    /// <param name="subjects">The subjects; none may be null. The sequence is copied.</param>
    /// <returns>The evaluated roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/>, <paramref name="subjects"/> or a subject is null.</exception>
    public static RosterEvaluation<TSubject, TParameters> EvaluateParallel(PolicyEvaluator<TSubject, TParameters> evaluator, IEnumerable<TSubject> subjects)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(subjects);
        return new(evaluator, [.. subjects], parallel: true);
    }

    /// <summary>Returns the results of one subject's criteria, in the version's order.</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public ReadOnlySpan<CriterionResult> ResultsOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, subjects.Length);
        return results.AsSpan(index * CriterionCount, CriterionCount);
    }

    /// <summary>Returns the first criterion blocking one subject (not met, then unknown, then waiting), or null when none does (eligible, or only the applicability condition fails).</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The criterion's descriptor, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public CriterionDescriptor? FirstBlockerOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, subjects.Length);
        var blocker = summaries[index].FirstBlocker;
        return blocker < 0 ? null : Version.Criteria[blocker].Descriptor;
    }

    /// <summary>Decides one subject of the roster with every criterion explained (allocates: for one subject, not the whole roster).</summary>
    /// <param name="index">The subject's position in the roster.</param>
    /// <returns>The decision; its status equals the summary's.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the roster.</exception>
    public Decision Decide(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, subjects.Length);
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
    /// fingerprint (it needs the full decision; <see cref="Decide"/> one subject to get it). For national exports.
    /// </summary>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The rows.</returns>
    public ValueList<EligibilityRow> RowsFromSummaries(Language language = Language.Indonesian)
    {
        var rows = new EligibilityRow[subjects.Length];
        var policyId = Evaluator.Policy.Id;
        var versionId = Version.Id;
        var versionCitation = Version.Citations[0].ToString();
        var statusLabels = new string[Enum.GetValues<DecisionStatus>().Length + 1];
        var context = Evaluator.Context;

        // The texts of each blocking criterion, rendered once for the whole roster (a row shares them).
        var texts = new Dictionary<CriterionDescriptor, (string Title, string Citation)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows.Length; i++)
        {
            var summary = summaries[i];
            var status = summary.Status;
            var label = statusLabels[(int)status] ??= status.Label().In(language);
            var blocker = summary.FirstBlocker < 0 ? null : Version.Criteria[summary.FirstBlocker] switch
            {
                // A rule with exceptions is named by the branch that decides, as the decision's finding names it.
                ExceptionCriterion<TSubject, TParameters> rule => rule.DecidingDescriptor(subjects[i], in context),
                var criterion => criterion.Descriptor,
            };
            (string Title, string Citation)? text = null;
            if (blocker is not null)
            {
                if (!texts.TryGetValue(blocker, out var known))
                {
                    known = (blocker.Title.In(language), blocker.Citation.ToString());
                    texts[blocker] = known;
                }

                text = known;
            }

            rows[i] = new EligibilityRow(
                subjects[i].SubjectId,
                policyId,
                versionId,
                Date,
                status,
                label,
                summary.EligibleFrom,
                blocker?.Code,
                text?.Title,
                text?.Citation ?? versionCitation,
                fingerprint: null,
                language);
        }

        return ValueList.Create<EligibilityRow>(rows);
    }

    /// <summary>Returns the version, the date and the number of subjects.</summary>
    /// <returns>For example <c>outside-activity.2022 on 2026-05-01: 5000 subjects</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Version.Id} on {Date:uuuu-MM-dd}: {Count} subjects");
}
