using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Officials;

/// <summary>A person holding a position for a period, definitively or acting (Plh, Plt) (docs/domain.md §5).</summary>
/// <remarks>
/// The term is inclusive. An open-ended appointment ends on <see cref="LocalDate.MaxIsoValue"/>
/// (<see cref="IsOpenEnded"/>). Equality compares every property.
/// </remarks>
[Immutable]
public sealed record Appointment
{
    /// <summary>Initializes an appointment.</summary>
    /// <param name="person">The person; must not be empty.</param>
    /// <param name="position">The position; must not be empty.</param>
    /// <param name="term">The inclusive term; must not be null.</param>
    /// <param name="capacity">Definitive, Plh or Plt; must be defined.</param>
    /// <exception cref="ArgumentException">An id is empty or the capacity is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public Appointment(PersonId person, PositionId position, DateInterval term, AppointmentCapacity capacity = AppointmentCapacity.Definitive)
    {
        _ = Guard.Against.NonIsoInterval(term);
        Person = Guard.Against.InvalidInput(person, nameof(person), p => !p.IsEmpty, "An appointment needs a person with a non-empty id.");
        Position = Guard.Against.InvalidInput(position, nameof(position), p => !p.IsEmpty, "An appointment needs a position with a non-empty id.");
        Term = Guard.Against.Null(term);
        Capacity = Guard.Against.EnumOutOfRange(capacity);
    }

    /// <summary>Gets the person.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the position.</summary>
    public PositionId Position { get; }

    /// <summary>Gets the inclusive term.</summary>
    public DateInterval Term { get; }

    /// <summary>Gets the capacity.</summary>
    public AppointmentCapacity Capacity { get; }

    /// <summary>Gets whether the person acts for the holder (Plh or Plt).</summary>
    public bool IsActing => Capacity != AppointmentCapacity.Definitive;

    /// <summary>Gets whether the term has no known end.</summary>
    public bool IsOpenEnded => Term.End == LocalDate.MaxIsoValue;

    /// <summary>Returns an open-ended appointment starting on a date.</summary>
    /// <param name="person">The person; must not be empty.</param>
    /// <param name="position">The position; must not be empty.</param>
    /// <param name="start">The first day.</param>
    /// <param name="capacity">The capacity.</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentException">An id is empty or the capacity is not defined.</exception>
    public static Appointment From(PersonId person, PositionId position, LocalDate start, AppointmentCapacity capacity = AppointmentCapacity.Definitive)
    {
        _ = Guard.Against.NonIsoDate(start);
        return new(person, position, new DateInterval(start, LocalDate.MaxIsoValue), capacity);
    }

    /// <summary>Returns whether the appointment is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the term contains <paramref name="date"/>.</returns>
    public bool IsInForceOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Term.Contains(date);
    }

    /// <summary>Returns a copy ending on a day.</summary>
    /// <param name="lastDay">The last day; not before the start.</param>
    /// <returns>A new appointment.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastDay"/> is before the start.</exception>
    public Appointment EndingOn(LocalDate lastDay)
    {
        _ = Guard.Against.NonIsoDate(lastDay);
        Guard.Against.InvalidInput(lastDay, nameof(lastDay), d => d >= Term.Start, "An appointment cannot end before it starts.");
        return new(Person, Position, new DateInterval(Term.Start, lastDay), Capacity);
    }

    /// <summary>Returns the person id, the position id, the capacity and the term.</summary>
    /// <returns>The appointment as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Person} {Capacity} {Position} {Term.Start.ToIso()}..{(IsOpenEnded ? string.Empty : Term.End.ToIso())}");
}
