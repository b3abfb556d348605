using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// Which branch of a rule with exceptions decides (<see cref="ExceptionCriterion{TSubject, TParameters}"/>), stated
/// once for every way a rule with exceptions is evaluated: the exceptions' conditions are read in order (by descending
/// priority); the first one met picks its exception, a condition not recorded leaves the branch undecided (the rule to
/// apply cannot be told), and when none is met the general rule decides. Branch-free, for population loops.
/// </summary>
internal static class ExceptionBranch
{
    /// <summary>No condition read so far has picked a branch.</summary>
    public const int Pending = -3;

    /// <summary>A condition is not recorded: the criterion is unknown.</summary>
    public const int Undecided = -2;

    /// <summary>No condition is met: the general rule decides.</summary>
    public const int Rule = -1;

    /// <summary>Returns the branch after reading exception <paramref name="index"/>'s condition, given the branch so far.</summary>
    /// <param name="branch">The branch so far (<see cref="Pending"/> before the first condition).</param>
    /// <param name="condition">The outcome of the exception's condition.</param>
    /// <param name="index">The exception's position, by descending priority.</param>
    /// <returns>The branch so far, or the one this condition picks.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Next(int branch, CriterionOutcome condition, int index) =>
        BranchFree.Pick(branch == Pending, BranchFree.Pick(condition == CriterionOutcome.Met, index, BranchFree.Pick(condition == CriterionOutcome.Unknown, Undecided, Pending)), branch);

    /// <summary>Returns the branch once every condition is read: still pending means the general rule.</summary>
    /// <param name="branch">The branch after the last condition.</param>
    /// <returns>An exception's position, <see cref="Rule"/> or <see cref="Undecided"/>.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Final(int branch) => BranchFree.Pick(branch == Pending, Rule, branch);
}
