using System.Collections.Frozen;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Institutions;

/// <summary>
/// An immutable lookup of institutions and their organisation charts supplied by the caller: find by id, the
/// supervising chain (Lapas › Kanwil › Ditjenpas; kelurahan › city), the institutions of a region, and units.
/// </summary>
/// <remarks>
/// Construction rejects duplicated ids, a chart of an institution not in the directory, two charts of one
/// institution, a unit id used in two charts, and a cycle of supervisors. A supervisor outside the directory is
/// allowed: the directory may be a partial view of the world.
/// </remarks>
[Immutable]
public sealed class InstitutionDirectory
{
    private readonly FrozenDictionary<InstitutionId, Institution> byId;
    private readonly FrozenDictionary<InstitutionId, OrganisationChart> charts;
    private readonly FrozenDictionary<UnitId, InstitutionId> unitOwners;

    /// <summary>Initializes a directory.</summary>
    /// <param name="institutions">The institutions; must not be null nor hold null; ids must be unique.</param>
    /// <param name="charts">The organisation charts, at most one per institution of the directory; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="institutions"/> is null, or a collection holds null.</exception>
    /// <exception cref="ArgumentException">A rule in the remarks is broken; the message names the id.</exception>
    public InstitutionDirectory(IEnumerable<Institution> institutions, IEnumerable<OrganisationChart>? charts = null)
    {
        Institutions = ValueList.FromNonNull(Guard.Against.Null(institutions), nameof(institutions));
        Charts = charts is null ? ValueList<OrganisationChart>.Empty : ValueList.FromNonNull(charts, nameof(charts));
        var map = new Dictionary<InstitutionId, Institution>();
        foreach (var institution in Institutions)
        {
            if (!map.TryAdd(institution.Id, institution))
            {
                throw new ArgumentException($"The institution id '{institution.Id}' appears more than once.", nameof(institutions));
            }
        }

        if (ParentChains.FindCycle(map.Keys, id => map[id].Supervisor is { } up && map.ContainsKey(up) ? up : null) is { } inCycle)
        {
            throw new ArgumentException($"The institution '{inCycle}' is part of a cycle of supervisors.", nameof(institutions));
        }

        var chartMap = new Dictionary<InstitutionId, OrganisationChart>();
        var owners = new Dictionary<UnitId, InstitutionId>();
        foreach (var chart in Charts)
        {
            if (!map.ContainsKey(chart.Institution))
            {
                throw new ArgumentException($"The chart of '{chart.Institution}' belongs to no institution of the directory.", nameof(charts));
            }

            if (!chartMap.TryAdd(chart.Institution, chart))
            {
                throw new ArgumentException($"The institution '{chart.Institution}' has more than one organisation chart.", nameof(charts));
            }

            foreach (var unit in chart.Units)
            {
                if (!owners.TryAdd(unit.Id, chart.Institution))
                {
                    throw new ArgumentException($"The unit id '{unit.Id}' is used in more than one chart.", nameof(charts));
                }
            }
        }

        byId = map.ToFrozenDictionary();
        this.charts = chartMap.ToFrozenDictionary();
        unitOwners = owners.ToFrozenDictionary();
    }

    /// <summary>Gets the institutions in the order given.</summary>
    public ValueList<Institution> Institutions { get; }

    /// <summary>Gets the organisation charts in the order given.</summary>
    public ValueList<OrganisationChart> Charts { get; }

    /// <summary>Finds an institution.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The institution, or null when not in the directory.</returns>
    public Institution? Find(InstitutionId id) => byId.GetValueOrDefault(id);

    /// <summary>Returns an institution.</summary>
    /// <param name="id">The id; must be in the directory.</param>
    /// <returns>The institution.</returns>
    /// <exception cref="KeyNotFoundException">The directory holds no institution <paramref name="id"/>.</exception>
    public Institution Get(InstitutionId id) =>
        byId.TryGetValue(id, out var institution) ? institution : throw new KeyNotFoundException($"The directory holds no institution '{id}'.");

    /// <summary>Returns the organisation chart of an institution.</summary>
    /// <param name="id">The institution.</param>
    /// <returns>The chart, or null when none was given.</returns>
    public OrganisationChart? ChartOf(InstitutionId id) => charts.GetValueOrDefault(id);

    /// <summary>Returns the institution that owns a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The owner's id, or null when no chart holds the unit.</returns>
    public InstitutionId? OwnerOf(UnitId unit) => unitOwners.TryGetValue(unit, out var owner) ? owner : null;

    /// <summary>Finds a unit in any chart.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The unit, or null.</returns>
    public OrganisationUnit? FindUnit(UnitId unit) => OwnerOf(unit) is { } owner ? charts[owner].Find(unit) : null;

    /// <summary>Returns the chain of supervisors of an institution that are in the directory, nearest first (a Lapas: its Kanwil, then Ditjenpas).</summary>
    /// <param name="id">The institution.</param>
    /// <returns>The supervisors; empty when there is none or the institution is unknown.</returns>
    public ValueList<Institution> SupervisorsOf(InstitutionId id)
    {
        var chain = new List<Institution>();
        for (var current = Find(id); current?.Supervisor is { } up && byId.TryGetValue(up, out var next); current = next)
        {
            chain.Add(next);
        }

        return ValueList.From(chain);
    }

    /// <summary>Returns the institutions directly supervised by one, in the order given.</summary>
    /// <param name="id">The supervisor.</param>
    /// <returns>The supervised institutions.</returns>
    public ValueList<Institution> SupervisedBy(InstitutionId id) => ValueList.From(Institutions.Where(i => i.Supervisor == id));

    /// <summary>Returns the institutions that sit in a region or anywhere within it, in the order given.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The institutions.</returns>
    public ValueList<Institution> InRegion(RegionCode region) =>
        ValueList.From(Institutions.Where(i => i.Region == region || region.IsAncestorOf(i.Region)));

    /// <summary>Returns the local government responsible for a region: the city or regency government whose code is the region's regency/city.</summary>
    /// <param name="region">A code at or below the regency/city level.</param>
    /// <returns>The city or regency government, or null when the directory holds none.</returns>
    public Institution? LocalGovernmentOf(RegionCode region)
    {
        if (region.Level < RegionLevel.RegencyOrCity)
        {
            return null;
        }

        var regency = region.AncestorAt(RegionLevel.RegencyOrCity);
        return Institutions.FirstOrDefault(i => i.Region == regency && i.Kind is InstitutionKind.CityGovernment or InstitutionKind.RegencyGovernment);
    }
}
