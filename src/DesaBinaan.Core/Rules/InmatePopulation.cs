using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// An immutable population of inmate profiles prepared for repeated evaluation — a dashboard's national roster that
/// is recomputed on every change of date, policy or parameters. At construction the facts the built-in rules read
/// (status, offence, security level, sentence day numbers, end of the latest punishment, packed evidence) are copied
/// side by side in one array, so that an evaluation streams through memory instead of visiting every profile object.
/// </summary>
/// <remarks>
/// <para>The results are exactly those of <see cref="Roster.Evaluate{TSubject, TParameters}(PolicyEvaluator{TSubject, TParameters}, ReadOnlySpan{TSubject}, Span{EvaluationSummary}, Span{CriterionResult})"/>
/// over <see cref="Profiles"/>, at the same positions, and nothing is allocated per person. Every built-in rule reads
/// the packed facts (<see cref="IRowCriterion{TSubject, TRow, TParameters}"/>), one column per criterion; a rule with
/// exceptions evaluates its conditions as columns and each branch for the rows it decides; a criterion of your own
/// is evaluated from the profiles. Where only the summaries are wanted (a count, a list of who
/// is eligible), <see cref="Evaluate(PolicyEvaluator{InmateProfile, RightsParameters}, Span{EvaluationSummary})"/>
/// skips writing each criterion's result.</para>
/// <para>Profiles are snapshots: a changed inmate is a new profile, and so a new population (construction is one pass).</para>
/// </remarks>
[Immutable]
public sealed class InmatePopulation
{
    private readonly InmateFacts[] facts;

    /// <summary>Prepares a population.</summary>
    /// <param name="profiles">The profiles, in the order the results will follow; none may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> contains null.</exception>
    public InmatePopulation(IEnumerable<InmateProfile> profiles)
    {
        Profiles = ValueList.FromNonNull(profiles, nameof(profiles));
        facts = new InmateFacts[Profiles.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = Profiles[i].Facts;
        }
    }

    /// <summary>Gets the profiles, in order.</summary>
    public ValueList<InmateProfile> Profiles { get; }

    /// <summary>Gets the number of profiles.</summary>
    public int Count => facts.Length;

    /// <summary>Gets the packed facts, one per profile in order (read by the remission day's batches and by the benchmarks' hand-written references).</summary>
    internal ReadOnlySpan<InmateFacts> Facts => facts;

    /// <summary>Evaluates every profile, in order, writing each summary and each criterion's result; allocates nothing.</summary>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null.</param>
    /// <param name="summaries">Where to write each profile's summary; at least <see cref="Count"/> long.</param>
    /// <param name="results">Where to write every criterion's result, profile <c>i</c>'s at <c>i × k</c> to <c>(i + 1) × k</c> for <c>k</c> criteria; at least <see cref="Roster.ResultLength"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summaries"/> or <paramref name="results"/> is too short.</exception>
    public void Evaluate(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, Span<EvaluationSummary> summaries, Span<CriterionResult> results)
    {
        Check(evaluator, summaries.Length, results.Length);
        EvaluateRange(evaluator, 0, facts.Length, summaries, results, writeResults: true);
    }

    /// <summary>
    /// Evaluates every profile, in order, writing only each summary — its status, eligible-from date and the masks of
    /// the criteria that fail, wait or are unknown — and not each criterion's result: the cheaper call for a count or a
    /// list of who is eligible. The summaries are those of <see cref="Evaluate(PolicyEvaluator{InmateProfile, RightsParameters}, Span{EvaluationSummary}, Span{CriterionResult})"/>; allocates nothing per person.
    /// </summary>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null.</param>
    /// <param name="summaries">Where to write each profile's summary; at least <see cref="Count"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summaries"/> is too short.</exception>
    public void Evaluate(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, Span<EvaluationSummary> summaries)
    {
        Check(evaluator, summaries.Length, results: null);
        EvaluateRange(evaluator, 0, facts.Length, summaries, default, writeResults: false);
    }

