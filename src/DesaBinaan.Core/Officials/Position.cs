using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Officials;

/// <summary>A position (<i>jabatan</i>) in an institution, such as Kepala Seksi Bimbingan Narapidana/Anak Didik of Lapas Kelas IIA Pekalongan.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record Position
{
    /// <summary>Initializes a position.</summary>
    /// <param name="id">The id; must not be empty.</param>
    /// <param name="title">The official title; must not be null or white space.</param>
    /// <param name="kind">The kind; must be defined.</param>
    /// <param name="institution">The institution; must not be empty.</param>
    /// <param name="unit">The organisation unit, or null when not modelled.</param>
    /// <param name="isSingleHolder">Whether only one person holds it definitively at a time (true for heads; false for staff positions).</param>
    /// <exception cref="ArgumentException">An id is empty, the title is blank, or the kind is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public Position(PositionId id, string title, PositionKind kind, InstitutionId institution, UnitId? unit = null, bool isSingleHolder = true)
    {
        Id = Guard.Against.InvalidInput(id, nameof(id), i => !i.IsEmpty, "A position needs a non-empty id.");
        Title = Guard.Against.BlankText(title).Trim();
        Kind = Guard.Against.EnumOutOfRange(kind);
        Institution = Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "A position belongs to an institution with a non-empty id.");
        if (unit is { } u)
        {
            Guard.Against.InvalidInput(u, nameof(unit), x => !x.IsEmpty, "Pass null rather than the empty unit id.");
        }

        Unit = unit;
        IsSingleHolder = isSingleHolder;
    }

    /// <summary>Gets the id.</summary>
    public PositionId Id { get; }

    /// <summary>Gets the official title.</summary>
    public string Title { get; }

    /// <summary>Gets the kind.</summary>
    public PositionKind Kind { get; }

    /// <summary>Gets the institution.</summary>
    public InstitutionId Institution { get; }

    /// <summary>Gets the organisation unit, or null.</summary>
    public UnitId? Unit { get; }

    /// <summary>Gets whether only one person holds the position definitively at a time.</summary>
    public bool IsSingleHolder { get; }

    /// <summary>Returns the id and the title.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => Id + " (" + Title + ")";
}
