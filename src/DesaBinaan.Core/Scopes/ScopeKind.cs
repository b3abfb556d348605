using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>
/// A field of cooperation (<i>ruang lingkup kerja sama</i>) between a correctional institution and a village, such as
/// environmental cleanliness (<i>kebersihan lingkungan</i>). The kinds seen in practice are predefined
/// (docs/domain.md §7); users add their own with <see cref="Custom"/>.
/// </summary>
/// <remarks>
/// A kind is data, not a closed enumeration. Equality compares the <see cref="Code"/> only (ordinally): the code is
/// the kind's identity, its label is how it is shown.
/// </remarks>
[Immutable]
public sealed partial record ScopeKind
{
    private const string CustomPrefix = "custom.";

    private ScopeKind(string code, LocalizedText label, bool isCustom)
    {
        Code = code;
        Label = label;
        IsCustom = isCustom;
    }

    /// <summary>Gets environmental cleanliness (<i>kebersihan lingkungan</i>), the first scope of the Pekalongan scenario.</summary>
    public static ScopeKind EnvironmentalCleanliness { get; } = Standard("environmental-cleanliness", "Kebersihan lingkungan", "Environmental cleanliness");

    /// <summary>Gets the cleaning of public places and irrigation channels (<i>kebersihan fasilitas umum dan saluran irigasi</i>).</summary>
    public static ScopeKind PublicPlacesAndIrrigation { get; } = Standard("public-places-and-irrigation", "Kebersihan fasilitas umum dan saluran irigasi", "Cleaning of public places and irrigation");

    /// <summary>Gets agriculture and food security (<i>pertanian dan ketahanan pangan</i>).</summary>
    public static ScopeKind AgricultureAndFoodSecurity { get; } = Standard("agriculture-and-food-security", "Pertanian dan ketahanan pangan", "Agriculture and food security");

    /// <summary>Gets fisheries (<i>perikanan</i>).</summary>
    public static ScopeKind Fisheries { get; } = Standard("fisheries", "Perikanan", "Fisheries");

    /// <summary>Gets skills and crafts (<i>keterampilan dan kerajinan</i>), such as batik in Pekalongan.</summary>
    public static ScopeKind SkillsAndCrafts { get; } = Standard("skills-and-crafts", "Keterampilan dan kerajinan (batik)", "Skills and crafts (batik)");

    /// <summary>Gets religious activities (<i>kegiatan keagamaan</i>).</summary>
    public static ScopeKind ReligiousActivities { get; } = Standard("religious-activities", "Kegiatan keagamaan", "Religious activities");

    /// <summary>Gets small business and the marketing of inmates' products (<i>usaha kecil dan pemasaran hasil karya</i>).</summary>
    public static ScopeKind SmallBusiness { get; } = Standard("small-business", "Usaha kecil dan pemasaran hasil karya", "Small business and marketing");

    /// <summary>Gets social service (<i>bakti sosial</i>).</summary>
    public static ScopeKind SocialService { get; } = Standard("social-service", "Bakti sosial", "Social service");

    /// <summary>
    /// Gets the placement of people serving community service (<i>penempatan pelaksanaan pidana kerja sosial</i>, UU 1/2023
    /// Pasal 85): a Bapas places its clients at the partner's sites under an agreement covering this scope.
    /// </summary>
    public static ScopeKind CommunityServicePlacement { get; } = Standard("community-service-placement", "Penempatan pidana kerja sosial", "Community-service placement");

    /// <summary>Gets the predefined kinds, in the order of docs/domain.md §7, then the community-service placement.</summary>
    public static ValueList<ScopeKind> StandardKinds { get; } =
    [
        EnvironmentalCleanliness, PublicPlacesAndIrrigation, AgricultureAndFoodSecurity, Fisheries,
        SkillsAndCrafts, ReligiousActivities, SmallBusiness, SocialService, CommunityServicePlacement,
    ];

    /// <summary>Gets the stable code of the kind, such as <c>environmental-cleanliness</c> or <c>custom.mangrove-planting</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the label of the kind in Indonesian and English.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets whether the kind was defined by a user rather than predefined.</summary>
    public bool IsCustom { get; }

    /// <summary>Creates a user-defined kind; its code is <c>custom.</c> followed by <paramref name="slug"/>.</summary>
    /// <param name="slug">Lower-case letters, digits and hyphens, starting with a letter (for example <c>mangrove-planting</c>).</param>
    /// <param name="label">The label in Indonesian and English; must not be null.</param>
    /// <returns>The custom kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slug"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="slug"/> is not lower-case letters, digits and hyphens.</exception>
    public static ScopeKind Custom(string slug, LocalizedText label)
    {
        Guard.Against.BlankText(slug);
        Guard.Against.Null(label);
        Guard.Against.InvalidInput(slug, nameof(slug), s => SlugPattern().IsMatch(s), "A custom scope slug must be lower-case letters, digits and hyphens, starting with a letter, such as 'mangrove-planting'.");
        return new ScopeKind(CustomPrefix + slug, label, isCustom: true);
    }

    /// <summary>Returns the label in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public string LabelIn(Language language) => Label.In(language);

    /// <summary>Returns whether another kind has the same code.</summary>
    /// <param name="other">The other kind.</param>
    /// <returns>True when both codes are equal (ordinal).</returns>
    public bool Equals(ScopeKind? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code of the kind.</summary>
    /// <returns>The code, such as <c>environmental-cleanliness</c>.</returns>
    public override string ToString() => Code;

    private static ScopeKind Standard(string code, string indonesian, string english) =>
        new(code, new LocalizedText(indonesian, english), isCustom: false);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
