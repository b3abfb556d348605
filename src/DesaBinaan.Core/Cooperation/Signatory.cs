using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A person who signs an agreement for a party, in the appointment under which they sign.</summary>
/// <remarks>
/// Whether they may sign is decided, on the signing date, by the officials' authority rules when the agreement is
/// signed in a partnership. Equality compares the party and the appointment.
/// </remarks>
[Immutable]
public sealed record Signatory
{
    /// <summary>Initializes a signatory.</summary>
    /// <param name="party">The institution for which they sign.</param>
    /// <param name="appointment">The appointment under which they sign (definitive, Plh or Plt); must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is the empty id.</exception>
    public Signatory(InstitutionId party, Appointment appointment)
    {
        Party = Guard.Against.InvalidInput(party, nameof(party), p => !p.IsEmpty, "A signatory signs for an institution: the party id must not be empty.");
        Appointment = Guard.Against.Null(appointment);
    }

    /// <summary>Gets the institution for which they sign.</summary>
    public InstitutionId Party { get; }

    /// <summary>Gets the appointment under which they sign.</summary>
    public Appointment Appointment { get; }

    /// <summary>Gets the signing person's opaque id.</summary>
    public PersonId Person => Appointment.Person;
}
