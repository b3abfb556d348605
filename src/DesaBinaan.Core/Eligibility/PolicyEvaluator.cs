using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A policy prepared for one evaluation date: the version in force and its context are fixed, so that evaluating a
/// subject costs only its criteria. <see cref="Evaluate(TSubject, Span{CriterionResult})"/> is the population hot
/// path (no allocation); <see cref="Decide"/> builds the full, explained <see cref="Decision"/>.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type.</typeparam>
/// <remarks>Thread-safe: an evaluator holds no mutable state, so one evaluator may serve parallel loops.</remarks>
[Immutable]
public sealed class PolicyEvaluator<TSubject, TParameters>
    where TSubject : IEligibilitySubject
    where TParameters : class, IPolicyParameters
{
    private readonly EvaluationContext<TParameters> context;
    private readonly int criterionCount;

    internal PolicyEvaluator(Policy<TSubject, TParameters> policy, PolicyVersion<TSubject, TParameters> version, LocalDate date)
    {
        Policy = policy;
        Version = version;
        context = new EvaluationContext<TParameters>(date, version.Parameters, version.Id);
        criterionCount = version.Criteria.Count;
    }

    /// <summary>Gets the policy.</summary>
    public Policy<TSubject, TParameters> Policy { get; }

    /// <summary>Gets the version in force on the evaluation date.</summary>
    public PolicyVersion<TSubject, TParameters> Version { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date => context.Date;

    /// <summary>Gets the evaluation context passed to the criteria.</summary>
    public EvaluationContext<TParameters> Context => context;

    /// <summary>Gets the number of criteria (the length of the result span <see cref="Evaluate(TSubject, Span{CriterionResult})"/> needs).</summary>
    public int CriterionCount => criterionCount;

    /// <summary>Evaluates a subject into caller-provided storage, without allocating.</summary>
    /// <param name="subject">The subject; must not be null.</param>
    /// <param name="results">Where to write each criterion's result, by index; at least <see cref="CriterionCount"/> long.</param>
    /// <returns>The status, the eligible-from date and the failure masks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <see cref="CriterionCount"/>.</exception>
    public EvaluationSummary Evaluate(TSubject subject, Span<CriterionResult> results)
    {
        Guard.Against.Null(subject);
        Guard.Against.ShortBuffer(results.Length, criterionCount, "one result per criterion of the version", nameof(results));

        return Version.Evaluate(subject, in context, results);
    }

    /// <summary>Evaluates a subject without allocating, keeping only the summary.</summary>
    /// <param name="subject">The subject; must not be null.</param>
    /// <returns>The status, the eligible-from date and the failure masks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public EvaluationSummary Evaluate(TSubject subject)
    {
        Guard.Against.Null(subject);
        Span<CriterionResult> results = stackalloc CriterionResult[PolicyVersion<TSubject, TParameters>.MaxCriteria];
        return Version.Evaluate(subject, in context, results);
    }

    /// <summary>
    /// Evaluates many subjects into caller-provided storage, without allocating: the population hot path. Criteria are
    /// evaluated criterion by criterion over batches of subjects (each criterion's <see cref="ICriterion{TSubject, TParameters}.EvaluateMany"/>),
    /// which keeps each call target predictable and the batch's subjects in cache. The results equal those of
    /// <see cref="Evaluate(TSubject, Span{CriterionResult})"/> subject by subject.
    /// </summary>
    /// <param name="subjects">The subjects; none null.</param>
    /// <param name="results">Where to write the results: subject <c>j</c>'s criterion <c>c</c> at <c>j × CriterionCount + c</c>; at least <c>subjects.Length × CriterionCount</c> long.</param>
    /// <param name="summaries">Where to write each subject's summary, in input order; at least as long as <paramref name="subjects"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> or <paramref name="summaries"/> is too short.</exception>
    public void EvaluateMany(ReadOnlySpan<TSubject> subjects, Span<CriterionResult> results, Span<EvaluationSummary> summaries)
    {
        Guard.Against.ShortBuffer(results.Length, (long)subjects.Length * criterionCount, "one result per criterion of the version for every subject", nameof(results));
        Guard.Against.ShortBuffer(summaries.Length, subjects.Length, "one summary per subject", nameof(summaries));

        Version.EvaluateMany(subjects, in context, results, summaries);
    }

    /// <summary>Decides a subject, explaining every criterion.</summary>
    /// <param name="subject">The subject; must not be null.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Decision Decide(TSubject subject)
    {
        Guard.Against.Null(subject);
        var findings = new CriterionFinding[Version.Criteria.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = Explain(Version.Criteria[i], subject);
        }

        var applicability = Version.Applicability is { } applies ? Explain(applies, subject) : null;
        return new Decision(
            subject.SubjectId,
            Policy.Id,
            Policy.Title,
            Version.Id,
            Version.Effective,
            Version.Citations,
            Version.Parameters.Convention,
            Version.ParametersRead,
            context.Date,
            applicability,
            ValueList.Create<CriterionFinding>(findings));
    }

    /// <summary>Explains one criterion; one the arithmetic cannot count for this subject is unknown, saying why.</summary>
    private CriterionFinding Explain(ICriterion<TSubject, TParameters> criterion, TSubject subject)
    {
        try
        {
            return criterion.Explain(subject, in context);
        }
        catch (Exception e) when (NotComputable.Is(e))
        {
            return NotComputable.Finding(criterion.Descriptor);
        }
    }

    /// <summary>Returns the subjects not yet eligible who become eligible within a number of days, with what they wait for.</summary>
    /// <param name="subjects">The subjects.</param>
    /// <param name="withinDays">The horizon in days; must not be negative.</param>
    /// <returns>The subjects who become eligible on or before <c>Date + withinDays</c>, by date and then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> is negative.</exception>
    public ValueList<AlmostEligibleSubject> AlmostEligible(IEnumerable<TSubject> subjects, int withinDays)
    {
        Guard.Against.Null(subjects);
        Guard.Against.NegativeCount(withinDays);
        var horizon = (long)context.DayNumber + withinDays;
        var found = new List<AlmostEligibleSubject>();
        foreach (var subject in subjects)
        {
            var summary = Evaluate(subject);
            if (summary.Status == DecisionStatus.NotYetEligible && summary.EligibleFromDayNumber <= horizon)
            {
                var decision = Decide(subject);
                found.Add(new AlmostEligibleSubject(subject.SubjectId, decision.EligibleFrom!.Value, summary.EligibleFromDayNumber - context.DayNumber, ValueList.From(decision.Blockers), decision.Assumptions));
            }
        }

        found.Sort(static (a, b) =>
        {
            var byDate = a.EligibleFrom.CompareTo(b.EligibleFrom);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.SubjectId, b.SubjectId);
        });
        return ValueList.From(found);
    }
}
