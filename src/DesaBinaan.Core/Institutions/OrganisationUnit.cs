using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Institutions;

/// <summary>A unit of an institution's organisation, such as Seksi Bimbingan Narapidana/Anak Didik under the Kalapas (docs/domain.md §3).</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record OrganisationUnit
{
    /// <summary>Initializes a unit.</summary>
    /// <param name="id">The unit's id; must not be empty.</param>
    /// <param name="name">The official name; must not be null or white space.</param>
    /// <param name="kind">The kind; must be defined.</param>
    /// <param name="parent">The parent unit, or null for the head of the institution; must not be <paramref name="id"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <paramref name="name"/> is blank, or <paramref name="parent"/> is empty or the unit itself.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public OrganisationUnit(UnitId id, string name, UnitKind kind, UnitId? parent = null)
    {
        Id = Guard.Against.InvalidInput(id, nameof(id), i => !i.IsEmpty, "An organisation unit needs a non-empty id.");
        Name = Guard.Against.BlankText(name).Trim();
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (parent is { } p)
        {
            Guard.Against.InvalidInput(p, nameof(parent), x => !x.IsEmpty && x != id, "The parent must be another unit's non-empty id.");
        }

        Parent = parent;
    }

    /// <summary>Gets the unit's id.</summary>
    public UnitId Id { get; }

    /// <summary>Gets the official name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public UnitKind Kind { get; }

    /// <summary>Gets the parent unit, or null for the head.</summary>
    public UnitId? Parent { get; }

    /// <summary>Returns the id and the name.</summary>
    /// <returns>The unit as text.</returns>
    public override string ToString() => Id + " (" + Name + ")";
}
