namespace DesaBinaan.Core.Officials;

/// <summary>The kind of a position (jabatan), as far as authority is concerned (docs/domain.md §3, §5).</summary>
public enum PositionKind
{
    /// <summary>The head of a correctional unit (Kepala Lapas/Kalapas, Karutan, Kepala LPKA, Kepala Bapas).</summary>
    HeadOfInstitution = 1,

    /// <summary>The head of a section (<i>Kepala Seksi</i>, Kasi).</summary>
    HeadOfSection = 2,

    /// <summary>The head of a subsection (<i>Kepala Subseksi</i>, Kasubsi).</summary>
    HeadOfSubsection = 3,

    /// <summary>The head of a subdivision (<i>Kepala Subbagian</i>, Kasubbag).</summary>
    HeadOfSubdivision = 4,

    /// <summary>The head of the security unit (<i>Kepala KPLP</i>).</summary>
    HeadOfKplp = 5,

    /// <summary>The head of a kelurahan (<i>Lurah</i>), a civil servant of the city or regency.</summary>
    Lurah = 6,

    /// <summary>The elected head of a desa (<i>Kepala Desa</i>).</summary>
    KepalaDesa = 7,

    /// <summary>The head of a district (<i>Camat</i>).</summary>
    Camat = 8,

    /// <summary>The mayor (<i>Wali Kota</i>), regional head of a city.</summary>
    WaliKota = 9,

    /// <summary>The regent (<i>Bupati</i>), regional head of a regency.</summary>
    Bupati = 10,

    /// <summary>The head of a regional office (<i>Kepala Kantor Wilayah</i>, Kakanwil).</summary>
    HeadOfRegionalOffice = 11,

    /// <summary>The Director General (<i>Direktur Jenderal</i>).</summary>
    DirectorGeneral = 12,

    /// <summary>The Minister (<i>Menteri</i>).</summary>
    Minister = 13,

    /// <summary>The head of a local government agency (<i>Kepala Dinas</i>, <i>Kepala Badan</i>).</summary>
    AgencyHead = 14,

    /// <summary>Any other official or staff member.</summary>
    Staff = 15,

    /// <summary>
    /// A community counsellor of a Bapas (<i>pembimbing kemasyarakatan</i>, PK): writes the Litmas and guides clients,
    /// including people serving community service (UU 1/2023 Pasal 85 ayat (8)). Not a signing position.
    /// </summary>
    CommunityCounsellor = 16,
}
