using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// The built-in rights the one-page views show (<see cref="RightsTimeline"/> and <see cref="RightsWatch"/>), each with
/// its policy and the criterion whose date is the right's date, in the order of their <see cref="TimelineEntryKind"/>:
/// the one list a built-in right is added to for those views.
/// </summary>
internal static class TimelineRights
{
    /// <summary>
    /// The rights, the one of kind <c>k</c> at position <c>k</c>; with each, the criteria of its own whose failure means
    /// the right does not apply to the person's sentence (rather than that something blocks it).
    /// </summary>
    public static readonly (TimelineEntryKind Kind, Func<Policy<InmateProfile, RightsParameters>> Policy, string TimeCode, string[] DoesNotApply)[] All =
    [
        (TimelineEntryKind.FamilyVisitLeave, () => IndonesianPolicies.FamilyVisitLeave, "cmk.half-served", ["cmk.sentence-at-least"]),
        (TimelineEntryKind.Asimilasi, () => IndonesianPolicies.Asimilasi, "asimilasi.time-served", []),
        (TimelineEntryKind.ConditionalLeave, () => IndonesianPolicies.ConditionalLeave, "cb.two-thirds-served", ["cb.sentence-at-most"]),
        (TimelineEntryKind.Parole, () => IndonesianPolicies.Parole, "pb.two-thirds-served", ["pb.2026.sentence-at-least-one-year", "pb.2026.right-not-withdrawn"]),
        (TimelineEntryKind.PreReleaseLeave, () => IndonesianPolicies.PreReleaseLeave, "cmb.two-thirds-served", ["cmb.has-remission"]),
    ];

    /// <summary>The criteria every right shares whose failure means no right applies (not a convict, a life or death sentence, a sentence not running).</summary>
    private static readonly string[] NoRightApplies = ["rights.convict", "rights.life-or-death", "rights.sentence-running"];

    /// <summary>Returns whether the failure of a criterion means that a right does not apply to the person's sentence.</summary>
    /// <param name="kind">The right.</param>
    /// <param name="code">The criterion's code.</param>
    /// <returns>True for a criterion every right shares of that meaning, or one of the right's own.</returns>
    public static bool DoesNotApply(TimelineEntryKind kind, string code) =>
        Array.IndexOf(NoRightApplies, code) >= 0 || Array.IndexOf(All[(int)kind].DoesNotApply, code) >= 0;
}
