using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Regions;

/// <summary>
/// A named administrative area: a province, regency, city, district or village with its Kemendagri code, such as
/// <c>33.75.03.1004 Panjang Wetan</c> (a kelurahan).
/// </summary>
/// <remarks>The kind follows from the code (docs/domain.md §4). Equality compares the code and the name ordinally.</remarks>
[Immutable]
public sealed record AdministrativeArea
{
    /// <summary>Initializes an area.</summary>
    /// <param name="code">The area's code; must not be the empty code.</param>
    /// <param name="name">The official name, with or without its kind (<c>Kota Pekalongan</c>, <c>Pekalongan Utara</c>); must not be null or white space.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the empty code, or <paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public AdministrativeArea(RegionCode code, string name)
    {
        Code = Guard.Against.InvalidInput(code, nameof(code), c => !c.IsEmpty, "An administrative area needs a region code; the empty code denotes no area.");
        Name = Guard.Against.BlankText(name).Trim();
    }

    /// <summary>Gets the area's code.</summary>
    public RegionCode Code { get; }

    /// <summary>Gets the official name as given.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of area, from its code.</summary>
    public AreaKind Kind => Code.AreaKind ?? AreaKind.Province;

    /// <summary>Gets the level of the area, from its code.</summary>
    public RegionLevel Level => Code.Level;

    /// <summary>Returns the name preceded by its kind (<c>Kecamatan Pekalongan Utara</c>), unless the name already starts with the Indonesian kind (<c>Kota Pekalongan</c>).</summary>
    /// <param name="language">The language of the kind word.</param>
    /// <returns>The title of the area.</returns>
    public string Title(Language language = Language.Indonesian)
    {
        var indonesian = Kind.Label().Indonesian;
        return Name.StartsWith(indonesian + " ", StringComparison.OrdinalIgnoreCase)
            ? Name
            : Kind.Label().In(language) + " " + Name;
    }

    /// <summary>Returns the code and the name, such as <c>33.75 Kota Pekalongan</c>.</summary>
    /// <returns>The area as text.</returns>
    public override string ToString() => Code + " " + Name;
}
