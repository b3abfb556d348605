using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// A place where people serve community service: a village (kelurahan or desa) or a local government agency that hosts
/// them, and the spot in a village, such as the Kelurahan Panjang Wetan clean-up along the drainage channel.
/// </summary>
/// <remarks>
/// Whether a site may take people on a date is a question for a <see cref="PlacementNetwork"/>: a partnership covering
/// <see cref="ScopeKind.CommunityServicePlacement"/> with the host must be in force that day. Equality compares every property.
/// </remarks>
[Immutable]
public sealed record PlacementSite
{
    /// <summary>Initializes a site.</summary>
    /// <param name="id">The caller's id of the site; must not be blank.</param>
    /// <param name="name">A short name, such as "Kerja bakti Kelurahan Panjang Wetan"; must not be blank.</param>
    /// <param name="host">The institution that hosts the people (the kelurahan, desa or agency); must not be empty.</param>
    /// <param name="place">The village and the spot; must not be null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or the host id is empty.</exception>
    public PlacementSite(string id, string name, InstitutionId host, ActivityPlace place)
    {
        Id = Guard.Against.BlankText(id);
        Name = Guard.Against.BlankText(name);
        Host = Guard.Against.InvalidInput(host, nameof(host), h => !h.IsEmpty, "A placement site names its host institution by a non-empty id.");
        Place = Guard.Against.Null(place);
    }

    /// <summary>Gets the caller's id of the site.</summary>
    public string Id { get; }

    /// <summary>Gets the short name.</summary>
    public string Name { get; }

    /// <summary>Gets the host institution.</summary>
    public InstitutionId Host { get; }

    /// <summary>Gets the village and the spot.</summary>
    public ActivityPlace Place { get; }

    /// <summary>Returns the id and the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " (" + Name + ")";
}
