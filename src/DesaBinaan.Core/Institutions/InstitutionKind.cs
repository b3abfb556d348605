namespace DesaBinaan.Core.Institutions;

/// <summary>The kind of an institution: correctional technical units (UPT Pemasyarakatan), their supervising offices, and the local governments they partner with (docs/domain.md §2–§3).</summary>
public enum InstitutionKind
{
    /// <summary>A correctional institution for convicts (<i>Lembaga Pemasyarakatan</i>, Lapas; UU 22/2022).</summary>
    Lapas = 1,

    /// <summary>A women's correctional institution (<i>Lapas Perempuan</i>, LPP).</summary>
    LapasPerempuan = 2,

    /// <summary>A narcotics correctional institution (<i>Lapas Narkotika</i>).</summary>
    LapasNarkotika = 3,

    /// <summary>An open prison (<i>Lapas Terbuka</i>), minimum security.</summary>
    LapasTerbuka = 4,

    /// <summary>A remand centre (<i>Rumah Tahanan Negara</i>, Rutan).</summary>
    Rutan = 5,

    /// <summary>A juvenile guidance institution (<i>Lembaga Pembinaan Khusus Anak</i>, LPKA).</summary>
    Lpka = 6,

    /// <summary>A juvenile temporary placement institution (<i>Lembaga Penempatan Anak Sementara</i>, LPAS).</summary>
    Lpas = 7,

    /// <summary>A probation office (<i>Balai Pemasyarakatan</i>, Bapas).</summary>
    Bapas = 8,

    /// <summary>A state storehouse for seized goods (<i>Rumah Penyimpanan Benda Sitaan Negara</i>, Rupbasan).</summary>
    Rupbasan = 9,

    /// <summary>A provincial regional office of the Directorate General of Corrections (<i>Kanwil Ditjenpas</i>).</summary>
    RegionalOffice = 10,

    /// <summary>The Directorate General of Corrections (<i>Direktorat Jenderal Pemasyarakatan</i>, Ditjenpas).</summary>
    DirectorateGeneral = 11,

    /// <summary>An urban village government (<i>kelurahan</i>), part of the city or regency administration, headed by a Lurah.</summary>
    Kelurahan = 12,

    /// <summary>A rural village government (<i>pemerintah desa</i>), headed by an elected Kepala Desa.</summary>
    Desa = 13,

    /// <summary>A city government (<i>Pemerintah Kota</i>), headed by a Wali Kota.</summary>
    CityGovernment = 14,

    /// <summary>A regency government (<i>Pemerintah Kabupaten</i>), headed by a Bupati.</summary>
    RegencyGovernment = 15,

    /// <summary>An agency of a local government (<i>perangkat daerah</i>, a <i>dinas</i> or <i>badan</i>), such as the city's fisheries office.</summary>
    Agency = 16,

    /// <summary>A district office (<i>kecamatan</i>), an agency of the city or regency headed by a Camat.</summary>
    DistrictOffice = 17,

    /// <summary>The ministry in charge of corrections (<i>Kementerian Imigrasi dan Pemasyarakatan</i> since 21 Oct 2024; before, Kemenkumham).</summary>
    Ministry = 18,
}
