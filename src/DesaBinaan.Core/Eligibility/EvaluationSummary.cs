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
    /// Summarises a chunk of subjects whose results are stored column by column (criterion <c>c</c>'s result for subject
    /// <c>j</c> at <c>c * stride + j</c>): the same step as <see cref="Masks.With"/> for each result, taken for several
    /// subjects at once with vector instructions where the machine has them, then the status (<see cref="Decide"/>), for
    /// several subjects at once too up to 32 criteria, else per subject.
    /// </summary>
    /// <param name="columns">The results, column by column; each column readable up to <paramref name="stride"/> entries.</param>
    /// <param name="stride">The distance between two columns: at least the length of <paramref name="into"/> rounded up to a whole vector.</param>
    /// <param name="count">The number of criteria (columns), at most 64.</param>
    /// <param name="applies">The result of the applicability condition of each subject (at least one per subject).</param>
    /// <param name="evaluationDay">The evaluation day number.</param>
    /// <param name="into">Where to write subject <c>j</c>'s summary, at <c>j</c>.</param>
    internal static void SummarizeColumns(ReadOnlySpan<CriterionResult> columns, int stride, int count, ReadOnlySpan<CriterionResult> applies, int evaluationDay, Span<EvaluationSummary> into)
    {
        var width = System.Numerics.Vector<uint>.Count;
        if (!System.Numerics.Vector.IsHardwareAccelerated || stride % width != 0)
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

        var raw = System.Runtime.InteropServices.MemoryMarshal.Cast<CriterionResult, uint>(columns);
        if (count <= 32)
        {
            SummarizeSideBySide(raw, stride, count, applies, evaluationDay, into);
            return;
        }

        Span<uint> lanes = stackalloc uint[7 * width];
        for (var j = 0; j < into.Length; j += width)
        {
            var low = Lanes.Empty;
            var high = Lanes.Empty;
            var latest = new System.Numerics.Vector<int>(-1);
            for (var c = 0; c < 32; c++)
            {
                low = low.With(new System.Numerics.Vector<uint>(raw.Slice((c * stride) + j, width)), c, ref latest);
            }

            for (var c = 32; c < count; c++)
            {
                high = high.With(new System.Numerics.Vector<uint>(raw.Slice((c * stride) + j, width)), c - 32, ref latest);
            }

            low.NotMet.CopyTo(lanes);
            low.Waiting.CopyTo(lanes[width..]);
            low.Unknown.CopyTo(lanes[(2 * width)..]);
            high.NotMet.CopyTo(lanes[(3 * width)..]);
            high.Waiting.CopyTo(lanes[(4 * width)..]);
            high.Unknown.CopyTo(lanes[(5 * width)..]);
            System.Numerics.Vector.AsVectorUInt32(latest).CopyTo(lanes[(6 * width)..]);
            var end = Math.Min(width, into.Length - j);
            for (var k = 0; k < end; k++)
            {
                into[j + k] = FromMasks(
                    applies[j + k].Outcome,
                    lanes[k] | ((ulong)lanes[(3 * width) + k] << 32),
                    lanes[width + k] | ((ulong)lanes[(4 * width) + k] << 32),
                    lanes[(2 * width) + k] | ((ulong)lanes[(5 * width) + k] << 32),
                    unchecked((int)lanes[(6 * width) + k]),
                    evaluationDay);
            }
        }
    }

    /// <summary>
    /// <see cref="SummarizeColumns"/> for up to 32 criteria: the masks and the status of several subjects at once, one
    /// per lane (<see cref="Decide"/> in <see cref="SideBySide"/>), then each subject's summary written from its lanes.
    /// </summary>
    private static void SummarizeSideBySide(ReadOnlySpan<uint> raw, int stride, int count, ReadOnlySpan<CriterionResult> applies, int evaluationDay, Span<EvaluationSummary> into)
    {
        var width = System.Numerics.Vector<uint>.Count;
        var outcomes = System.Runtime.InteropServices.MemoryMarshal.Cast<CriterionResult, int>(applies);
        var day = new System.Numerics.Vector<int>(evaluationDay);
        var three = new System.Numerics.Vector<int>(3);
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
            // across the copy.
            System.Numerics.Vector<int> applies8;
            if (j + width <= outcomes.Length)
            {
                applies8 = new System.Numerics.Vector<int>(outcomes.Slice(j, width)) & three;
            }
            else
            {
                applying.Clear();
                outcomes[j..].CopyTo(applying);
                applies8 = new System.Numerics.Vector<int>(applying) & three;
            }

            var masks = Lanes.Empty;
            var latest = new System.Numerics.Vector<int>(-1);
            for (var c = 0; c < count; c++)
            {
                masks = masks.With(new System.Numerics.Vector<uint>(raw.Slice((c * stride) + j, width)), c, ref latest);
            }

            Decide<SideBySide, System.Numerics.Vector<uint>, System.Numerics.Vector<int>>(applies8, masks.NotMet, masks.Waiting, masks.Unknown, latest, day, out var status, out var fromPlusOne, out var blockers);
            status.CopyTo(statuses);
            fromPlusOne.CopyTo(froms);
            blockers.CopyTo(blocking);
            masks.NotMet.CopyTo(failing);
            masks.Waiting.CopyTo(waits);
            masks.Unknown.CopyTo(unknowns);
            applies8.CopyTo(applying);
            var end = Math.Min(width, into.Length - j);
            for (var k = 0; k < end; k++)
            {
                into[j + k] = new(unchecked((DecisionStatus)statuses[k]), froms[k], failing[k], waits[k], unknowns[k], First(blocking[k]), unchecked((CriterionOutcome)applying[k]));
            }
        }
    }

    /// <summary>The masks of several subjects side by side, for up to 32 criteria: <see cref="Masks.With"/> for a vector of results.</summary>
    private readonly struct Lanes(System.Numerics.Vector<uint> notMet, System.Numerics.Vector<uint> waiting, System.Numerics.Vector<uint> unknown)
    {
        public static Lanes Empty => default;

        public System.Numerics.Vector<uint> NotMet => notMet;

        public System.Numerics.Vector<uint> Waiting => waiting;

        public System.Numerics.Vector<uint> Unknown => unknown;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Lanes With(System.Numerics.Vector<uint> results, int index, ref System.Numerics.Vector<int> latest)
        {
            // The same bit arithmetic as Masks.With, lane by lane.
            var one = System.Numerics.Vector<uint>.One;
            var o = results & new System.Numerics.Vector<uint>(3U);
            var half = System.Numerics.Vector.ShiftRightLogical(o, 1);
            var isNotMet = half & ~o & one;
            var isUnknown = ((o | half) & one) ^ one;
            var dayPlusOne = System.Numerics.Vector.ShiftRightLogical(results, 2);
            var isWaiting = isNotMet & ~System.Numerics.Vector.Equals(dayPlusOne, System.Numerics.Vector<uint>.Zero);
            var day = (dayPlusOne - one) | (isWaiting - one);
            latest = System.Numerics.Vector.Max(latest, System.Numerics.Vector.AsVectorInt32(day));
            return new(
                notMet | System.Numerics.Vector.ShiftLeft(isNotMet, index),
                waiting | System.Numerics.Vector.ShiftLeft(isWaiting, index),
                unknown | System.Numerics.Vector.ShiftLeft(isUnknown, index));
        }
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
    /// (<see cref="IStatusLanes{TMask, TValue}"/>): an applicability not met or a failure that waiting does not cure makes
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
        where TLanes : struct, IStatusLanes<TMask, TValue>
    {
        var hard = TLanes.Without(notMet, waiting);
        var ineligible = TLanes.Or(TLanes.Fails(applies), TLanes.Any(hard));
        var undetermined = TLanes.Unless(TLanes.Or(TLanes.IsUnknown(applies), TLanes.Any(unknown)), ineligible);
        var notYet = TLanes.Unless(TLanes.Unless(TLanes.Any(waiting), ineligible), undetermined);
        status = TLanes.Pick(ineligible, TLanes.Value((int)DecisionStatus.Ineligible), TLanes.Pick(undetermined, TLanes.Value((int)DecisionStatus.Undetermined), TLanes.Pick(notYet, TLanes.Value((int)DecisionStatus.NotYetEligible), TLanes.Value((int)DecisionStatus.Eligible))));
        fromPlusOne = TLanes.Pick(TLanes.Or(ineligible, undetermined), TLanes.Value(0), TLanes.Pick(notYet, TLanes.PlusOne(latestWaitingDay), TLanes.PlusOne(evaluationDay)));
        blockers = TLanes.Pick(ineligible, hard, TLanes.Pick(undetermined, unknown, TLanes.Pick(notYet, waiting, TLanes.NoCriterion)));
    }

    private static int First(ulong mask) => BranchFree.Pick(mask == 0, -1, System.Numerics.BitOperations.TrailingZeroCount(mask));

    /// <summary>Returns the status, the eligible-from date and the first blocker, in invariant form, such as <c>NotYetEligible from 2026-07-14 (first blocker 3)</c>.</summary>
    /// <returns>The summary as text (independent of the current culture).</returns>
    public override string ToString() =>
        Status + (EligibleFrom is { } from ? " from " + from.ToIso() : string.Empty) + (FirstBlocker >= 0 ? " (first blocker " + FirstBlocker.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
