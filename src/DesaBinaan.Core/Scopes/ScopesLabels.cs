using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>Indonesian and English labels and stable codes of the enumerations of <c>DesaBinaan.Core.Scopes</c>.</summary>
public static class ScopesLabels
{
    /// <summary>Returns the label of a scope state.</summary>
    /// <param name="value">The state.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this ScopeState value) => value switch
    {
        ScopeState.Proposed => new("Diusulkan", "Proposed"),
        ScopeState.AgreedInPrinciple => new("Disepakati secara prinsip", "Agreed in principle"),
        ScopeState.CoveredByAgreement => new("Tercakup dalam perjanjian", "Covered by an agreement"),
        ScopeState.Active => new("Dilaksanakan", "Active"),
        ScopeState.Suspended => new("Ditangguhkan", "Suspended"),
        ScopeState.Ended => new("Berakhir", "Ended"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a kind of basis.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this ScopeBasisKind value) => value switch
    {
        ScopeBasisKind.Meeting => new("Rapat", "Meeting"),
        ScopeBasisKind.Agreement => new("Perjanjian", "Agreement"),
        ScopeBasisKind.Decision => new("Keputusan", "Decision"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a staffing issue.</summary>
    /// <param name="value">The issue.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this StaffingIssue value) => value switch
    {
        StaffingIssue.QuotaExceeded => new("Peserta melebihi kuota", "Participants exceed the quota"),
        StaffingIssue.BelowMinimum => new("Peserta kurang dari batas minimum", "Participants below the minimum"),
        StaffingIssue.EscortInsufficient => new("Petugas pengawal tidak mencukupi", "Too few escorting officers"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the stable code of a staffing issue.</summary>
    /// <param name="value">The issue.</param>
    /// <returns>The code, such as <c>activity.escort.insufficient</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string Code(this StaffingIssue value) => value switch
    {
        StaffingIssue.QuotaExceeded => "activity.quota.exceeded",
        StaffingIssue.BelowMinimum => "activity.quota.below-minimum",
        StaffingIssue.EscortInsufficient => "activity.escort.insufficient",
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the reason of a staffing issue with its figures.</summary>
    /// <param name="value">The issue.</param>
    /// <param name="actual">The number given.</param>
    /// <param name="limit">The limit broken.</param>
    /// <returns>The reason, such as "8 officers, 10 required by the escort ratio".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Describe(this StaffingIssue value, int actual, int limit) => value switch
    {
        StaffingIssue.QuotaExceeded => Text($"{actual} peserta melebihi kuota {limit}", $"{actual} participants exceed the quota of {limit}"),
        StaffingIssue.BelowMinimum => Text($"{actual} peserta kurang dari minimum {limit}", $"{actual} participants are fewer than the minimum of {limit}"),
        StaffingIssue.EscortInsufficient => Text($"{actual} petugas pengawal, rasio pengawalan mensyaratkan {limit}", $"{actual} escorting officers, the escort ratio requires {limit}"),
        _ => throw GuardRules.NotDefined(value),
    };

    private static LocalizedText Text(FormattableString indonesian, FormattableString english) =>
        new(indonesian.ToString(CultureInfo.InvariantCulture), english.ToString(CultureInfo.InvariantCulture));
}
