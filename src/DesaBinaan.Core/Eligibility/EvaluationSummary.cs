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
        var masks = Masks.Empty;
        for (var i = 0; i < results.Length; i++)
        {
            masks = masks.With(results[i], i);
        }

        return masks.Summarize(applicability, evaluationDay);
    }

    /// <summary>
    /// The masks of one subject's results, one result added at a time (in any order: a subject's results one after the
    /// other, or a population's column by column), then read as a summary. Immutable, so that a local copy can stay in
    /// registers.
    /// </summary>
    internal readonly struct Masks
    {
        private readonly ulong notMet;
        private readonly ulong waiting;
        private readonly ulong unknown;
        private readonly int latest;

        private Masks(ulong notMet, ulong waiting, ulong unknown, int latest)
        {
            this.notMet = notMet;
            this.waiting = waiting;
            this.unknown = unknown;
            this.latest = latest;
        }

        /// <summary>Gets the masks of no result.</summary>
        public static Masks Empty => new(0, 0, 0, -1);

        /// <summary>Returns these masks with the result of criterion <paramref name="index"/> added, branch-free: outcomes vary from subject to subject, so branches would be mispredicted.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Masks With(CriterionResult result, int index)
        {
            // The outcome's two bits: Unknown 00, Met 01, NotMet 10, NotApplicable 11.
            var o = (uint)result.Outcome;
            var isNotMet = (o >> 1) & ~o & 1U;
            var isUnknown = ((o | (o >> 1)) & 1U) ^ 1U;
            var isWaiting = isNotMet & (result.HasDate ? 1U : 0U);
            var day = result.DayNumber | unchecked((int)(isWaiting - 1U)); // the day when waiting, else -1
            return new(notMet | ((ulong)isNotMet << index), waiting | ((ulong)isWaiting << index), unknown | ((ulong)isUnknown << index), Math.Max(latest, day));
        }

        /// <summary>Reads the summary (<see cref="FromMasks"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public EvaluationSummary Summarize(CriterionResult applicability, int evaluationDay) =>
            FromMasks(applicability.Outcome, notMet, waiting, unknown, latest, evaluationDay);
    }

    /// <summary>
    /// Computes the status from the masks: a failure waiting does not cure, then missing evidence, then waiting, else
    /// eligible. Branch-free: across a population the statuses vary from subject to subject.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static EvaluationSummary FromMasks(CriterionOutcome applies, ulong notMet, ulong waiting, ulong unknown, int latestWaitingDay, int evaluationDay)
    {
        var hard = notMet & ~waiting;
        var ineligible = applies is CriterionOutcome.NotMet or CriterionOutcome.NotApplicable | hard != 0;
        var undetermined = !ineligible & (applies == CriterionOutcome.Unknown | unknown != 0);
        var notYet = !ineligible & !undetermined & waiting != 0;
        var status = BranchFree.Pick(ineligible, (int)DecisionStatus.Ineligible, BranchFree.Pick(undetermined, (int)DecisionStatus.Undetermined, BranchFree.Pick(notYet, (int)DecisionStatus.NotYetEligible, (int)DecisionStatus.Eligible)));
        var fromPlusOne = BranchFree.Pick(ineligible | undetermined, 0, BranchFree.Pick(notYet, unchecked(latestWaitingDay + 1), unchecked(evaluationDay + 1)));
        var blockers = BranchFree.Pick(ineligible, hard, BranchFree.Pick(undetermined, unknown, BranchFree.Pick(notYet, waiting, 0UL)));
        return new(unchecked((DecisionStatus)status), fromPlusOne, notMet, waiting, unknown, First(blockers), applies);
    }

    private static int First(ulong mask) => BranchFree.Pick(mask == 0, -1, System.Numerics.BitOperations.TrailingZeroCount(mask));

    /// <summary>Returns the status, the eligible-from date and the first blocker, in invariant form, such as <c>NotYetEligible from 2026-07-14 (first blocker 3)</c>.</summary>
    /// <returns>The summary as text (independent of the current culture).</returns>
    public override string ToString() =>
        Status + (EligibleFrom is { } from ? " from " + from.ToIso() : string.Empty) + (FirstBlocker >= 0 ? " (first blocker " + FirstBlocker.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
