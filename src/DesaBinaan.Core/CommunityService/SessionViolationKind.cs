namespace DesaBinaan.Core.CommunityService;

/// <summary>A rule of community service that a recorded session breaks.</summary>
public enum SessionViolationKind
{
    /// <summary>The day's sessions add up to more than 8 hours (UU 1/2023 Pasal 85 ayat (5)); code <c>community-service.over-8-hours-a-day</c>.</summary>
    OverLegalDailyMaximum = 0,

    /// <summary>The day's sessions add up to more than the judgment's hours per day, but not more than 8 (ayat (6), ayat (9) huruf b); code <c>community-service.over-judgment-hours-a-day</c>.</summary>
    OverJudgmentHoursPerDay = 1,

    /// <summary>The session is before the completion period starts or after its last day (ayat (5), ayat (9) huruf b); code <c>community-service.outside-completion-period</c>.</summary>
    OutsideCompletionPeriod = 2,

    /// <summary>The site has no community-service placement agreement in force that day; code <c>community-service.site-without-agreement</c>.</summary>
    SiteWithoutAgreement = 3,

    /// <summary>The site is not known to the placement network; code <c>community-service.unknown-site</c>.</summary>
    UnknownSite = 4,

    /// <summary>The activity served a commercial purpose (ayat (3)); code <c>community-service.commercial-activity</c>.</summary>
    CommercialActivity = 5,
}
