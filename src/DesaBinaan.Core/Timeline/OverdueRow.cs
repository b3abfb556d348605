using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// One person's delays on a date (the population path, no allocation): for each right, for how many days the person has
/// been eligible (every condition met, since the latest date a dated condition was met), and for how many days the person
/// is held past the expiry on the record — the two delays the Ombudsman reports.
/// </summary>
/// <remarks>The default value has no delay. Equality compares every member.</remarks>
[Immutable]
public readonly record struct OverdueRow
{
    private readonly int familyVisit;
    private readonly int asimilasi;
    private readonly int conditional;
    private readonly int parole;
    private readonly int preRelease;
    private readonly int pastExpiry;

    internal OverdueRow(int familyVisit, int asimilasi, int conditional, int parole, int preRelease, int pastExpiry)
    {
        this.familyVisit = familyVisit + 1;
        this.asimilasi = asimilasi + 1;
        this.conditional = conditional + 1;
        this.parole = parole + 1;
        this.preRelease = preRelease + 1;
        this.pastExpiry = pastExpiry + 1;
    }

    /// <summary>Gets the days held past the expiry on the record, or -1 when not past it (or no expiry).</summary>
    public int HeldPastExpiryDays => pastExpiry - 1;

    /// <summary>Returns for how many days the person has been eligible for a right, or -1 when not eligible.</summary>
    /// <param name="kind">A right: CMK, asimilasi, CB, PB or CMB (the expiry and the probation end give -1).</param>
    /// <returns>The days, or -1.</returns>
    public int EligibleDays(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.FamilyVisitLeave => familyVisit - 1,
        TimelineEntryKind.Asimilasi => asimilasi - 1,
        TimelineEntryKind.ConditionalLeave => conditional - 1,
        TimelineEntryKind.Parole => parole - 1,
        TimelineEntryKind.PreReleaseLeave => preRelease - 1,
        _ => -1,
    };

    /// <summary>Returns the delays in invariant form, such as <c>Parole:45 PastExpiry:3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var self = this;
        var rights = Enum.GetValues<TimelineEntryKind>().Where(k => self.EligibleDays(k) >= 0).Select(k => k + ":" + self.EligibleDays(k).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(' ', HeldPastExpiryDays >= 0 ? rights.Append("PastExpiry:" + HeldPastExpiryDays.ToString(System.Globalization.CultureInfo.InvariantCulture)) : rights);
    }
}
