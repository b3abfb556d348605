using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using NodaTime;

namespace DesaBinaan.Core.Officials;

/// <summary>
/// The answer to "may this person sign an agreement of this kind for this institution on this date?", as data:
/// the outcome, a stable reason code (<c>authority.upt-head.signs-pks</c>), the reason in both languages, the
/// legal basis and the appointment or delegation relied on.
/// </summary>
/// <remarks>Reasons and <see cref="ToString"/> name the person only by opaque id. Equality compares every property.</remarks>
[Immutable]
public sealed record AuthorityDecision
{
    /// <summary>Initializes a decision.</summary>
    /// <param name="outcome">The outcome; must be defined.</param>
    /// <param name="person">The person asked about; must not be empty.</param>
    /// <param name="agreementKind">The kind of agreement.</param>
    /// <param name="institution">The institution signed for; must not be empty.</param>
    /// <param name="date">The date of the question.</param>
    /// <param name="reasonCode">The stable dotted lower-case reason code; must not be blank.</param>
    /// <param name="reason">The reason in both languages; must not be null.</param>
    /// <param name="citation">The legal basis; must not be null.</param>
    /// <param name="appointment">The appointment relied on, or null.</param>
    /// <param name="delegation">The delegation relied on, or null.</param>
    /// <exception cref="ArgumentException">An id is empty, the outcome is not defined, or the reason code is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasonCode"/>, <paramref name="reason"/> or <paramref name="citation"/> is null.</exception>
    public AuthorityDecision(
        AuthorityOutcome outcome,
        PersonId person,
        AgreementKind agreementKind,
        InstitutionId institution,
        LocalDate date,
        string reasonCode,
        LocalizedText reason,
        Citation citation,
        Appointment? appointment = null,
        Delegation? delegation = null)
    {
        _ = Guard.Against.NonIsoDate(date);
        Outcome = Guard.Against.EnumOutOfRange(outcome);
        Person = Guard.Against.InvalidInput(person, nameof(person), p => !p.IsEmpty, "A decision is about a person with a non-empty id.");
        AgreementKind = agreementKind;
        Institution = Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "A decision is about an institution with a non-empty id.");
        Date = date;
        ReasonCode = Guard.Against.BlankText(reasonCode);
        Reason = Guard.Against.Null(reason);
        Citation = Guard.Against.Null(citation);
        Appointment = appointment;
        Delegation = delegation;
    }

    /// <summary>Gets the outcome.</summary>
    public AuthorityOutcome Outcome { get; }

    /// <summary>Gets whether the person may sign.</summary>
    public bool IsAuthorised => Outcome == AuthorityOutcome.Authorised;

    /// <summary>Gets the person asked about.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the kind of agreement.</summary>
    public AgreementKind AgreementKind { get; }

    /// <summary>Gets the institution signed for.</summary>
    public InstitutionId Institution { get; }

    /// <summary>Gets the date of the question.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the stable reason code.</summary>
    public string ReasonCode { get; }

    /// <summary>Gets the reason in both languages.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Gets the legal basis.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the appointment relied on, or null.</summary>
    public Appointment? Appointment { get; }

    /// <summary>Gets the delegation relied on, or null.</summary>
    public Delegation? Delegation { get; }

    /// <summary>Returns the outcome, the person id, the reason code and the citation.</summary>
    /// <returns>The decision as text.</returns>
    public override string ToString() => $"{Outcome} {Person}: {ReasonCode} ({Citation})";
}
