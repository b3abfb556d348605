using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Regions;

/// <summary>Indonesian and English labels of the region enums.</summary>
public static class RegionsLabels
{
    /// <summary>Returns the label of a region level.</summary>
    /// <param name="value">The level.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined level.</exception>
    public static LocalizedText Label(this RegionLevel value) => value switch
    {
        RegionLevel.None => new("Tanpa tingkat", "No level"),
        RegionLevel.Province => new("Provinsi", "Province"),
        RegionLevel.RegencyOrCity => new("Kabupaten/Kota", "Regency/City"),
        RegionLevel.District => new("Kecamatan", "District"),
        RegionLevel.Village => new("Kelurahan/Desa", "Village"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a village kind.</summary>
    /// <param name="value">The village kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined village kind.</exception>
    public static LocalizedText Label(this VillageKind value) => value switch
    {
        VillageKind.Kelurahan => new("Kelurahan", "Urban village (kelurahan)"),
        VillageKind.Desa => new("Desa", "Rural village (desa)"),
        VillageKind.DesaAdat => new("Desa Adat", "Customary village (desa adat)"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an area kind.</summary>
    /// <param name="value">The area kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined area kind.</exception>
    public static LocalizedText Label(this AreaKind value) => value switch
    {
        AreaKind.Province => new("Provinsi", "Province"),
        AreaKind.Regency => new("Kabupaten", "Regency"),
        AreaKind.City => new("Kota", "City"),
        AreaKind.District => new("Kecamatan", "District"),
        AreaKind.Kelurahan => new("Kelurahan", "Urban village"),
        AreaKind.Desa => new("Desa", "Village"),
        AreaKind.DesaAdat => new("Desa Adat", "Customary village"),
        _ => throw GuardRules.NotDefined(value),
    };
}
