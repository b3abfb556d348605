using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// Which branch of a rule with exceptions decides (<see cref="ExceptionCriterion{TSubject, TParameters}"/>), stated
/// once for every way a rule with exceptions is evaluated: the exceptions' conditions are read in order (by descending
/// priority); the first one met picks its exception, a condition not recorded leaves the branch undecided (the rule to
/// apply cannot be told), and when none is met the general rule decides. One subject reads the conditions first to
/// last and stops at the first that decides; a batch folds them last to first (<see cref="Decide"/>), which picks the
/// same branch without a branch on each subject's facts.
/// </summary>
internal static class ExceptionBranch
{
    /// <summary>The condition read does not decide: the conditions after it do.</summary>
    public const int Pending = -3;

    /// <summary>A condition is not recorded: the criterion is unknown.</summary>
    public const int Undecided = -2;

    /// <summary>No condition is met: the general rule decides.</summary>
    public const int Rule = -1;

    /// <summary>
    /// Returns the branch decided from exception <paramref name="index"/>'s condition on: its own exception when the
    /// condition is met, <see cref="Undecided"/> when it is not recorded, otherwise <paramref name="after"/>, what the
    /// conditions after it decide (<see cref="Pending"/> when they are not read yet, <see cref="Rule"/> after the last).
    /// </summary>
    /// <param name="condition">The outcome of the exception's condition.</param>
    /// <param name="index">The exception's position, by descending priority.</param>
    /// <param name="after">The branch the later conditions decide.</param>
    /// <returns>The branch.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Decide(CriterionOutcome condition, int index, int after) =>
        BranchFree.Pick(condition == CriterionOutcome.Met, index, BranchFree.Pick(condition == CriterionOutcome.Unknown, Undecided, after));
}
