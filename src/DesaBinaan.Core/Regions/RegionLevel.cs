namespace DesaBinaan.Core.Regions;

/// <summary>The level of a Kemendagri administrative region code (docs/domain.md §4).</summary>
public enum RegionLevel
{
    /// <summary>No level: the empty code <c>default(RegionCode)</c>.</summary>
    None = 0,

    /// <summary>A province (<i>provinsi</i>): two digits, such as <c>33</c>.</summary>
    Province = 1,

    /// <summary>A regency (<i>kabupaten</i>, 01–69) or a city (<i>kota</i>, 71–99), such as <c>33.75</c>.</summary>
    RegencyOrCity = 2,

    /// <summary>A district (<i>kecamatan</i>), such as <c>33.75.03</c>.</summary>
    District = 3,

    /// <summary>A village (<i>kelurahan</i>, <i>desa</i> or <i>desa adat</i>), such as <c>33.75.03.1004</c>.</summary>
    Village = 4,
}
