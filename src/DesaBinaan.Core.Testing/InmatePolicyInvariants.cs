using Ardalis.GuardClauses;
using CsCheck;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// The invariants of <see cref="PolicyInvariants"/> for policies over <see cref="InmateProfile"/>, with the
/// generators of <see cref="InmateGenerators"/> as defaults, and the remission invariant, which needs sentences.
/// </summary>
public static class InmatePolicyInvariants
{
    private const string ReleasedCode = "rights.sentence-running";

    /// <summary>Gets shifts that keep the Gregorian calendar: ±1 to ±3 cycles of 400 years (146,097 days each).</summary>
    public static Gen<int> CalendarPreservingShifts { get; } = Gen.Int[1, 3].Select(Gen.Bool, (n, back) => (back ? -n : n) * 146_097);

    /// <summary>Gets arbitrary shifts of up to ten years either way, for policies whose rules count days only.</summary>
    public static Gen<int> AnyShifts { get; } = Gen.Int[-3650, 3650];

    /// <summary>Checks <see cref="PolicyInvariants.MoreTimeNeverUndoesTimeCriteria"/> over generated profiles and dates.</summary>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void MoreTimeNeverUndoesTimeCriteria<TParameters>(Policy<InmateProfile, TParameters> policy, long iterations = 200, string? seed = null)
        where TParameters : class, IPolicyParameters =>
        PolicyInvariants.MoreTimeNeverUndoesTimeCriteria(policy, InmateGenerators.Profiles, InmateGenerators.EvaluationDates, 3650, iterations, seed);

    /// <summary>
    /// Checks that adding a remission never delays the date from which a subject is eligible: when a subject has an
    /// eligible-from date (eligible, or not yet eligible), the same subject with one more remission (granted on or
    /// before the evaluation date) has one too, no later. A remission that brings the expiry on or before the evaluation
    /// date (the criterion <c>rights.sentence-running</c> then blocks) or before the eligible-from date releases the person
    /// before the right arises, and is not counted as a delay.
    /// </summary>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void RemissionNeverDelaysEligibility<TParameters>(Policy<InmateProfile, TParameters> policy, long iterations = 200, string? seed = null)
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(policy);
        Gen.Select(InmateGenerators.Profiles, InmateGenerators.EvaluationDates, Gen.Int[0, 4000], Gen.Int[1, 90]).Sample(
            (subject, date, grantOffset, amountDays) =>
            {
                if (subject.Sentence is not { HasDates: true } sentence || !PolicyInvariants.InForce(policy, date, out _))
                {
                    return;
                }

                var granted = sentence.Detention.FirstDay.PlusDays(grantOffset);
                if (granted > date)
                {
                    return;
                }

                InmateProfile more;
                try
                {
                    more = subject.WithRemission(new Remission(granted, SentenceTerm.FromDays(amountDays), RemissionKind.General));
                }
                catch (ArgumentException)
                {
                    return; // larger than what is left of the sentence: not a lawful remission
                }

                var before = policy.Decide(subject, date);
                if (before.EligibleFrom is not { } from)
                {
                    return;
                }

                var after = policy.Decide(more, date);
                if (after.Blockers.Any(b => string.Equals(b.Code, ReleasedCode, StringComparison.Ordinal))
                    || (more.KeyDates.HasDates && more.KeyDates.Expiry <= from))
                {
                    return; // the remission brings the release before the right would arise: the person is free, nothing is delayed
                }

                if (after.EligibleFrom is not { } moved || moved > from)
                {
                    throw PolicyInvariants.Broken($"A remission of {amountDays} days granted on {IsoText.Iso(granted)} moved the eligible-from date from {IsoText.Iso(from)} to {(after.EligibleFrom is { } m ? IsoText.Iso(m) : "none (" + after.Status + ")")}.", before, after);
                }
            },
            seed: seed,
            iter: iterations);
    }

    /// <summary>Checks <see cref="PolicyInvariants.ShiftingDatesShiftsDecisions"/> over generated profiles, moved with <see cref="InmateProfileExtensions.ShiftedBy"/>.</summary>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="days">The shifts, or null for <see cref="CalendarPreservingShifts"/> (use <see cref="AnyShifts"/> for policies whose rules count days only).</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void ShiftingDatesShiftsDecisions<TParameters>(Policy<InmateProfile, TParameters> policy, Gen<int>? days = null, long iterations = 200, string? seed = null)
        where TParameters : class, IPolicyParameters =>
        PolicyInvariants.ShiftingDatesShiftsDecisions(policy, InmateGenerators.Profiles, InmateGenerators.EvaluationDates, static (p, k) => p.ShiftedBy(k), days ?? CalendarPreservingShifts, iterations, seed);

    /// <summary>Checks <see cref="PolicyInvariants.EvaluateAgreesWithExplain"/> over generated profiles and dates.</summary>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void EvaluateAgreesWithExplain<TParameters>(Policy<InmateProfile, TParameters> policy, long iterations = 300, string? seed = null)
        where TParameters : class, IPolicyParameters =>
        PolicyInvariants.EvaluateAgreesWithExplain(policy, InmateGenerators.Profiles, InmateGenerators.EvaluationDates, iterations, seed);

    /// <summary>Checks <see cref="PolicyInvariants.IndependentOfCulture"/> over generated profiles and dates.</summary>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="iterations">The number of samples.</param>
    /// <param name="seed">A CsCheck seed to replay, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="CsCheckException">The policy breaks the invariant.</exception>
    public static void IndependentOfCulture<TParameters>(Policy<InmateProfile, TParameters> policy, long iterations = 50, string? seed = null)
        where TParameters : class, IPolicyParameters =>
        PolicyInvariants.IndependentOfCulture(policy, InmateGenerators.Profiles, InmateGenerators.EvaluationDates, iterations, seed);

    /// <summary>Checks <see cref="PolicyInvariants.SameFromManyThreads"/> over a generated roster.</summary>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="date">The evaluation date; a version must be in force.</param>
    /// <param name="rosterSize">The number of generated profiles.</param>
    /// <param name="threads">The number of threads; at least 2.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="PolicyInvariantException">A decision differs between threads.</exception>
    public static void SameFromManyThreads<TParameters>(Policy<InmateProfile, TParameters> policy, LocalDate date, int rosterSize = 500, int threads = 4)
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(policy);
        var roster = InmateGenerators.Roster(rosterSize, 20260429);
        PolicyInvariants.SameFromManyThreads(policy, roster, date, threads);
    }
}
