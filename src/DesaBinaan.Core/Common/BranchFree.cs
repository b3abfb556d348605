using System.Runtime.CompilerServices;

namespace DesaBinaan.Core.Common;

/// <summary>
/// Choices without a branch, for the loops that evaluate a population: the facts vary from person to person, so a
/// branch on them would be mispredicted about as often as taken.
/// </summary>
internal static class BranchFree
{
    /// <summary>Returns <paramref name="ifTrue"/> when <paramref name="condition"/> holds, else <paramref name="ifFalse"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="ifTrue">The value when it holds.</param>
    /// <param name="ifFalse">The value otherwise.</param>
    /// <returns>One of the two values.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Pick(bool condition, int ifTrue, int ifFalse)
    {
        var mask = unchecked(-(condition ? 1 : 0));
        return ifFalse ^ ((ifTrue ^ ifFalse) & mask);
    }

    /// <summary>Returns <paramref name="ifTrue"/> when <paramref name="condition"/> holds, else <paramref name="ifFalse"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="ifTrue">The value when it holds.</param>
    /// <param name="ifFalse">The value otherwise.</param>
    /// <returns>One of the two values.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pick(bool condition, ulong ifTrue, ulong ifFalse)
    {
        var mask = unchecked(0UL - (condition ? 1UL : 0UL));
        return ifFalse ^ ((ifTrue ^ ifFalse) & mask);
    }

    /// <summary>Returns <paramref name="ifTrue"/> when <paramref name="condition"/> holds, else <paramref name="ifFalse"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="ifTrue">The value when it holds.</param>
    /// <param name="ifFalse">The value otherwise.</param>
    /// <returns>One of the two values.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Pick(bool condition, uint ifTrue, uint ifFalse)
    {
        var mask = unchecked(0U - (condition ? 1U : 0U));
        return ifFalse ^ ((ifTrue ^ ifFalse) & mask);
    }
}
