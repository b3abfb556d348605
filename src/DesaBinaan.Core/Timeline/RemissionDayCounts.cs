using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// The counts of a remission day, as Ditjenpas publishes them (in 2025: 179,312 general remissions, 3,917 released on the
/// day; 192,983 decennial): by outcome, released on the day, and the decennial remission.
/// </summary>
/// <remarks>Equality compares every count.</remarks>
[Immutable]
public readonly record struct RemissionDayCounts
{
    internal RemissionDayCounts(int total, int due, int notDue, int blocked, int undetermined, int releasedOnTheDay, int decennialDue, int decennialReleases)
    {
        Total = total;
        Due = due;
        NotDue = notDue;
        Blocked = blocked;
        Undetermined = undetermined;
        ReleasedOnTheDay = releasedOnTheDay;
        DecennialDue = decennialDue;
        DecennialReleasesOnGrantDay = decennialReleases;
    }

    /// <summary>Gets the number of people.</summary>
    public int Total { get; }

    /// <summary>Gets the number to whom the general or special remission is due.</summary>
    public int Due { get; }

    /// <summary>Gets the number to whom it is not due under the time conditions.</summary>
    public int NotDue { get; }

    /// <summary>Gets the number blocked by another condition.</summary>
    public int Blocked { get; }

    /// <summary>Gets the number undetermined.</summary>
    public int Undetermined { get; }

    /// <summary>Gets the number released on the day by the remissions due.</summary>
    public int ReleasedOnTheDay { get; }

    /// <summary>Gets the number to whom the decennial remission is due.</summary>
    public int DecennialDue { get; }

    /// <summary>Gets the number the decennial remission alone releases on the day (Dasawarsa II).</summary>
    public int DecennialReleasesOnGrantDay { get; }

    /// <summary>Counts rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The counts.</returns>
    public static RemissionDayCounts Of(ReadOnlySpan<RemissionDayRow> rows)
    {
        int due = 0, notDue = 0, blocked = 0, undetermined = 0, released = 0, decennial = 0, decennialReleases = 0;
        foreach (ref readonly var row in rows)
        {
            switch (row.Outcome)
            {
                case RemissionDayOutcome.Due: due++; break;
                case RemissionDayOutcome.NotDue: notDue++; break;
                case RemissionDayOutcome.Blocked: blocked++; break;
                default: undetermined++; break;
            }

            released += row.ReleasedOnTheDay ? 1 : 0;
            decennial += row.DecennialOutcome == RemissionDayOutcome.Due ? 1 : 0;
            decennialReleases += row.DecennialReleasesOnGrantDay ? 1 : 0;
        }

        return new(rows.Length, due, notDue, blocked, undetermined, released, decennial, decennialReleases);
    }

    /// <summary>Returns the counts in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Total} people: {Due} due, {NotDue} not due, {Blocked} blocked, {Undetermined} undetermined; {ReleasedOnTheDay} released on the day; decennial {DecennialDue} due, {DecennialReleasesOnGrantDay} released");
}
