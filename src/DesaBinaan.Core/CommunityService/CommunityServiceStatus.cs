namespace DesaBinaan.Core.CommunityService;

/// <summary>Where a community-service order stands on a date.</summary>
public enum CommunityServiceStatus
{
    /// <summary>The completion period has not begun and nothing is credited yet.</summary>
    NotStarted = 0,

    /// <summary>Hours remain and the plan can finish in time at the judgment's hours per day with room to spare.</summary>
    InProgress = 1,

    /// <summary>Hours remain and finishing in time needs more than the settings' share of the hours still available (or is no longer possible) at the judgment's hours per day.</summary>
    AtRisk = 2,

    /// <summary>Every hour ordered is credited.</summary>
    Completed = 3,

    /// <summary>The completion period is over with hours not served: the judgment's failure order applies unless the reason was valid (UU 1/2023 Pasal 85 ayat (7)).</summary>
    Failed = 4,
}
