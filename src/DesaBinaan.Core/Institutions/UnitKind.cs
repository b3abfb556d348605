namespace DesaBinaan.Core.Institutions;

/// <summary>The kind of an organisation unit (Kepmen M.01.PR.07.03/1985 as amended by M.HH-05.OT.01.01/2011; docs/domain.md §3).</summary>
public enum UnitKind
{
    /// <summary>The head of the institution and its office (for a Lapas, the Kalapas).</summary>
    HeadOffice = 1,

    /// <summary>An administrative subdivision (<i>subbagian</i>, such as Subbagian Tata Usaha).</summary>
    Subdivision = 2,

    /// <summary>A section (<i>seksi</i>, such as Seksi Bimbingan Narapidana/Anak Didik), headed by a Kasi.</summary>
    Section = 3,

    /// <summary>A subsection (<i>subseksi</i>, such as Subseksi Registrasi), headed by a Kasubsi.</summary>
    Subsection = 4,

    /// <summary>The security unit of a Lapas (<i>Kesatuan Pengamanan Lembaga Pemasyarakatan</i>, KPLP), directly under the head.</summary>
    Kplp = 5,

    /// <summary>Any other unit (a division of a regional office, a field of an agency).</summary>
    Other = 6,
}
