using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The compact result of one criterion (the hot path of the engine): an outcome and, for time-based criteria, the
/// date on which the criterion is or will be met, as a day number. Four bytes, no allocation.
/// </summary>
/// <remarks>
/// <para>A <see cref="CriterionOutcome.Met"/> result may carry the date since which the criterion is met; a
/// <see cref="CriterionOutcome.NotMet"/> result may carry the date on which it will be met if nothing else changes
/// ("not yet"). A not-met result without a date is not cured by waiting.</para>
/// <para>Equality compares the outcome and the date. The default value is <see cref="CriterionOutcome.Unknown"/> without a date.</para>
/// </remarks>
[Immutable]
public readonly record struct CriterionResult
{
    // The outcome in the low two bits, the day number plus one (0 for no date) above them: 4 bytes, so that a
    // population's results (a result per criterion and person) take half the memory of an outcome and a day apart.
    private readonly uint bits;

    private CriterionResult(CriterionOutcome outcome, int dayPlusOne) => bits = (uint)outcome | unchecked((uint)dayPlusOne << 2);

    /// <summary>Gets the outcome.</summary>
    public CriterionOutcome Outcome => unchecked((CriterionOutcome)(bits & 3U));

    /// <summary>Gets the four bytes of the result: the outcome in the low two bits, the day number plus one above them.</summary>
    internal uint Bits => bits;

    private int DayPlusOne => (int)(bits >> 2);

    /// <summary>Gets whether the result carries a date (<see cref="DayNumber"/>).</summary>
    public bool HasDate => DayPlusOne != 0;

    /// <summary>Gets the day number (<see cref="DayNumbers"/>) on which the criterion is or will be met, or -1 when the result has no date.</summary>
    public int DayNumber => unchecked(DayPlusOne - 1);

    /// <summary>Gets the date on which the criterion is (since) or will be met, or null when the result has no date.</summary>
    public LocalDate? Date => DayPlusOne == 0 ? null : DayNumbers.ToDate(DayPlusOne - 1);

    /// <summary>Gets whether the outcome is not met but will be met on a known date.</summary>
    public bool IsNotYetMet => Outcome == CriterionOutcome.NotMet && DayPlusOne != 0;

    /// <summary>Gets the result "met", with no date.</summary>
    public static CriterionResult Met => new(CriterionOutcome.Met, 0);

    /// <summary>Gets the result "not met", with no date (waiting does not cure it).</summary>
    public static CriterionResult NotMet => new(CriterionOutcome.NotMet, 0);

    /// <summary>Gets the result "unknown" (a fact is missing).</summary>
    public static CriterionResult Unknown => default;

    /// <summary>Gets the result "not applicable".</summary>
    public static CriterionResult NotApplicable => new(CriterionOutcome.NotApplicable, 0);

    /// <summary>Returns a result from its outcome and its day number plus one (0 for no date), unchecked: for rules that computed a valid day without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CriterionResult FromParts(int outcome, int dayPlusOne) => new(unchecked((CriterionOutcome)outcome), dayPlusOne);

    /// <summary>Returns the result "met since" a day.</summary>
    /// <param name="dayNumber">The day number (<see cref="DayNumbers"/>) since which the criterion is met; must not be negative.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayNumber"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CriterionResult MetSince(int dayNumber)
    {
        Guard.Against.DayNumberOutOfRange(dayNumber);
        return new(CriterionOutcome.Met, unchecked(dayNumber + 1));
    }

    /// <summary>Returns the result "not yet met: will be met on" a day.</summary>
    /// <param name="dayNumber">The day number (<see cref="DayNumbers"/>) on which the criterion will be met; must not be negative.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayNumber"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CriterionResult NotMetUntil(int dayNumber)
    {
        Guard.Against.DayNumberOutOfRange(dayNumber);
        return new(CriterionOutcome.NotMet, unchecked(dayNumber + 1));
    }

    /// <summary>
    /// Returns the result of a time condition: met since <paramref name="dayNumber"/> when the evaluation day is on or
    /// after it, otherwise not met until it.
    /// </summary>
    /// <param name="dayNumber">The first day on which the condition holds; must not be negative.</param>
    /// <param name="evaluationDayNumber">The evaluation day.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayNumber"/> is negative.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CriterionResult From(int dayNumber, int evaluationDayNumber)
    {
        Guard.Against.DayNumberOutOfRange(dayNumber);
        return new(evaluationDayNumber >= dayNumber ? CriterionOutcome.Met : CriterionOutcome.NotMet, unchecked(dayNumber + 1));
    }

    /// <summary>Returns "met" or "not met" (with no date) from a condition.</summary>
    /// <param name="condition">Whether the criterion is met.</param>
    /// <returns>The result.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CriterionResult FromBoolean(bool condition) => new(condition ? CriterionOutcome.Met : CriterionOutcome.NotMet, 0);

    /// <summary>Returns "met", "not met" or "unknown" from a recorded yes/no fact.</summary>
    /// <param name="condition">Whether the criterion is met, or null when the fact is not recorded.</param>
    /// <returns>The result.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CriterionResult FromBoolean(bool? condition) =>
        condition is null ? default : new(condition.Value ? CriterionOutcome.Met : CriterionOutcome.NotMet, 0);

    /// <summary>Returns the result of a time condition on dates: met since <paramref name="date"/> when <paramref name="evaluationDate"/> is on or after it, otherwise not met until it.</summary>
    /// <param name="date">The first day on which the condition holds.</param>
    /// <param name="evaluationDate">The evaluation date.</param>
    /// <returns>The result.</returns>
    public static CriterionResult From(LocalDate date, LocalDate evaluationDate)
    {
        _ = Guard.Against.UncountableDate(date);
        _ = Guard.Against.UncountableDate(evaluationDate);
        return From(DayNumbers.FromDate(date), DayNumbers.FromDate(evaluationDate));
    }

    /// <summary>Returns the result as text, such as <c>NotMet until 2026-07-14</c>.</summary>
    /// <returns>The outcome and the date, in invariant form.</returns>
    public override string ToString() =>
        DayPlusOne == 0 ? Outcome.ToString() : Outcome.ToString() + (Outcome == CriterionOutcome.NotMet ? " until " : " since ") + Date!.Value.ToIso();
}
