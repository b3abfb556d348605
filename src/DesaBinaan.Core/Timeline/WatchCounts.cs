using Ardalis.GuardClauses;
using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// The counts of a population view of <see cref="RightsWatch"/>: for the release outlook, how many people reach each right's
/// date and the expiry within 1, 2 and 3 months; for the overdue rights, how many have been eligible for each right for
/// more than the threshold, and how many are held past the expiry.
/// </summary>
/// <remarks>Equality compares every count.</remarks>
[Immutable]
public sealed class WatchCounts : IEquatable<WatchCounts>
{
    /// <summary>The months the release outlook looks ahead: each kind has a count per month.</summary>
    internal const int MonthsAhead = 3;

    /// <summary>The kinds counted, every <see cref="TimelineEntryKind"/> from the first right to the probation end.</summary>
    internal const int Kinds = (int)TimelineEntryKind.ProbationEnd + 1;

    private readonly int[] counts;

    internal WatchCounts(int total, int[] counts, int heldPastExpiry)
    {
        Total = total;
        this.counts = counts;
        HeldPastExpiry = heldPastExpiry;
    }

    /// <summary>Gets the number of people.</summary>
    public int Total { get; }

    /// <summary>Gets the number held past the expiry on the record (overdue view; 0 in the release outlook).</summary>
    public int HeldPastExpiry { get; }

    /// <summary>
    /// Returns a count: in the release outlook, the people who reach the right's date (or the expiry) within the months
    /// given (cumulative: within 2 includes within 1); in the overdue view, the people eligible for the right for more than
    /// the threshold (<paramref name="withinMonths"/> is ignored).
    /// </summary>
    /// <param name="kind">A right or the expiry.</param>
    /// <param name="withinMonths">1, 2 or 3.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinMonths"/> is not 1, 2 or 3.</exception>
    public int Count(TimelineEntryKind kind, int withinMonths = 3)
    {
        Guard.Against.OutOfRange(withinMonths, nameof(withinMonths), 1, MonthsAhead, "The release outlook looks 1, 2 or 3 months ahead.");
        if (unchecked((uint)kind) >= Kinds)
        {
            return 0;
        }

        var total = 0;
        for (var m = 1; m <= withinMonths; m++)
        {
            total += counts[Slot(kind, m)];
        }

        return total;
    }

    /// <summary>Returns a new table of counts, one per kind and month.</summary>
    internal static int[] NewTable() => new int[Kinds * MonthsAhead];

    /// <summary>Returns the position in the table of a kind's count for one month ahead (1 to <see cref="MonthsAhead"/>; the overdue counts use month 1).</summary>
    internal static int Slot(TimelineEntryKind kind, int month) => ((int)kind * MonthsAhead) + month - 1;

    /// <inheritdoc/>
    public bool Equals(WatchCounts? other) => other is not null && Total == other.Total && HeldPastExpiry == other.HeldPastExpiry && counts.AsSpan().SequenceEqual(other.counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WatchCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, HeldPastExpiry, counts[Slot(TimelineEntryKind.Parole, 1)], counts[Slot(TimelineEntryKind.Expiry, 1)]);

    /// <summary>Returns the counts within 3 months in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Total} people; ") + string.Join(", ", Enum.GetValues<TimelineEntryKind>().Where(k => k != TimelineEntryKind.ProbationEnd).Select(k => k + " " + Count(k).ToString(CultureInfo.InvariantCulture))) + string.Create(CultureInfo.InvariantCulture, $"; held past expiry {HeldPastExpiry}");
}
