using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A follow-up a meeting assigned: what, to whom (by opaque id), and by when.</summary>
/// <remarks>
/// It is done when a later meeting lists its id among the completed items. Equality compares every property.
/// </remarks>
[Immutable]
public sealed record ActionItem
{
    /// <summary>Initializes an action item.</summary>
    /// <param name="id">The item's id, unique within the partnership; must not be null or white space.</param>
    /// <param name="description">What is to be done; must not be null or white space.</param>
    /// <param name="owner">Who is to do it (opaque id).</param>
    /// <param name="due">The last day to do it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="description"/> is white space.</exception>
    public ActionItem(string id, string description, PersonId owner, LocalDate due)
    {
        _ = Guard.Against.NonIsoDate(due);
        Id = Guard.Against.BlankText(id);
        Description = Guard.Against.BlankText(description);
        Owner = owner;
        Due = due;
    }

    /// <summary>Gets the item's id.</summary>
    public string Id { get; }

    /// <summary>Gets what is to be done.</summary>
    public string Description { get; }

    /// <summary>Gets who is to do it.</summary>
    public PersonId Owner { get; }

    /// <summary>Gets the last day to do it.</summary>
    public LocalDate Due { get; }

    /// <summary>Returns the id, the owner's opaque id and the due date, in invariant form, such as <c>ai-1 (p-002) due 2026-05-15</c>.</summary>
    /// <returns>The item as text (independent of the current culture; never a name).</returns>
    public override string ToString() => Id + " (" + Owner + ") due " + Due.ToIso();
}
