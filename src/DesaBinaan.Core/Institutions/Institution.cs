using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Institutions;

/// <summary>
/// An institution: a correctional unit (such as Lapas Kelas IIA Pekalongan), its supervising office (Kanwil
/// Ditjenpas Jawa Tengah), or a local government (Kelurahan Panjang Wetan, Pemerintah Kota Pekalongan) (docs/domain.md §3).
/// </summary>
/// <remarks>
/// <para>Rules checked at construction: only UPTs have a class; only custodial institutions (Lapas, Rutan, LPKA,
/// LPAS) have a security level, and a Lapas Terbuka is minimum security; a kelurahan or desa sits on a village code
/// of its kind; a city or regency government on a city or regency code; an institution does not supervise itself.</para>
/// <para>Equality compares every property.</para>
/// </remarks>
[Immutable]
public sealed record Institution
{
    /// <summary>Initializes an institution.</summary>
    /// <param name="id">The caller's id; must not be empty.</param>
    /// <param name="kind">The kind; must be defined.</param>
    /// <param name="name">The official name (<c>Lapas Kelas IIA Pekalongan</c>); must not be null or white space.</param>
    /// <param name="region">The region where it sits; must not be empty. A kelurahan or desa needs its village code, a city or regency government its city or regency code.</param>
    /// <param name="class">The class (<see cref="InstitutionClass.None"/> when it has none or it is unknown); only UPTs have one.</param>
    /// <param name="supervisor">The supervising institution (the Kanwil of a Lapas, the city of a kelurahan), or null; must not be <paramref name="id"/>.</param>
    /// <param name="securityLevel">The security level of a custodial institution, or null when not known or not applicable.</param>
    /// <exception cref="ArgumentException">The id or region is empty, the name is blank, or a rule in the remarks is broken.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/>, <paramref name="class"/> or <paramref name="securityLevel"/> is not defined.</exception>
    public Institution(
        InstitutionId id,
        InstitutionKind kind,
        string name,
        RegionCode region,
        InstitutionClass @class = InstitutionClass.None,
        InstitutionId? supervisor = null,
        SecurityLevel? securityLevel = null)
    {
        Id = Guard.Against.InvalidInput(id, nameof(id), i => !i.IsEmpty, "An institution needs a non-empty id.");
        Kind = Guard.Against.EnumOutOfRange(kind);
        Name = Guard.Against.BlankText(name).Trim();
        Region = Guard.Against.InvalidInput(region, nameof(region), r => !r.IsEmpty, "An institution needs the region code where it sits.");
        Guard.Against.InvalidInput(region, nameof(region), r => RegionFits(kind, r), RegionRule(kind));
        Class = Guard.Against.EnumOutOfRange(@class, nameof(@class));
        Guard.Against.InvalidInput(@class, nameof(@class), c => c == InstitutionClass.None || kind.HasClasses(), "Only correctional technical units (UPT) have a class; use InstitutionClass.None.");
        if (supervisor is { } s)
        {
            Guard.Against.InvalidInput(s, nameof(supervisor), x => !x.IsEmpty && x != id, "The supervisor must be another institution's non-empty id.");
        }

        Supervisor = supervisor;
        if (securityLevel is { } level)
        {
            Guard.Against.EnumOutOfRange(level, nameof(securityLevel));
            Guard.Against.InvalidInput(level, nameof(securityLevel), _ => kind.IsCustodial(), "Only a custodial institution (Lapas, Rutan, LPKA, LPAS) has a security level.");
            Guard.Against.InvalidInput(level, nameof(securityLevel), l => kind != InstitutionKind.LapasTerbuka || l == global::DesaBinaan.Core.Institutions.SecurityLevel.Minimum, "A Lapas Terbuka (open prison) is minimum security (Permenkumham 35/2018).");
        }

        SecurityLevel = securityLevel ?? (kind == InstitutionKind.LapasTerbuka ? global::DesaBinaan.Core.Institutions.SecurityLevel.Minimum : null);
    }

    /// <summary>Gets the caller's id.</summary>
    public InstitutionId Id { get; }

    /// <summary>Gets the kind.</summary>
    public InstitutionKind Kind { get; }

    /// <summary>Gets the official name.</summary>
    public string Name { get; }

    /// <summary>Gets the region where the institution sits.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the class, or <see cref="InstitutionClass.None"/>.</summary>
    public InstitutionClass Class { get; }

    /// <summary>Gets the supervising institution, or null.</summary>
    public InstitutionId? Supervisor { get; }

    /// <summary>Gets the security level of a custodial institution, or null when not known or not applicable (a Lapas Terbuka is always minimum).</summary>
    public SecurityLevel? SecurityLevel { get; }

    /// <summary>Gets whether the institution is a correctional technical unit (UPT Pemasyarakatan).</summary>
    public bool IsCorrectionalUnit => Kind.IsCorrectionalUnit();

    /// <summary>Returns a copy with another supervisor.</summary>
    /// <param name="supervisor">The supervisor, or null.</param>
    /// <returns>A new, validated institution.</returns>
    /// <exception cref="ArgumentException"><paramref name="supervisor"/> is empty or this institution.</exception>
    public Institution WithSupervisor(InstitutionId? supervisor) => new(Id, Kind, Name, Region, Class, supervisor, SecurityLevel);

    /// <summary>Returns a copy with another security level.</summary>
    /// <param name="securityLevel">The level, or null.</param>
    /// <returns>A new, validated institution.</returns>
    /// <exception cref="ArgumentException">The institution is not custodial, or is a Lapas Terbuka and the level is not minimum.</exception>
    public Institution WithSecurityLevel(SecurityLevel? securityLevel) => new(Id, Kind, Name, Region, Class, Supervisor, securityLevel);

    /// <summary>Returns the id and the name, such as <c>lapas-pekalongan (Lapas Kelas IIA Pekalongan)</c>.</summary>
    /// <returns>The institution as text.</returns>
    public override string ToString() => Id + " (" + Name + ")";

    private static bool RegionFits(InstitutionKind kind, RegionCode region) => kind switch
    {
        InstitutionKind.Kelurahan => region.VillageKind == VillageKind.Kelurahan,
        InstitutionKind.Desa => region.VillageKind is VillageKind.Desa or VillageKind.DesaAdat,
        InstitutionKind.CityGovernment => region.Level == RegionLevel.RegencyOrCity && region.IsCity,
        InstitutionKind.RegencyGovernment => region.Level == RegionLevel.RegencyOrCity && region.IsRegency,
        InstitutionKind.DistrictOffice => region.Level == RegionLevel.District,
        _ => true,
    };

    private static string RegionRule(InstitutionKind kind) => kind switch
    {
        InstitutionKind.Kelurahan => "A kelurahan must sit on a kelurahan village code (village segment starting with 1).",
        InstitutionKind.Desa => "A desa must sit on a desa or desa adat village code (village segment starting with 2 or 3).",
        InstitutionKind.CityGovernment => "A city government must sit on a city code (regency/city segment 71–99).",
        InstitutionKind.RegencyGovernment => "A regency government must sit on a regency code (regency/city segment 01–69).",
        InstitutionKind.DistrictOffice => "A district office must sit on a district code.",
        _ => "The region does not fit the institution kind.",
    };
}
