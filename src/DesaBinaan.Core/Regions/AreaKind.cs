namespace DesaBinaan.Core.Regions;

/// <summary>The kind of an administrative area, as it follows from its code (docs/domain.md §4).</summary>
public enum AreaKind
{
    /// <summary>A province (<i>provinsi</i>).</summary>
    Province = 1,

    /// <summary>A regency (<i>kabupaten</i>): regency/city segment 01–69.</summary>
    Regency = 2,

    /// <summary>A city (<i>kota</i>): regency/city segment 71–99.</summary>
    City = 3,

    /// <summary>A district (<i>kecamatan</i>; <i>distrik</i> in Papua).</summary>
    District = 4,

    /// <summary>An urban village (<i>kelurahan</i>).</summary>
    Kelurahan = 5,

    /// <summary>A rural village (<i>desa</i>).</summary>
    Desa = 6,

    /// <summary>A customary village (<i>desa adat</i>).</summary>
    DesaAdat = 7,
}
