using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// The programme under which a partnership is made: a locally named "Desa Binaan" (fostered village), a Pokmas Lipas
/// partnership (Kepdirjenpas PAS-06.OT.02.02/2020), or another programme defined with <see cref="Other"/>.
/// </summary>
/// <remarks>
/// "Desa Binaan" is not an official corrections programme name (docs/domain.md §2), so the programme is data, not a
/// singleton. Equality compares the <see cref="Code"/> only (ordinally).
/// </remarks>
[Immutable]
public sealed partial record ProgrammeKind
{
    private ProgrammeKind(string code, LocalizedText label)
    {
        Code = code;
        Label = label;
    }

    /// <summary>Gets the Desa Binaan (fostered village) partnership, as Lapas use the term locally.</summary>
    public static ProgrammeKind DesaBinaan { get; } = new("desa-binaan", new LocalizedText("Desa Binaan", "Fostered village (Desa Binaan)"));

    /// <summary>Gets a partnership with a community group supporting corrections (<i>Pokmas Lipas</i>).</summary>
    public static ProgrammeKind PokmasLipas { get; } = new("pokmas-lipas", new LocalizedText("Kemitraan Pokmas Lipas", "Pokmas Lipas partnership"));

    /// <summary>Gets the stable code, such as <c>desa-binaan</c> or <c>other.kampung-tangguh</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the label in Indonesian and English.</summary>
    public LocalizedText Label { get; }

    /// <summary>Creates another programme; its code is <c>other.</c> followed by <paramref name="slug"/>.</summary>
    /// <param name="slug">Lower-case letters, digits and hyphens, starting with a letter.</param>
    /// <param name="label">The label; must not be null.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slug"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is not lower-case letters, digits and hyphens.</exception>
    public static ProgrammeKind Other(string slug, LocalizedText label)
    {
        Guard.Against.BlankText(slug);
        Guard.Against.Null(label);
        Guard.Against.InvalidInput(slug, nameof(slug), s => SlugPattern().IsMatch(s), "A programme slug must be lower-case letters, digits and hyphens, starting with a letter, such as 'kampung-tangguh'.");
        return new ProgrammeKind("other." + slug, label);
    }

    /// <summary>Returns whether another programme has the same code.</summary>
    /// <param name="other">The other programme.</param>
    /// <returns>True when both codes are equal (ordinal).</returns>
    public bool Equals(ProgrammeKind? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