    /// <summary>
    /// Evaluates every profile on several threads, writing the same summaries and results, at the same positions, as
    /// <see cref="Evaluate(PolicyEvaluator{InmateProfile, RightsParameters}, Span{EvaluationSummary}, Span{CriterionResult})"/>: the population is cut into fixed chunks, each written by exactly one worker.
    /// </summary>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null. Its criteria must be thread-safe (the built-in ones are).</param>
    /// <param name="summaries">Where to write each profile's summary; at least <see cref="Count"/> long.</param>
    /// <param name="results">Where to write every criterion's result; at least <see cref="Roster.ResultLength"/> long.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of workers, or -1 for as many as the scheduler gives.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summaries"/> or <paramref name="results"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public void EvaluateParallel(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, Memory<EvaluationSummary> summaries, Memory<CriterionResult> results, int maxDegreeOfParallelism = -1)
    {
        Check(evaluator, summaries.Length, results.Length);
        Guard.Against.DegreeOfParallelism(maxDegreeOfParallelism);

        var chunks = (facts.Length + Roster.ChunkSize - 1) / Roster.ChunkSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks, options, chunk =>
        {
            var start = chunk * Roster.ChunkSize;
            EvaluateRange(evaluator, start, Math.Min(Roster.ChunkSize, facts.Length - start), summaries.Span, results.Span, writeResults: true);
        });
    }

    /// <summary>
    /// Evaluates every profile into a new <see cref="RosterEvaluation{TSubject, TParameters}"/> — the input of the
    /// reporting views (<see cref="Funnel"/>, <see cref="EligibilityCalendar"/>, <see cref="PolicyComparison"/>,
    /// <see cref="EligibilityRow"/>) — with the same content as <see cref="RosterEvaluation{TSubject, TParameters}.Evaluate(PolicyEvaluator{TSubject, TParameters}, IEnumerable{TSubject})"/>
    /// over <see cref="Profiles"/>. Allocates the roster's two arrays (none per person); for repeated evaluations with
    /// no allocation at all, use the overload with buffers of your own.
    /// </summary>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null.</param>
    /// <returns>The evaluated roster, in the population's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public RosterEvaluation<InmateProfile, RightsParameters> Evaluate(PolicyEvaluator<InmateProfile, RightsParameters> evaluator)
    {
        Guard.Against.Null(evaluator);
        return IntoRoster(evaluator, parallel: false);
    }

    /// <summary>Evaluates every profile on several threads into a new roster, identical to <see cref="Evaluate(PolicyEvaluator{InmateProfile, RightsParameters})"/>'s.</summary>
    /// <param name="evaluator">The policy prepared for the evaluation date; must not be null. Its criteria must be thread-safe (the built-in ones are).</param>
    /// <returns>The evaluated roster, in the population's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public RosterEvaluation<InmateProfile, RightsParameters> EvaluateParallel(PolicyEvaluator<InmateProfile, RightsParameters> evaluator)
    {
        Guard.Against.Null(evaluator);
        return IntoRoster(evaluator, parallel: true);
    }

    /// <summary>Returns the number of profiles.</summary>
    /// <returns>For example <c>280000 profiles</c>.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{facts.Length} profiles");

    /// <summary>
    /// Evaluates the profiles from <paramref name="start"/> on, from their packed facts, into buffers of their own: profile
    /// <c>start + j</c>'s summary at <c>j</c> and its results at <c>j × k</c> (the population views of a date evaluate
    /// several policies a batch at a time this way).
    /// </summary>
    /// <param name="evaluator">The prepared policy.</param>
    /// <param name="start">The first profile.</param>
    /// <param name="length">The number of profiles.</param>
    /// <param name="summaries">Where to write each profile's summary; at least <paramref name="length"/> long.</param>
    /// <param name="results">Where to write every criterion's result; ignored unless <paramref name="writeResults"/>.</param>
    /// <param name="writeResults">Whether to write the results, or only the summaries.</param>
    internal void EvaluateSlice(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, int start, int length, Span<EvaluationSummary> summaries, Span<CriterionResult> results, bool writeResults)
    {
        var context = evaluator.Context;
        evaluator.Version.EvaluateRows(facts.AsSpan(start, length), Profiles.AsSpan().Slice(start, length), in context, writeResults ? results[..(length * evaluator.CriterionCount)] : default, summaries[..length], writeResults);
    }

    private void EvaluateRange(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, int start, int length, Span<EvaluationSummary> summaries, Span<CriterionResult> results, bool writeResults)
    {
        var k = evaluator.CriterionCount;
        EvaluateSlice(evaluator, start, length, summaries.Slice(start, length), writeResults ? results.Slice(start * k, length * k) : default, writeResults);
    }

    private RosterEvaluation<InmateProfile, RightsParameters> IntoRoster(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, bool parallel)
    {
        var summaries = new EvaluationSummary[facts.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, facts.Length)];
        if (parallel)
        {
            EvaluateParallel(evaluator, summaries, results);
        }
        else
        {
            Evaluate(evaluator, summaries, results);
        }

        return new(evaluator, [.. Profiles.AsSpan()], summaries, results);
    }

    private void Check(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, int summaries, int? results)
    {
        Guard.Against.Null(evaluator);
        Guard.Against.ShortBuffer(summaries, facts.Length, "one summary per profile of the population", nameof(summaries));
        if (results is { } length)
        {
            Guard.Against.ShortBuffer(length, (long)facts.Length * evaluator.CriterionCount, "one result per criterion for every profile (profiles times criteria)", nameof(results));
        }
    }
}
