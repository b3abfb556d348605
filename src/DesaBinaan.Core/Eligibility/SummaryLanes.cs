using System.Numerics;
using System.Runtime.CompilerServices;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The arithmetic in which a decision's summary is computed: each criterion's result marking the masks
/// (<see cref="EvaluationSummary.Mark"/>), then the status read from them (<see cref="EvaluationSummary.Decide"/>), for
/// one subject (<see cref="OneSubject"/>) or for several side by side (<see cref="SideBySide"/>), so that both steps
/// are stated once for both. A condition is a value with every bit set where it holds and none where it does not, so
/// that a choice takes no branch: across a population the outcomes vary from subject to subject.
/// </summary>
/// <typeparam name="TMask">The masks of the criteria (a bit per criterion).</typeparam>
/// <typeparam name="TValue">The values: results (a <see cref="CriterionResult"/>'s four bytes), outcomes, day numbers, statuses and conditions.</typeparam>
internal interface ISummaryLanes<TMask, TValue>
{
    /// <summary>Gets the mask of no criterion.</summary>
    static abstract TMask NoCriterion { get; }

    /// <summary>Returns a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value in this arithmetic.</returns>
    static abstract TValue Value(int value);

    /// <summary>Returns a value plus another, without an overflow check (day numbers stored plus one, so that zero means none).</summary>
    /// <param name="value">The value.</param>
    /// <param name="addend">What to add.</param>
    /// <returns>The sum.</returns>
    static abstract TValue Plus(TValue value, int addend);

    /// <summary>Returns the outcome of a result (<see cref="CriterionOutcome"/>: its low two bits).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    static abstract TValue Outcome(TValue result);

    /// <summary>Returns the day number plus one of a result, zero when it has no date (the bits above the outcome).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The day number plus one.</returns>
    static abstract TValue DayPlusOne(TValue result);

    /// <summary>Returns where a value equals another.</summary>
    /// <param name="value">The value.</param>
    /// <param name="expected">The value it is compared with.</param>
    /// <returns>The condition.</returns>
    static abstract TValue Is(TValue value, int expected);

    /// <summary>Returns the greater of two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The greater.</returns>
    static abstract TValue Max(TValue left, TValue right);

    /// <summary>Returns where a mask has a criterion.</summary>
    /// <param name="mask">The mask.</param>
    /// <returns>The condition.</returns>
    static abstract TValue Any(TMask mask);

    /// <summary>Returns a mask with criterion <paramref name="index"/> added where a condition holds.</summary>
    /// <param name="mask">The mask.</param>
    /// <param name="condition">The condition.</param>
    /// <param name="index">The criterion's index (below the mask's width).</param>
    /// <returns>The mask.</returns>
    static abstract TMask With(TMask mask, TValue condition, int index);

    /// <summary>Returns the criteria of a mask that are not in another.</summary>
    /// <param name="mask">The mask.</param>
    /// <param name="other">The criteria to leave out.</param>
    /// <returns>The mask without them.</returns>
    static abstract TMask Without(TMask mask, TMask other);

    /// <summary>Returns where either condition holds.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The condition.</returns>
    static abstract TValue Or(TValue left, TValue right);

    /// <summary>Returns where a condition holds and another does not.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="other">The condition that must not hold.</param>
    /// <returns>The condition.</returns>
    static abstract TValue Unless(TValue condition, TValue other);

    /// <summary>Returns <paramref name="ifTrue"/> where <paramref name="condition"/> holds, else <paramref name="ifFalse"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="ifTrue">The value where it holds.</param>
    /// <param name="ifFalse">The value elsewhere.</param>
    /// <returns>The values chosen.</returns>
    static abstract TValue Pick(TValue condition, TValue ifTrue, TValue ifFalse);

    /// <summary>Returns <paramref name="ifTrue"/> where <paramref name="condition"/> holds, else <paramref name="ifFalse"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="ifTrue">The mask where it holds.</param>
    /// <param name="ifFalse">The mask elsewhere.</param>
    /// <returns>The masks chosen.</returns>
    static abstract TMask Pick(TValue condition, TMask ifTrue, TMask ifFalse);
}

/// <summary>One subject: masks of up to 64 criteria, conditions 0 or -1.</summary>
internal readonly struct OneSubject : ISummaryLanes<ulong, int>
{
    public static ulong NoCriterion => 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Value(int value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Plus(int value, int addend) => unchecked(value + addend);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Outcome(int result) => result & 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DayPlusOne(int result) => unchecked((int)((uint)result >> 2));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Is(int value, int expected) => unchecked(-(value == expected ? 1 : 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Max(int left, int right) => Math.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Any(ulong mask) => unchecked(-(mask != 0 ? 1 : 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong With(ulong mask, int condition, int index) => mask | ((ulong)(uint)(condition & 1) << index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Without(ulong mask, ulong other) => mask & ~other;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Or(int left, int right) => left | right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Unless(int condition, int other) => condition & ~other;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Pick(int condition, int ifTrue, int ifFalse) => ifFalse ^ ((ifTrue ^ ifFalse) & condition);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pick(int condition, ulong ifTrue, ulong ifFalse) => ifFalse ^ ((ifTrue ^ ifFalse) & unchecked((ulong)(long)condition));
}

/// <summary>Several subjects, one per lane of a vector: masks of up to 32 criteria, conditions 0 or -1 in each lane.</summary>
internal readonly struct SideBySide : ISummaryLanes<Vector<uint>, Vector<int>>
{
    public static Vector<uint> NoCriterion => Vector<uint>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Value(int value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Plus(Vector<int> value, int addend) => value + new Vector<int>(addend);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Outcome(Vector<int> result) => result & new Vector<int>(3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> DayPlusOne(Vector<int> result) => Vector.ShiftRightLogical(result, 2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Is(Vector<int> value, int expected) => Vector.Equals(value, new Vector<int>(expected));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Max(Vector<int> left, Vector<int> right) => Vector.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Any(Vector<uint> mask) => ~Vector.AsVectorInt32(Vector.Equals(mask, Vector<uint>.Zero));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<uint> With(Vector<uint> mask, Vector<int> condition, int index) => mask | Vector.ShiftLeft(Vector.AsVectorUInt32(condition) & Vector<uint>.One, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<uint> Without(Vector<uint> mask, Vector<uint> other) => Vector.AndNot(mask, other);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Or(Vector<int> left, Vector<int> right) => left | right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Unless(Vector<int> condition, Vector<int> other) => Vector.AndNot(condition, other);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Pick(Vector<int> condition, Vector<int> ifTrue, Vector<int> ifFalse) => Vector.ConditionalSelect(condition, ifTrue, ifFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<uint> Pick(Vector<int> condition, Vector<uint> ifTrue, Vector<uint> ifFalse) => Vector.ConditionalSelect(Vector.AsVectorUInt32(condition), ifTrue, ifFalse);
}
