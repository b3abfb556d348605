using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Institutions;

/// <summary>
/// Ready organisation charts for the usual structures. A convenience: the structure itself is data, and a caller
/// may build any chart with <see cref="OrganisationChart"/>.
/// </summary>
public static class OrganisationTemplates
{
    /// <summary>The key of the head unit (Kepala Lapas, Kalapas).</summary>
    public const string Head = "kalapas";

    /// <summary>The key of Subbagian Tata Usaha.</summary>
    public const string TataUsaha = "tata-usaha";

    /// <summary>The key of Seksi Bimbingan Narapidana/Anak Didik (Binadik).</summary>
    public const string Binadik = "binadik";

    /// <summary>The key of Subseksi Registrasi (under Binadik).</summary>
    public const string Registrasi = "binadik.registrasi";

    /// <summary>The key of Subseksi Bimbingan Kemasyarakatan dan Perawatan (Bimkemaswat, under Binadik).</summary>
    public const string Bimkemaswat = "binadik.bimkemaswat";

    /// <summary>The key of Seksi Kegiatan Kerja (Giatja).</summary>
    public const string Giatja = "giatja";

    /// <summary>The key of Subseksi Bimbingan Kerja dan Pengelolaan Hasil Kerja (under Giatja).</summary>
    public const string BimbinganKerja = "giatja.bimbingan-kerja";

    /// <summary>The key of Subseksi Sarana Kerja (under Giatja).</summary>
    public const string SaranaKerja = "giatja.sarana-kerja";

    /// <summary>The key of Seksi Administrasi Keamanan dan Tata Tertib.</summary>
    public const string AdministrasiKamtib = "kamtib";

    /// <summary>The key of Subseksi Keamanan (under Administrasi Keamanan dan Tata Tertib).</summary>
    public const string Keamanan = "kamtib.keamanan";

    /// <summary>The key of Subseksi Pelaporan dan Tata Tertib (under Administrasi Keamanan dan Tata Tertib).</summary>
    public const string PelaporanTatib = "kamtib.pelaporan-tatib";

    /// <summary>The key of the security unit KPLP (directly under the Kalapas).</summary>
    public const string Kplp = "kplp";

    /// <summary>Returns the id a template gives to one of its units: the institution id, a slash and the key (<c>lapas-pekalongan/binadik</c>).</summary>
    /// <param name="institution">The institution; must not be empty.</param>
    /// <param name="key">The unit key, such as <see cref="Binadik"/>; must not be blank.</param>
    /// <returns>The unit id.</returns>
    /// <exception cref="ArgumentException"><paramref name="institution"/> is empty or <paramref name="key"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static UnitId UnitOf(InstitutionId institution, string key)
    {
        Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "A template unit belongs to an institution with a non-empty id.");
        Guard.Against.BlankText(key);
        return new UnitId(institution.Value + "/" + key);
    }

    /// <summary>
    /// Returns the usual organisation of a Lapas Kelas IIA (Kepmen M.01.PR.07.03/1985 as amended by
    /// M.HH-05.OT.01.01/2011): the Kalapas; Subbagian Tata Usaha; Seksi Binadik with Subseksi Registrasi and Subseksi
    /// Bimkemaswat; Seksi Giatja with Subseksi Bimbingan Kerja dan Pengelolaan Hasil Kerja and Subseksi Sarana Kerja;
    /// Seksi Administrasi Keamanan dan Tata Tertib with Subseksi Keamanan and Subseksi Pelaporan dan Tata Tertib; and
    /// the KPLP directly under the Kalapas.
    /// </summary>
    /// <param name="institution">The Lapas; must not be empty. Unit ids are given by <see cref="UnitOf"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException"><paramref name="institution"/> is empty.</exception>
    public static OrganisationChart LapasClassIIA(InstitutionId institution)
    {
        Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "A template chart belongs to an institution with a non-empty id.");
        UnitId U(string key) => UnitOf(institution, key);
        var head = U(Head);
        return new OrganisationChart(institution,
        [
            new(head, "Kepala Lembaga Pemasyarakatan", UnitKind.HeadOffice),
            new(U(TataUsaha), "Subbagian Tata Usaha", UnitKind.Subdivision, head),
            new(U(Binadik), "Seksi Bimbingan Narapidana/Anak Didik", UnitKind.Section, head),
            new(U(Registrasi), "Subseksi Registrasi", UnitKind.Subsection, U(Binadik)),
            new(U(Bimkemaswat), "Subseksi Bimbingan Kemasyarakatan dan Perawatan", UnitKind.Subsection, U(Binadik)),
            new(U(Giatja), "Seksi Kegiatan Kerja", UnitKind.Section, head),
            new(U(BimbinganKerja), "Subseksi Bimbingan Kerja dan Pengelolaan Hasil Kerja", UnitKind.Subsection, U(Giatja)),
            new(U(SaranaKerja), "Subseksi Sarana Kerja", UnitKind.Subsection, U(Giatja)),
            new(U(AdministrasiKamtib), "Seksi Administrasi Keamanan dan Tata Tertib", UnitKind.Section, head),
            new(U(Keamanan), "Subseksi Keamanan", UnitKind.Subsection, U(AdministrasiKamtib)),
            new(U(PelaporanTatib), "Subseksi Pelaporan dan Tata Tertib", UnitKind.Subsection, U(AdministrasiKamtib)),
            new(U(Kplp), "Kesatuan Pengamanan Lembaga Pemasyarakatan", UnitKind.Kplp, head),
        ]);
    }
}
