using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>Indonesian and English labels of the community-service enums, and the stable codes of session violations.</summary>
public static class CommunityServiceLabels
{
    /// <summary>Returns the label of a status.</summary>
    /// <param name="value">The status.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this CommunityServiceStatus value) => value switch
    {
        CommunityServiceStatus.NotStarted => new("belum dimulai", "not started"),
        CommunityServiceStatus.InProgress => new("sedang berjalan", "in progress"),
        CommunityServiceStatus.AtRisk => new("berisiko tidak selesai", "at risk"),
        CommunityServiceStatus.Completed => new("selesai", "completed"),
        CommunityServiceStatus.Failed => new("tidak dilaksanakan sampai batas waktu", "failed by the deadline"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a violation kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this SessionViolationKind value) => value switch
    {
        SessionViolationKind.OverLegalDailyMaximum => new("lebih dari 8 jam dalam satu hari", "more than 8 hours in one day"),
        SessionViolationKind.OverJudgmentHoursPerDay => new("lebih dari jam per hari dalam putusan", "more than the judgment's hours per day"),
        SessionViolationKind.OutsideCompletionPeriod => new("di luar jangka waktu penyelesaian", "outside the completion period"),
        SessionViolationKind.SiteWithoutAgreement => new("lokasi tanpa perjanjian penempatan yang berlaku", "site without a placement agreement in force"),
        SessionViolationKind.UnknownSite => new("lokasi tidak dikenal", "unknown site"),
        SessionViolationKind.CommercialActivity => new("kegiatan bersifat komersial", "commercial activity"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a failure order kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this FailureOrderKind value) => value switch
    {
        FailureOrderKind.RepeatHours => new("mengulangi pidana kerja sosial", "repeat the community service"),
        FailureOrderKind.ServeReplacedPrisonTerm => new("menjalani pidana penjara yang diganti", "serve the replaced prison term"),
        FailureOrderKind.PayReplacedFine => new("membayar pidana denda yang diganti", "pay the replaced fine"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a failure extent.</summary>
    /// <param name="value">The extent.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this FailureExtent value) => value switch
    {
        FailureExtent.Whole => new("seluruhnya", "in full"),
        FailureExtent.ProRata => new("sebagian, sebanding dengan jam yang belum dijalani", "in part, in proportion to the hours not served"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a replaced penalty kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this ReplacedPenaltyKind value) => value switch
    {
        ReplacedPenaltyKind.Imprisonment => new("pidana penjara", "imprisonment"),
        ReplacedPenaltyKind.Fine => new("pidana denda", "fine"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a pro-rata rounding.</summary>
    /// <param name="value">The rounding.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this ProRataRounding value) => value switch
    {
        ProRataRounding.Down => new("dibulatkan ke bawah", "rounded down"),
        ProRataRounding.Up => new("dibulatkan ke atas", "rounded up"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the stable reason code of a violation kind.</summary>
    internal static string CodeOf(SessionViolationKind kind) => kind switch
    {
        SessionViolationKind.OverLegalDailyMaximum => "community-service.over-8-hours-a-day",
        SessionViolationKind.OverJudgmentHoursPerDay => "community-service.over-judgment-hours-a-day",
        SessionViolationKind.OutsideCompletionPeriod => "community-service.outside-completion-period",
        SessionViolationKind.SiteWithoutAgreement => "community-service.site-without-agreement",
        SessionViolationKind.UnknownSite => "community-service.unknown-site",
        _ => "community-service.commercial-activity",
    };

    /// <summary>Returns the legal basis of a violation kind.</summary>
    internal static Citation CitationOf(SessionViolationKind kind) => kind switch
    {
        SessionViolationKind.OverLegalDailyMaximum => CommunityServiceCitations.Daily,
        SessionViolationKind.OverJudgmentHoursPerDay => CommunityServiceCitations.InJudgment,
        SessionViolationKind.OutsideCompletionPeriod => CommunityServiceCitations.JudgmentContents,
        SessionViolationKind.SiteWithoutAgreement or SessionViolationKind.UnknownSite => CommunityServiceCitations.Placement,
        _ => CommunityServiceCitations.NotCommercial,
    };
}
