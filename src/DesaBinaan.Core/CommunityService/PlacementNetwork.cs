using System.Collections.Frozen;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// The placement sites of community service and the partnerships under which they take people: a Bapas's partnership
/// with a village whose agreements cover <see cref="ScopeKind.CommunityServicePlacement"/> (an MoU with the city or
/// regency, a PKS or a joint agreement down to the village; the partnership's stages, agreements and signing rules apply).
/// </summary>
/// <remarks>
/// A site is covered on a date when a partnership covers the scope that day (<see cref="Partnership.CoversScopeOn"/>)
/// and the site's host is that partnership's village, or a party of one of its agreements in force that covers the scope.
/// Construction rejects repeated site ids. Equality is by reference.
/// </remarks>
[Immutable]
public sealed class PlacementNetwork
{
    private readonly FrozenDictionary<string, int> siteIndex;

    /// <summary>Initializes a network.</summary>
    /// <param name="sites">The sites; none null, ids distinct.</param>
    /// <param name="partnerships">The partnerships; none null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null, or two sites share an id.</exception>
    public PlacementNetwork(IEnumerable<PlacementSite> sites, IEnumerable<Partnership> partnerships)
    {
        Sites = ValueList.FromNonNull(Guard.Against.Null(sites), nameof(sites));
        Partnerships = ValueList.FromNonNull(Guard.Against.Null(partnerships), nameof(partnerships));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Sites.Count; i++)
        {
            if (!index.TryAdd(Sites[i].Id, i))
            {
                throw new ArgumentException("The site id " + InputExcerpt.Of(Sites[i].Id) + " appears more than once.", nameof(sites));
            }
        }

        siteIndex = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the sites, in the order given.</summary>
    public ValueList<PlacementSite> Sites { get; }

    /// <summary>Gets the partnerships, in the order given.</summary>
    public ValueList<Partnership> Partnerships { get; }

    /// <summary>Finds a site by its id.</summary>
    /// <param name="id">The id, or null.</param>
    /// <returns>The site, or null.</returns>
    public PlacementSite? FindSite(string? id) => id is not null && siteIndex.TryGetValue(id, out var i) ? Sites[i] : null;

    /// <summary>Returns whether a site has a community-service placement agreement in force on a date.</summary>
    /// <param name="siteId">The site's id; must not be null.</param>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True when a partnership covers the placement scope for the site's host that day; false for an unknown site.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="siteId"/> is null.</exception>
    public bool HasAgreementInForce(string siteId, LocalDate date)
    {
        Guard.Against.Null(siteId);
        _ = Guard.Against.NonIsoDate(date);
        return FindSite(siteId) is { } site && AgreementFor(site, date) is not null;
    }

    /// <summary>Returns the agreement under which a site takes people on a date, or null when none is in force.</summary>
    /// <param name="site">The site; must not be null.</param>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>The first agreement in force that covers <see cref="ScopeKind.CommunityServicePlacement"/> in a partnership covering the site's host, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is null.</exception>
    public Agreement? AgreementFor(PlacementSite site, LocalDate date)
    {
        Guard.Against.Null(site);
        _ = Guard.Against.NonIsoDate(date);
        var scope = ScopeKind.CommunityServicePlacement;
        foreach (var partnership in Partnerships.AsSpan())
        {
            if (!partnership.CoversScopeOn(scope, date))
            {
                continue;
            }

            foreach (var agreement in partnership.AgreementsInForceOn(date).AsSpan())
            {
                if (agreement.Covers(scope) && (partnership.CommunitySide.Id == site.Host || agreement.Parties.AsSpan().Contains(site.Host)))
                {
                    return agreement;
                }
            }
        }

        return null;
    }

    /// <summary>Returns the sites in a village.</summary>
    /// <param name="village">The village's region code.</param>
    /// <returns>The sites, in order.</returns>
    public ValueList<PlacementSite> SitesIn(Regions.RegionCode village) => ValueList.From(Sites.Where(s => s.Place.Village == village));

    /// <summary>Returns the number of sites.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Sites.Count + " sites, " + Partnerships.Count + " partnerships";

    internal int IndexOf(string siteId) => siteIndex.TryGetValue(siteId, out var i) ? i : -1;
}
