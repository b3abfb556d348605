using System.Numerics;
using System.Runtime.CompilerServices;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The arithmetic in which a decision's status is computed from its masks (<see cref="EvaluationSummary.Decide"/>),
/// for one subject (<see cref="OneSubject"/>) or for several side by side (<see cref="SideBySide"/>), so that the rule
/// is stated once for both. A condition is a value with every bit set where it holds and none where it does not, so
/// that a choice takes no branch: across a population the statuses vary from subject to subject.
/// </summary>
/// <typeparam name="TMask">The masks of the criteria (a bit per criterion).</typeparam>
/// <typeparam name="TValue">The values: outcomes, day numbers, statuses and conditions.</typeparam>
internal interface IStatusLanes<TMask, TValue>
{
    /// <summary>Gets the mask of no criterion.</summary>
    static abstract TMask NoCriterion { get; }

    /// <summary>Returns a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value in this arithmetic.</returns>
    static abstract TValue Value(int value);

    /// <summary>Returns a value plus one (a day number stored plus one, so that zero means none).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value plus one.</returns>
    static abstract TValue PlusOne(TValue value);

    /// <summary>Returns where an outcome fails: <see cref="CriterionOutcome.NotMet"/> or <see cref="CriterionOutcome.NotApplicable"/> (the outcome's high bit).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The condition.</returns>
    static abstract TValue Fails(TValue outcome);

    /// <summary>Returns where an outcome is <see cref="CriterionOutcome.Unknown"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The condition.</returns>
    static abstract TValue IsUnknown(TValue outcome);

    /// <summary>Returns where a mask has a criterion.</summary>
    /// <param name="mask">The mask.</param>
    /// <returns>The condition.</returns>
    static abstract TValue Any(TMask mask);

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
internal readonly struct OneSubject : IStatusLanes<ulong, int>
{
    public static ulong NoCriterion => 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Value(int value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PlusOne(int value) => unchecked(value + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fails(int outcome) => unchecked(-((outcome >> 1) & 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IsUnknown(int outcome) => unchecked(-(outcome == 0 ? 1 : 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Any(ulong mask) => unchecked(-(mask != 0 ? 1 : 0));

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
internal readonly struct SideBySide : IStatusLanes<Vector<uint>, Vector<int>>
{
    public static Vector<uint> NoCriterion => Vector<uint>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Value(int value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> PlusOne(Vector<int> value) => value + Vector<int>.One;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Fails(Vector<int> outcome) => -(Vector.ShiftRightArithmetic(outcome, 1) & Vector<int>.One);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> IsUnknown(Vector<int> outcome) => Vector.Equals(outcome, Vector<int>.Zero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Any(Vector<uint> mask) => ~Vector.AsVectorInt32(Vector.Equals(mask, Vector<uint>.Zero));

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
