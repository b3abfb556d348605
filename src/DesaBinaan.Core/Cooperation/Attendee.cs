using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A person at a meeting: who (by opaque id), in which position, for which side, and in what role.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record Attendee
{
    /// <summary>Initializes an attendee.</summary>
    /// <param name="person">The person's opaque id.</param>
    /// <param name="position">The position in which they attend.</param>
    /// <param name="side">The side they represent.</param>
    /// <param name="role">Their role at the meeting.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="side"/> or <paramref name="role"/> is not a defined value.</exception>
    public Attendee(PersonId person, PositionId position, PartnershipSide side, AttendeeRole role)
    {
        Person = Guard.Against.InvalidInput(person, nameof(person), p => !p.IsEmpty, "An attendee must be identified by a person id; the default id is empty.");
        Position = Guard.Against.InvalidInput(position, nameof(position), p => !p.IsEmpty, "An attendee must attend in a position; the default position id is empty.");
        Side = Guard.Against.EnumOutOfRange(side);
        Role = Guard.Against.EnumOutOfRange(role);
    }

    /// <summary>Gets the person's opaque id.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the position in which they attend.</summary>
    public PositionId Position { get; }

    /// <summary>Gets the side they represent.</summary>
    public PartnershipSide Side { get; }

    /// <summary>Gets their role.</summary>
    public AttendeeRole Role { get; }
}
