using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The compact result of a policy for one subject (the population hot path): the status, the eligible-from date,
/// bit masks of the criteria (by index in <see cref="PolicyVersion{TSubject, TParameters}.Criteria"/>) that fail,
/// wait for a date or are unknown, and the first blocking criterion. No allocation.
/// </summary>
/// <remarks>The default value is an undetermined summary with no criterion. Equality compares every member.</remarks>
[Immutable]
public readonly record struct EvaluationSummary
{
    private readonly int eligibleFromPlusOne;

    internal EvaluationSummary(DecisionStatus status, int eligibleFromPlusOne, ulong notMetMask, ulong waitingMask, ulong unknownMask, int firstBlocker, CriterionOutcome applicability)
    {
        Status = status;
        this.eligibleFromPlusOne = eligibleFromPlusOne;
        NotMetMask = notMetMask;
        WaitingMask = waitingMask;
        UnknownMask = unknownMask;
        FirstBlocker = firstBlocker;
        Applicability = applicability;
    }

    /// <summary>Gets the status.</summary>
    public DecisionStatus Status { get; }

    /// <summary>Gets whether the summary has an eligible-from date (eligible or not yet eligible).</summary>
    public bool HasEligibleFrom => eligibleFromPlusOne != 0;

    /// <summary>Gets the eligible-from day number (<see cref="DayNumbers"/>) when <see cref="HasEligibleFrom"/>, otherwise -1.</summary>
    public int EligibleFromDayNumber => eligibleFromPlusOne - 1;

    /// <summary>Gets the date from which the subject is eligible (for a not-yet-eligible subject; for an eligible one, the evaluation date), or null.</summary>
    public LocalDate? EligibleFrom => eligibleFromPlusOne == 0 ? null : DayNumbers.ToDate(eligibleFromPlusOne - 1);

    /// <summary>Gets the mask of criteria not met (bit <c>i</c> for criterion <c>i</c>), including those waiting for a date.</summary>
    public ulong NotMetMask { get; }

    /// <summary>Gets the mask of criteria not yet met that will be met on a known date.</summary>
    public ulong WaitingMask { get; }

    /// <summary>Gets the mask of criteria that are unknown (missing evidence).</summary>
    public ulong UnknownMask { get; }

    /// <summary>Gets the index of the first criterion that blocks eligibility (not met, unknown or waiting), or -1 when none (or when only applicability blocks).</summary>
    public int FirstBlocker { get; }

    /// <summary>Gets the outcome of the policy's applicability condition (<see cref="CriterionOutcome.Met"/> when the policy has none).</summary>
    public CriterionOutcome Applicability { get; }

    /// <summary>Computes the status from criterion results (the engine's single definition of a decision's status).</summary>
    internal static EvaluationSummary From(CriterionResult applicability, ReadOnlySpan<CriterionResult> results, int evaluationDay)
    {
        ulong notMet = 0, waiting = 0, unknown = 0;
        var latest = -1;
        for (var i = 0; i < results.Length; i++)
        {
            var r = results[i];

            // Branch-free: outcomes vary from subject to subject, so branches would be mispredicted.
            var outcome = r.Outcome;
            var isNotMet = outcome == CriterionOutcome.NotMet;
            var isWaiting = isNotMet & r.HasDate;
            notMet |= (isNotMet ? 1UL : 0UL) << i;
            waiting |= (isWaiting ? 1UL : 0UL) << i;
            unknown |= (outcome == CriterionOutcome.Unknown ? 1UL : 0UL) << i;
            latest = Math.Max(latest, isWaiting ? r.DayNumber : -1);
        }

        return FromMasks(applicability.Outcome, notMet, waiting, unknown, latest, evaluationDay);
    }

    /// <summary>Computes the status from the masks: a failure waiting does not cure, then missing evidence, then waiting, else eligible.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static EvaluationSummary FromMasks(CriterionOutcome applies, ulong notMet, ulong waiting, ulong unknown, int latestWaitingDay, int evaluationDay)
    {
        var hard = notMet & ~waiting;
        if (applies is CriterionOutcome.NotMet or CriterionOutcome.NotApplicable || hard != 0)
        {
            return new(DecisionStatus.Ineligible, 0, notMet, waiting, unknown, First(hard), applies);
        }

        if (applies == CriterionOutcome.Unknown || unknown != 0)
        {
            return new(DecisionStatus.Undetermined, 0, notMet, waiting, unknown, First(unknown), applies);
        }

        if (waiting != 0)
        {
            return new(DecisionStatus.NotYetEligible, latestWaitingDay + 1, notMet, waiting, unknown, First(waiting), applies);
        }

        return new(DecisionStatus.Eligible, evaluationDay + 1, notMet, waiting, unknown, -1, applies);
    }

    private static int First(ulong mask) => mask == 0 ? -1 : System.Numerics.BitOperations.TrailingZeroCount(mask);

    /// <summary>Returns the status, the eligible-from date and the first blocker, in invariant form, such as <c>NotYetEligible from 2026-07-14 (first blocker 3)</c>.</summary>
    /// <returns>The summary as text (independent of the current culture).</returns>
    public override string ToString() =>
        Status + (EligibleFrom is { } from ? " from " + from.ToIso() : string.Empty) + (FirstBlocker >= 0 ? " (first blocker " + FirstBlocker.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
