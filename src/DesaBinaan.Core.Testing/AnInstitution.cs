using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Institutions of the Pekalongan scenario (the domain reference, §1 and §3) for tests: Lapas Kelas IIA Pekalongan
/// under Kanwil Ditjenpas Jawa Tengah, the city government of Kota Pekalongan, Kecamatan Pekalongan Utara and
/// Kelurahan Panjang Wetan, with the ids used throughout the testing kit.
/// </summary>
public static class AnInstitution
{
    /// <summary>The id of Lapas Kelas IIA Pekalongan.</summary>
    public static readonly InstitutionId LapasPekalonganId = new("lapas-iia-pekalongan");

    /// <summary>The id of Kanwil Ditjenpas Jawa Tengah.</summary>
    public static readonly InstitutionId KanwilJawaTengahId = new("kanwil-ditjenpas-jateng");

    /// <summary>The id of the city government of Kota Pekalongan.</summary>
    public static readonly InstitutionId KotaPekalonganId = new("pemkot-pekalongan");

    /// <summary>The id of Kecamatan Pekalongan Utara.</summary>
    public static readonly InstitutionId KecamatanPekalonganUtaraId = new("kecamatan-pekalongan-utara");

    /// <summary>The id of Kelurahan Panjang Wetan.</summary>
    public static readonly InstitutionId KelurahanPanjangWetanId = new("kelurahan-panjang-wetan");

    /// <summary>Returns Lapas Kelas IIA Pekalongan (class IIA, medium security, in Kota Pekalongan <c>33.75</c>, under the Kanwil).</summary>
    /// <returns>The institution.</returns>
    public static Institution LapasPekalongan() =>
        new(LapasPekalonganId, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA, KanwilJawaTengahId, SecurityLevel.Medium);

    /// <summary>Returns Kanwil Ditjenpas Jawa Tengah (in Provinsi Jawa Tengah <c>33</c>).</summary>
    /// <returns>The institution.</returns>
    public static Institution KanwilJawaTengah() =>
        new(KanwilJawaTengahId, InstitutionKind.RegionalOffice, "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah", RegionCode.Parse("33"));

    /// <summary>Returns the city government of Kota Pekalongan (<c>33.75</c>).</summary>
    /// <returns>The institution.</returns>
    public static Institution KotaPekalongan() =>
        new(KotaPekalonganId, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75"));

    /// <summary>Returns Kecamatan Pekalongan Utara (<c>33.75.03</c>), under the city government.</summary>
    /// <returns>The institution.</returns>
    public static Institution KecamatanPekalonganUtara() =>
        new(KecamatanPekalonganUtaraId, InstitutionKind.DistrictOffice, "Kecamatan Pekalongan Utara", RegionCode.Parse("33.75.03"), supervisor: KotaPekalonganId);

    /// <summary>Returns Kelurahan Panjang Wetan (<c>33.75.03.1004</c>), under the kecamatan.</summary>
    /// <returns>The institution.</returns>
    public static Institution KelurahanPanjangWetan() =>
        new(KelurahanPanjangWetanId, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", RegionCode.Parse("33.75.03.1004"), supervisor: KecamatanPekalonganUtaraId);

    /// <summary>Returns a Lapas of another class or place, for tests that need a second institution.</summary>
    /// <param name="id">The id; must not be null or white space.</param>
    /// <param name="name">The name; must not be null or white space.</param>
    /// <param name="region">The region code where it sits, such as <c>"33.02"</c>; must not be null.</param>
    /// <param name="class">The class.</param>
    /// <returns>The institution, supervised by Kanwil Ditjenpas Jawa Tengah.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is white space.</exception>
    /// <exception cref="FormatException"><paramref name="region"/> is not a region code.</exception>
    public static Institution Lapas(string id, string name, string region, InstitutionClass @class = InstitutionClass.IIB) =>
        new(new InstitutionId(id), InstitutionKind.Lapas, name, RegionCode.Parse(region), @class, KanwilJawaTengahId);

    /// <summary>Returns the directory of the scenario's institutions, with the organisation chart of a Lapas Kelas IIA for the Lapas.</summary>
    /// <returns>The directory.</returns>
    public static InstitutionDirectory Directory() =>
        new(
            [KanwilJawaTengah(), LapasPekalongan(), KotaPekalongan(), KecamatanPekalonganUtara(), KelurahanPanjangWetan()],
            [OrganisationTemplates.LapasClassIIA(LapasPekalonganId)]);
}
