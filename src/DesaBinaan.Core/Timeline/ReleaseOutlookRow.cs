using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// One person's release outlook (the population path, no allocation): in which of the next 1, 2 or 3 months the person
/// reaches the expiry and each right's date (0 when not within 3 months).
/// </summary>
/// <remarks>The default value reaches nothing. Equality compares every member.</remarks>
[Immutable]
public readonly record struct ReleaseOutlookRow
{
    private readonly int packed;

    internal ReleaseOutlookRow(int packed) => this.packed = packed;

    /// <summary>Gets the month (1, 2 or 3) within which the person reaches the expiry, or 0.</summary>
    public int Expiry => Within(TimelineEntryKind.Expiry);

    /// <summary>Gets whether anything is reached within 3 months.</summary>
    public bool Any => packed != 0;

    /// <summary>Returns the month (1, 2 or 3) within which the person reaches a right's date or the expiry, or 0.</summary>
    /// <param name="kind">A right (CMK, asimilasi, CB, PB, CMB) or the expiry; the probation end gives 0.</param>
    /// <returns>1, 2, 3 or 0.</returns>
    public int Within(TimelineEntryKind kind) => (packed >> (2 * (int)kind)) & 3;

    internal static int Pack(TimelineEntryKind kind, int month) => month << (2 * (int)kind);

    /// <summary>Returns this row with a right's month added (a right is added once).</summary>
    internal ReleaseOutlookRow With(TimelineEntryKind kind, int month) => new(packed | Pack(kind, month));

    /// <summary>Returns what is reached in invariant form, such as <c>Expiry:2 Parole:1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var self = this;
        return string.Join(' ', Enum.GetValues<TimelineEntryKind>().Where(k => self.Within(k) != 0).Select(k => k + ":" + self.Within(k).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
