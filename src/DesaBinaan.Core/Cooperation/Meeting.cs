using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// A partnership meeting (docs/domain.md §6): its date and optional start time in the institution's time zone, kind,
/// venue, chair, attendees with their position, side and role, agenda, and outcome.
/// </summary>
/// <remarks>
/// Persons appear by opaque id only. Equality compares every property (the zone by its id).
/// </remarks>
[Immutable]
public sealed record Meeting
{
    /// <summary>Initializes a meeting.</summary>
    /// <param name="id">The meeting's id, unique within the partnership; must not be null or white space.</param>
    /// <param name="kind">The kind of meeting.</param>
    /// <param name="date">The date.</param>
    /// <param name="venue">Where it was held; must not be null or white space.</param>
    /// <param name="attendees">Who attended; exactly one with the chair role, no person twice.</param>
    /// <param name="agenda">The agenda items; null for none; no blank item.</param>
    /// <param name="outcome">What it decided; null for nothing.</param>
    /// <param name="startTime">The local start time, or null when unknown.</param>
    /// <param name="zone">The time zone of <paramref name="startTime"/> (the institution's, <c>Asia/Jakarta</c> for Pekalongan); required with a start time.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="venue"/> or <paramref name="attendees"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the attendees do not include exactly one chair or repeat a person, or a start time is given without a zone.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public Meeting(
        string id,
        MeetingKind kind,
        LocalDate date,
        string venue,
        IEnumerable<Attendee> attendees,
        IEnumerable<string>? agenda = null,
        MeetingOutcome? outcome = null,
        LocalTime? startTime = null,
        DateTimeZone? zone = null)
    {
        _ = Guard.Against.NonIsoDate(date);
        Id = Guard.Against.BlankText(id);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Date = date;
        Venue = Guard.Against.BlankText(venue);
        Attendees = ValueList.FromNonNull(attendees, nameof(attendees));
        Guard.Against.InvalidInput(Attendees, nameof(attendees), l => l.Count(a => a.Role == AttendeeRole.Chair) == 1, "A meeting has exactly one attendee with the chair role.");
        Guard.Against.InvalidInput(Attendees, nameof(attendees), l => l.Select(a => a.Person).Distinct().Count() == l.Count, "A person attends a meeting once.");
        Agenda = ValueList.FromNonNull(agenda ?? [], nameof(agenda));
        Guard.Against.InvalidInput(Agenda, nameof(agenda), l => l.All(a => a.Trim().Length > 0), "An agenda item must not be blank.");
        Outcome = outcome ?? MeetingOutcome.None;
        if (startTime is not null)
        {
            Guard.Against.InvalidInput(zone, nameof(zone), z => z is not null, "A start time needs the time zone in which it is given, such as Asia/Jakarta.");
        }

        StartTime = startTime;
        Zone = startTime is null ? null : zone;
    }

    /// <summary>Gets the meeting's id.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the venue.</summary>
    public string Venue { get; }

    /// <summary>Gets the attendees.</summary>
    public ValueList<Attendee> Attendees { get; }

    /// <summary>Gets the chair (the attendee with the chair role).</summary>
    public Attendee Chair => Attendees.First(a => a.Role == AttendeeRole.Chair);

    /// <summary>Gets the agenda items.</summary>
    public ValueList<string> Agenda { get; }

    /// <summary>Gets what the meeting decided.</summary>
    public MeetingOutcome Outcome { get; }

    /// <summary>Gets the local start time, or null when unknown.</summary>
    public LocalTime? StartTime { get; }

    /// <summary>Gets the zone of the start time, or null without a start time.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the start in its time zone, or null when the start time is unknown.</summary>
    public ZonedDateTime? Start => StartTime is { } time && Zone is { } zone ? Date.At(time).InZoneLeniently(zone) : null;

    /// <summary>Returns the attendees of a side.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The attendees, in order.</returns>
    public ValueList<Attendee> AttendeesOf(PartnershipSide side) => ValueList.From(Attendees.Where(a => a.Side == side));

    /// <summary>Returns whether another meeting has the same properties (the zone compared by id).</summary>
    /// <param name="other">The other meeting.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Meeting? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind
        && Date == other.Date
        && string.Equals(Venue, other.Venue, StringComparison.Ordinal)
        && Attendees.Equals(other.Attendees)
        && Agenda.Equals(other.Agenda)
        && Outcome.Equals(other.Outcome)
        && StartTime == other.StartTime
        && string.Equals(Zone?.Id, other.Zone?.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, Date, Attendees, Outcome, StartTime);

    /// <summary>Returns the id, kind and date.</summary>
    /// <returns>For example <c>rapat-2026-04-29 InitialCoordination 2026-04-29</c>.</returns>
    public override string ToString() => Id + " " + Kind + " " + Date.ToIso();
}
