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

        /// <summary>Returns these masks with the result of criterion <paramref name="index"/> added (<see cref="Mark"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Masks With(CriterionResult result, int index)
        {
            var (failing, waits, unknowns, latestDay) = (notMet, waiting, unknown, latest);
            Mark<OneSubject, ulong, int>(unchecked((int)result.Bits), index, ref failing, ref waits, ref unknowns, ref latestDay);
            return new(failing, waits, unknowns, latestDay);
        }

        /// <summary>Reads the summary (<see cref="FromMasks"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public EvaluationSummary Summarize(CriterionResult applicability, int evaluationDay) =>
            FromMasks(applicability.Outcome, notMet, waiting, unknown, latest, evaluationDay);
    }

    /// <summary>
    /// Summarises a chunk of subjects whose results are stored column by column (criterion <c>c</c>'s result for subject
    /// <c>j</c> at <c>c * stride + j</c>): each result marks the masks (<see cref="Mark"/>) and the status is read from them
    /// (<see cref="Decide"/>), the same steps as for one subject, taken for several subjects at once with vector
    /// instructions where the machine has them and there are at most 32 criteria.
    /// </summary>
    /// <param name="columns">The results, column by column; each column readable up to <paramref name="stride"/> entries.</param>
    /// <param name="stride">The distance between two columns: at least the length of <paramref name="into"/> rounded up to a whole vector.</param>
    /// <param name="count">The number of criteria (columns), at most 64.</param>
    /// <param name="applies">The result of the applicability condition of each subject (at least one per subject).</param>
    /// <param name="evaluationDay">The evaluation day number.</param>
    /// <param name="into">Where to write subject <c>j</c>'s summary, at <c>j</c>.</param>
    internal static void SummarizeColumns(ReadOnlySpan<CriterionResult> columns, int stride, int count, ReadOnlySpan<CriterionResult> applies, int evaluationDay, Span<EvaluationSummary> into)
    {
        // Several subjects at a time, one per lane of a vector, where the machine has vectors and the masks fit the
        // lanes' 32 bits (every built-in policy); else subject by subject.
        if (!System.Numerics.Vector.IsHardwareAccelerated || stride % System.Numerics.Vector<int>.Count != 0 || count > 32)
        {
            for (var j = 0; j < into.Length; j++)
            {
                var masks = Masks.Empty;
                for (var c = 0; c < count; c++)
                {
                    masks = masks.With(columns[(c * stride) + j], c);
                }

                into[j] = masks.Summarize(applies[j], evaluationDay);
            }

            return;
        }

        SummarizeSideBySide(System.Runtime.InteropServices.MemoryMarshal.Cast<CriterionResult, int>(columns), stride, count, applies, evaluationDay, into);
    }

    /// <summary>
    /// <see cref="SummarizeColumns"/> for up to 32 criteria: the masks and the status of several subjects at once, one
    /// per lane (<see cref="Mark"/> and <see cref="Decide"/> in <see cref="SideBySide"/>), then each subject's summary
    /// written from its lanes.
    /// </summary>
    private static void SummarizeSideBySide(ReadOnlySpan<int> raw, int stride, int count, ReadOnlySpan<CriterionResult> applies, int evaluationDay, Span<EvaluationSummary> into)
    {
        var width = System.Numerics.Vector<uint>.Count;
        var outcomes = System.Runtime.InteropServices.MemoryMarshal.Cast<CriterionResult, int>(applies);
        var day = new System.Numerics.Vector<int>(evaluationDay);
        Span<int> lanes = stackalloc int[7 * width];
        var statuses = lanes[..width];
        var froms = lanes.Slice(width, width);
        var blocking = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(lanes.Slice(2 * width, width));
        var failing = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(lanes.Slice(3 * width, width));
        var waits = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(lanes.Slice(4 * width, width));
        var unknowns = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(lanes.Slice(5 * width, width));
        var applying = lanes.Slice(6 * width, width);
        for (var j = 0; j < into.Length; j += width)
        {
            // The applicability first (of a last, partial vector, as far as it goes), so that no vector of masks is live
            // across the copy (the compiler would keep them in memory in the loop below).
            System.Numerics.Vector<int> applicability;
            if (j + width <= outcomes.Length)
            {
                applicability = SideBySide.Outcome(new System.Numerics.Vector<int>(outcomes.Slice(j, width)));
            }
            else
            {
                applying.Clear();
                outcomes[j..].CopyTo(applying);
                applicability = SideBySide.Outcome(new System.Numerics.Vector<int>(applying));
            }

            System.Numerics.Vector<uint> notMet = default, waiting = default, unknown = default;
            var latest = new System.Numerics.Vector<int>(-1);
            for (var c = 0; c < count; c++)
            {
                Mark<SideBySide, System.Numerics.Vector<uint>, System.Numerics.Vector<int>>(new System.Numerics.Vector<int>(raw.Slice((c * stride) + j, width)), c, ref notMet, ref waiting, ref unknown, ref latest);
            }

            Decide<SideBySide, System.Numerics.Vector<uint>, System.Numerics.Vector<int>>(applicability, notMet, waiting, unknown, latest, day, out var status, out var fromPlusOne, out var blockers);
            status.CopyTo(statuses);
            fromPlusOne.CopyTo(froms);
            blockers.CopyTo(blocking);
            notMet.CopyTo(failing);
            waiting.CopyTo(waits);
            unknown.CopyTo(unknowns);
            applicability.CopyTo(applying);
            var end = Math.Min(width, into.Length - j);
            for (var k = 0; k < end; k++)
            {
                into[j + k] = new(unchecked((DecisionStatus)statuses[k]), froms[k], failing[k], waits[k], unknowns[k], First(blocking[k]), unchecked((CriterionOutcome)applying[k]));
            }
        }
    }

    /// <summary>
    /// The engine's single statement of how a criterion's result marks a decision's masks, for one subject or several
    /// side by side (<see cref="ISummaryLanes{TMask, TValue}"/>): a result not met marks the criterion failing; not met
    /// with a date, waiting too, and its day counts toward the latest waiting day; unknown marks it unknown; met and not
    /// applicable mark nothing. In any order of criteria: a subject's results one after the other, or a population's
    /// column by column.
    /// </summary>
    /// <typeparam name="TLanes">The arithmetic: one subject or several.</typeparam>
    /// <typeparam name="TMask">The masks.</typeparam>
    /// <typeparam name="TValue">The values.</typeparam>
    /// <param name="result">The result (a <see cref="CriterionResult"/>'s four bytes).</param>
    /// <param name="index">The criterion's index (below the masks' width).</param>
    /// <param name="notMet">The criteria not met, waiting ones included.</param>
    /// <param name="waiting">The criteria not met that will be met on a known date.</param>
    /// <param name="unknown">The criteria unknown.</param>
    /// <param name="latestWaitingDay">The latest day a waiting criterion waits for (-1 when none).</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Mark<TLanes, TMask, TValue>(TValue result, int index, ref TMask notMet, ref TMask waiting, ref TMask unknown, ref TValue latestWaitingDay)
        where TLanes : struct, ISummaryLanes<TMask, TValue>
    {
        var outcome = TLanes.Outcome(result);
        var dayPlusOne = TLanes.DayPlusOne(result);
        var failed = TLanes.Is(outcome, (int)CriterionOutcome.NotMet);
        var waits = TLanes.Unless(failed, TLanes.Is(dayPlusOne, 0));
        notMet = TLanes.With(notMet, failed, index);
        waiting = TLanes.With(waiting, waits, index);
        unknown = TLanes.With(unknown, TLanes.Is(outcome, (int)CriterionOutcome.Unknown), index);
        latestWaitingDay = TLanes.Max(latestWaitingDay, TLanes.Pick(waits, TLanes.Plus(dayPlusOne, -1), TLanes.Value(-1)));
    }

    /// <summary>
    /// Computes the summary from the masks of one subject (<see cref="Decide"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static EvaluationSummary FromMasks(CriterionOutcome applies, ulong notMet, ulong waiting, ulong unknown, int latestWaitingDay, int evaluationDay)
    {
        Decide<OneSubject, ulong, int>((int)applies, notMet, waiting, unknown, latestWaitingDay, evaluationDay, out var status, out var fromPlusOne, out var blockers);
        return new(unchecked((DecisionStatus)status), fromPlusOne, notMet, waiting, unknown, First(blockers), applies);
    }

    /// <summary>
    /// The engine's single statement of a decision's status, for one subject or several side by side
    /// (<see cref="ISummaryLanes{TMask, TValue}"/>): an applicability not met or a failure that waiting does not cure makes
    /// the subject ineligible; else missing evidence (an applicability or a criterion unknown) makes it undetermined; else
    /// a criterion waiting for a date makes it not yet eligible, from the latest such date; else it is eligible from the
    /// evaluation day. The blockers are the criteria that decide it: the hard failures, the unknown, or the waiting ones.
    /// </summary>
    /// <typeparam name="TLanes">The arithmetic: one subject or several.</typeparam>
    /// <typeparam name="TMask">The masks.</typeparam>
    /// <typeparam name="TValue">The values.</typeparam>
    /// <param name="applies">The applicability's outcome (<see cref="CriterionOutcome"/>).</param>
    /// <param name="notMet">The criteria not met, waiting ones included.</param>
    /// <param name="waiting">The criteria not met that will be met on a known date.</param>
    /// <param name="unknown">The criteria unknown.</param>
    /// <param name="latestWaitingDay">The latest day a waiting criterion waits for (-1 when none).</param>
    /// <param name="evaluationDay">The evaluation day number.</param>
    /// <param name="status">The status (<see cref="DecisionStatus"/>).</param>
    /// <param name="fromPlusOne">The eligible-from day number plus one, or zero when none.</param>
    /// <param name="blockers">The criteria that decide the status.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Decide<TLanes, TMask, TValue>(TValue applies, TMask notMet, TMask waiting, TMask unknown, TValue latestWaitingDay, TValue evaluationDay, out TValue status, out TValue fromPlusOne, out TMask blockers)
        where TLanes : struct, ISummaryLanes<TMask, TValue>
    {
        var hard = TLanes.Without(notMet, waiting);
        var ineligible = TLanes.Or(TLanes.Or(TLanes.Is(applies, (int)CriterionOutcome.NotMet), TLanes.Is(applies, (int)CriterionOutcome.NotApplicable)), TLanes.Any(hard));
        var undetermined = TLanes.Unless(TLanes.Or(TLanes.Is(applies, (int)CriterionOutcome.Unknown), TLanes.Any(unknown)), ineligible);
        var notYet = TLanes.Unless(TLanes.Unless(TLanes.Any(waiting), ineligible), undetermined);
        status = TLanes.Pick(ineligible, TLanes.Value((int)DecisionStatus.Ineligible), TLanes.Pick(undetermined, TLanes.Value((int)DecisionStatus.Undetermined), TLanes.Pick(notYet, TLanes.Value((int)DecisionStatus.NotYetEligible), TLanes.Value((int)DecisionStatus.Eligible))));
        fromPlusOne = TLanes.Pick(TLanes.Or(ineligible, undetermined), TLanes.Value(0), TLanes.Pick(notYet, TLanes.Plus(latestWaitingDay, 1), TLanes.Plus(evaluationDay, 1)));
        blockers = TLanes.Pick(ineligible, hard, TLanes.Pick(undetermined, unknown, TLanes.Pick(notYet, waiting, TLanes.NoCriterion)));
    }

    private static int First(ulong mask) => BranchFree.Pick(mask == 0, -1, System.Numerics.BitOperations.TrailingZeroCount(mask));

    /// <summary>Returns the status, the eligible-from date and the first blocker, in invariant form, such as <c>NotYetEligible from 2026-07-14 (first blocker 3)</c>.</summary>
    /// <returns>The summary as text (independent of the current culture).</returns>
    public override string ToString() =>
        Status + (EligibleFrom is { } from ? " from " + from.ToIso() : string.Empty) + (FirstBlocker >= 0 ? " (first blocker " + FirstBlocker.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
