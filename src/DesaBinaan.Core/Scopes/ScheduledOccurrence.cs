using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Scopes;

/// <summary>One occurrence of a recurring activity: its local date and its start and end in the schedule's time zone.</summary>
/// <remarks>Equality compares the date, start and end (including their zones).</remarks>
[Immutable]
public sealed record ScheduledOccurrence
{
    /// <summary>Initializes an occurrence.</summary>
    /// <param name="start">The start, in the schedule's time zone.</param>
    /// <param name="end">The end, in the same zone and after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/> or is in another zone.</exception>
    public ScheduledOccurrence(ZonedDateTime start, ZonedDateTime end)
    {
        Guard.Against.InvalidInput(end, nameof(end), e => e.ToInstant() > start.ToInstant(), "An occurrence must end after it starts.");
        Guard.Against.InvalidInput(end, nameof(end), e => string.Equals(e.Zone.Id, start.Zone.Id, StringComparison.Ordinal), "An occurrence must start and end in the same time zone.");
        Start = start;
        End = end;
    }

    /// <summary>Gets the local date of the occurrence.</summary>
    public LocalDate Date => Start.Date;

    /// <summary>Gets the start in the schedule's time zone.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>Gets the end in the schedule's time zone.</summary>
    public ZonedDateTime End { get; }

    /// <summary>Gets the length of the occurrence.</summary>
    public Duration Length => End.ToInstant() - Start.ToInstant();

    /// <summary>Returns the local start and end and the time zone, in invariant form, such as <c>2026-06-19 07:00-10:00 Asia/Jakarta</c>.</summary>
    /// <returns>The occurrence as text (independent of the current culture).</returns>
    public override string ToString() =>
        Start.Date.ToIso() + " " + Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "-" + End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + Start.Zone.Id;
}
