namespace DesaBinaan.Core.Scopes;

/// <summary>Why a number of participants and officers does not suit an activity plan.</summary>
public enum StaffingIssue
{
    /// <summary>More participants than the quota allows (code <c>activity.quota.exceeded</c>).</summary>
    QuotaExceeded = 0,

    /// <summary>Fewer participants than the quota's minimum (code <c>activity.quota.below-minimum</c>).</summary>
    BelowMinimum = 1,

    /// <summary>Too few officers for the escort ratio (code <c>activity.escort.insufficient</c>).</summary>
    EscortInsufficient = 2,
}
