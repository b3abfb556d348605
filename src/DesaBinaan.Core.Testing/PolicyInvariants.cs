using Ardalis.GuardClauses;
using System.Globalization;
using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Ready-made CsCheck properties that any policy should have, to run on your own policies (for the Indonesian
/// inmate policies with default generators, see <see cref="InmatePolicyInvariants"/>). Each method samples subjects
/// and dates, and throws when the policy breaks the invariant; CsCheck then shrinks to a small counterexample and
/// reports it with its seed, and the message shows both decisions' explanations.
/// </summary>
/// <remarks>
/// Pass a <c>seed</c> printed by a failure to replay it. Decisions are compared by status, eligible-from date, and
/// every finding's code, outcome and date.
/// </remarks>
public static class PolicyInvariants
{
    /// <summary>The cultures of <see cref="IndependentOfCulture"/>: Indonesian, Turkish (dotted and dotless i), Arabic of Saudi Arabia (Umm al-Qura calendar) and Thai (Buddhist calendar).</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["id-ID", "tr-TR", "ar-SA", "th-TH"];

    /// <summary>
    /// Checks that more time served never turns a time-based criterion (<see cref="CriterionKind.TimeBased"/>) from met
    /// to not met: a subject evaluated later, under the same policy version, still meets every time-based criterion it
    /// met before.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="subjects">The subjects to sample; must not be null.</param>
    /// <param name="dates">The first evaluation dates to sample; must not be null.</param>
    /// <param name="maxDaysLater">The largest number of days between the two evaluations; positive.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant (the inner message says how).</exception>
    public static void MoreTimeNeverUndoesTimeCriteria<TSubject, TParameters>(Policy<TSubject, TParameters> policy, Gen<TSubject> subjects, Gen<LocalDate> dates, int maxDaysLater, long iterations, string? seed)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(subjects);
        Guard.Against.Null(dates);
        Guard.Against.OutOfRange(maxDaysLater, nameof(maxDaysLater), 1, int.MaxValue, "The largest number of days between the two evaluations must be at least 1.");
        Gen.Select(subjects, dates, Gen.Int[1, maxDaysLater]).Sample(
            (subject, date, later) =>
            {
                var second = date.PlusDays(later);
                if (!InForce(policy, date, out var v1) || !InForce(policy, second, out var v2) || !ReferenceEquals(v1, v2))
                {
                    return;
                }

                var before = policy.Decide(subject, date);
                var after = policy.Decide(subject, second);
                for (var i = 0; i < v1!.Criteria.Count; i++)
                {
                    if (v1.Criteria[i].Descriptor.Kind == CriterionKind.TimeBased
                        && before.Findings[i].Outcome == CriterionOutcome.Met
                        && after.Findings[i].Outcome != CriterionOutcome.Met)
                    {
                        throw Broken($"The time-based criterion {before.Findings[i].Code} is met on {IsoText.Iso(date)} but {after.Findings[i].Outcome} on {IsoText.Iso(second)}, {later} days later.", before, after);
                    }
                }
            },
            seed: seed,
            iter: iterations);
    }

    /// <summary>
    /// Checks the contract of <see cref="ICriterion{TSubject, TParameters}"/>: the allocation-free hot path
    /// (<see cref="PolicyEvaluator{TSubject, TParameters}.Evaluate(TSubject, Span{CriterionResult})"/>) gives every
    /// criterion the same result as its explanation, and the same status and eligible-from date as the decision.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="subjects">The subjects to sample; must not be null.</param>
    /// <param name="dates">The evaluation dates to sample; must not be null.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void EvaluateAgreesWithExplain<TSubject, TParameters>(Policy<TSubject, TParameters> policy, Gen<TSubject> subjects, Gen<LocalDate> dates, long iterations, string? seed)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        SampleInForce(policy, subjects, dates, iterations, seed, (subject, date) =>
            {
                var evaluator = policy.Prepare(date);
                var results = new CriterionResult[evaluator.CriterionCount];
                var summary = evaluator.Evaluate(subject, results);
                var decision = evaluator.Decide(subject);
                for (var i = 0; i < results.Length; i++)
                {
                    if (results[i] != decision.Findings[i].Result)
                    {
                        throw new PolicyInvariantException($"For {subject.SubjectId} on {IsoText.Iso(date)}, {decision.Findings[i].Code} evaluates to {results[i]} but explains {decision.Findings[i].Result}.\n" + decision.Render(Language.English));
                    }
                }

                if (summary.Status != decision.Status || summary.EligibleFrom != decision.EligibleFrom)
                {
                    throw new PolicyInvariantException($"For {subject.SubjectId} on {IsoText.Iso(date)}, the hot path says {summary} but the decision says {Describe(decision)}.\n" + decision.Render(Language.English));
                }
            });
    }

    /// <summary>
    /// Checks that moving every date of a subject and the evaluation date by the same number of days moves the
    /// decision's dates by that number and changes nothing else (when the same policy version is in force on both
    /// evaluation dates).
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="subjects">The subjects to sample; must not be null.</param>
    /// <param name="dates">The evaluation dates to sample; must not be null.</param>
    /// <param name="shift">Moves every date of a subject by a number of days; must not be null.</param>
    /// <param name="days">The shifts to sample. Calendar arithmetic (years and months added on the calendar, ages) is moved exactly only by shifts that keep the calendar, such as multiples of 146,097 days (400 Gregorian years); rules that count days are moved exactly by any shift.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void ShiftingDatesShiftsDecisions<TSubject, TParameters>(Policy<TSubject, TParameters> policy, Gen<TSubject> subjects, Gen<LocalDate> dates, Func<TSubject, int, TSubject> shift, Gen<int> days, long iterations, string? seed)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(subjects);
        Guard.Against.Null(dates);
        Guard.Against.Null(shift);
        Guard.Against.Null(days);
        Gen.Select(subjects, dates, days).Sample(
            (subject, date, k) =>
            {
                var moved = date.PlusDays(k);
                if (!InForce(policy, date, out var v1) || !InForce(policy, moved, out var v2) || !ReferenceEquals(v1, v2))
                {
                    return;
                }

                var before = policy.Decide(subject, date);
                var after = policy.Decide(shift(subject, k), moved);
                if (before.Status != after.Status || Plus(before.EligibleFrom, k) != after.EligibleFrom)
                {
                    throw Broken($"Moving every date by {k} days moved the decision from {Describe(before)} to {Describe(after)}.", before, after);
                }

                var a = Explanations.Flatten(before).ToList();
                var b = Explanations.Flatten(after).ToList();
                for (var i = 0; i < a.Count; i++)
                {
                    if (!string.Equals(a[i].Code, b[i].Code, StringComparison.Ordinal) || a[i].Outcome != b[i].Outcome || Plus(a[i].Date, k) != b[i].Date)
                    {
                        throw Broken($"Moving every date by {k} days changed {a[i]} into {b[i]}.", before, after);
                    }
                }
            },
            seed: seed,
            iter: iterations);
    }

    /// <summary>
    /// Checks that a decision does not depend on the current culture: the status, fingerprint, rendering in both
    /// languages and <c>ToString()</c> are identical under the invariant culture and under each of <see cref="Cultures"/>.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="subjects">The subjects to sample; must not be null.</param>
    /// <param name="dates">The evaluation dates to sample; must not be null.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void IndependentOfCulture<TSubject, TParameters>(Policy<TSubject, TParameters> policy, Gen<TSubject> subjects, Gen<LocalDate> dates, long iterations, string? seed)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        SampleInForce(policy, subjects, dates, iterations, seed, (subject, date) =>
            {
                var reference = InCulture(CultureInfo.InvariantCulture, () => Texts(policy.Decide(subject, date)));
                foreach (var name in Cultures)
                {
                    var texts = InCulture(CultureInfo.GetCultureInfo(name), () => Texts(policy.Decide(subject, date)));
                    if (!texts.SequenceEqual(reference, StringComparer.Ordinal))
                    {
                        var differs = texts.Zip(reference).First(p => !string.Equals(p.First, p.Second, StringComparison.Ordinal));
                        throw new PolicyInvariantException($"The decision for {subject.SubjectId} on {IsoText.Iso(date)} differs under {name}:\n{differs.First}\ninstead of (invariant culture):\n{differs.Second}");
                    }
                }
            });
    }

    /// <summary>
    /// Checks that one policy evaluated from many threads over one roster gives the same decisions (fingerprints and
    /// summaries) as one thread.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="roster">The subjects; must not be null.</param>
    /// <param name="date">The evaluation date; a version must be in force.</param>
    /// <param name="threads">The number of threads; at least 2.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is below 2, or no version is in force on <paramref name="date"/>.</exception>
    /// <exception cref="PolicyInvariantException">A decision differs between threads.</exception>
    public static void SameFromManyThreads<TSubject, TParameters>(Policy<TSubject, TParameters> policy, IReadOnlyList<TSubject> roster, LocalDate date, int threads)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(roster);
        Guard.Against.OutOfRange(threads, nameof(threads), 2, int.MaxValue, "A check of thread safety needs at least 2 threads.");
        var evaluator = policy.Prepare(date);
        var expected = roster.Select(s => (evaluator.Decide(s).Fingerprint, evaluator.Evaluate(s))).ToArray();
        var actual = new (string Fingerprint, EvaluationSummary Summary)[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = new (string, EvaluationSummary)[roster.Count];
            start.SignalAndWait();

            // Each thread walks the roster from a different place, so that threads meet on the same subjects.
            for (var n = 0; n < roster.Count; n++)
            {
                var i = (n + (t * roster.Count / threads)) % roster.Count;
                mine[i] = (evaluator.Decide(roster[i]).Fingerprint, evaluator.Evaluate(roster[i]));
            }

            actual[t] = mine;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        for (var t = 0; t < threads; t++)
        {
            for (var i = 0; i < roster.Count; i++)
            {
                if (!string.Equals(actual[t][i].Fingerprint, expected[i].Fingerprint, StringComparison.Ordinal) || actual[t][i].Summary != expected[i].Item2)
                {
                    throw new PolicyInvariantException($"Thread {t} decided {roster[i].SubjectId} differently from one thread: {actual[t][i].Summary.Status} ({actual[t][i].Fingerprint}) instead of {expected[i].Item2.Status} ({expected[i].Fingerprint}).");
                }
            }
        }
    }

    internal static bool InForce<TSubject, TParameters>(Policy<TSubject, TParameters> policy, LocalDate date, out PolicyVersion<TSubject, TParameters>? version)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        version = null;
        return date.Year is >= 1 and <= 9999 && policy.TryGetVersion(date, out version);
    }

    internal static PolicyInvariantException Broken(string what, Decision before, Decision after) =>
        new(what + "\n--- first decision ---\n" + before.Render(Language.English) + "--- second decision ---\n" + after.Render(Language.English));

    private static string Describe(Decision d) => d.Status + (d.EligibleFrom is { } e ? " (eligible from " + IsoText.Iso(e) + ")" : string.Empty);

    private static LocalDate? Plus(LocalDate? date, int days) => date?.PlusDays(days);

    private static string[] Texts(Decision decision) =>
        [decision.Status.ToString(), decision.ToString(), decision.Render(Language.Indonesian), decision.Render(Language.English), decision.Fingerprint];

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>Samples subjects and dates, skipping the dates on which no version of the policy is in force.</summary>
    private static void SampleInForce<TSubject, TParameters>(Policy<TSubject, TParameters> policy, Gen<TSubject> subjects, Gen<LocalDate> dates, long iterations, string? seed, Action<TSubject, LocalDate> check)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(subjects);
        Guard.Against.Null(dates);
        Gen.Select(subjects, dates).Sample(
            (subject, date) =>
            {
                if (InForce(policy, date, out _))
                {
                    check(subject, date);
                }
            },
            seed: seed,
            iter: iterations);
    }
}
