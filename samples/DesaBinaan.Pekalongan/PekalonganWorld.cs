using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using NodaTime;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// The world of the seed article (29 April 2026): the regions from Provinsi Jawa Tengah down to Kelurahan Panjang
/// Wetan, Lapas Kelas IIA Pekalongan under Kanwil Ditjenpas Jawa Tengah with its organisation, the city government,
/// and the officials named in the article. Later commands build on it.
/// </summary>
/// <remarks>
/// The names are those of public news reports. The article does not name the Lurah of Panjang Wetan (the position
/// has no known holder) nor the Kalapas in 2026: public reports name Teguh Suroso as head from about 30 September
/// 2025, so he is used here as the definitive Kalapas, open-ended, with that caveat.
/// </remarks>
internal sealed class PekalonganWorld
{
    /// <summary>The date of the first coordination meeting.</summary>
    public static readonly LocalDate MeetingDate = new(2026, 4, 29);

    public static readonly RegionCode JawaTengah = RegionCode.Parse("33");
    public static readonly RegionCode KotaPekalongan = RegionCode.Parse("33.75");
    public static readonly RegionCode PekalonganUtara = RegionCode.Parse("33.75.03");
    public static readonly RegionCode PanjangWetan = RegionCode.Parse("33.75.03.1004");

    public static readonly InstitutionId Ditjenpas = new("ditjenpas");
    public static readonly InstitutionId Kanwil = new("kanwil-ditjenpas-jateng");
    public static readonly InstitutionId Lapas = new("lapas-iia-pekalongan");
    public static readonly InstitutionId Pemkot = new("pemkot-pekalongan");
    public static readonly InstitutionId Kecamatan = new("kecamatan-pekalongan-utara");
    public static readonly InstitutionId Kelurahan = new("kelurahan-panjang-wetan");

    public static readonly PersonId Kalapas = new("p-001");
    public static readonly PersonId BudiPurwanto = new("p-002");
    public static readonly PersonId Mugiarto = new("p-003");
    public static readonly PersonId RajinWirajaya = new("p-004");

    public static readonly PositionId KalapasPosition = new("lapas-iia-pekalongan/kalapas");
    public static readonly PositionId KasiBinadikPosition = new("lapas-iia-pekalongan/kasi-binadik");
    public static readonly PositionId KasubsiBimkemaswatPosition = new("lapas-iia-pekalongan/kasubsi-bimkemaswat");
    public static readonly PositionId KasubsiRegistrasiPosition = new("lapas-iia-pekalongan/kasubsi-registrasi");
    public static readonly PositionId LurahPosition = new("kelurahan-panjang-wetan/lurah");
    public static readonly PositionId WaliKotaPosition = new("pemkot-pekalongan/wali-kota");
    public static readonly PositionId CamatPosition = new("kecamatan-pekalongan-utara/camat");

    private PekalonganWorld(RegionDirectory regions, InstitutionDirectory institutions, OfficialsDirectory officials)
    {
        Regions = regions;
        Institutions = institutions;
        Officials = officials;
    }

    public RegionDirectory Regions { get; }

    public InstitutionDirectory Institutions { get; }

    public OfficialsDirectory Officials { get; }

    /// <summary>Builds the world.</summary>
    public static PekalonganWorld Build()
    {
        var regions = new RegionDirectory(
        [
            new(JawaTengah, "Jawa Tengah"),
            new(KotaPekalongan, "Kota Pekalongan"),
            new(RegionCode.Parse("33.75.01"), "Pekalongan Barat"),
            new(RegionCode.Parse("33.75.02"), "Pekalongan Timur"),
            new(PekalonganUtara, "Pekalongan Utara"),
            new(RegionCode.Parse("33.75.04"), "Pekalongan Selatan"),
            new(RegionCode.Parse("33.75.03.1002"), "Krapyak"),
            new(RegionCode.Parse("33.75.03.1003"), "Kandang Panjang"),
            new(PanjangWetan, "Panjang Wetan"),
            new(RegionCode.Parse("33.75.03.1006"), "Padukuhan Kraton"),
            new(RegionCode.Parse("33.75.03.1007"), "Degayu"),
            new(RegionCode.Parse("33.75.03.1009"), "Bandengan"),
            new(RegionCode.Parse("33.75.03.1010"), "Panjang Baru"),
            new(RegionCode.Parse("33.26"), "Kabupaten Pekalongan"),
            new(RegionCode.Parse("33.26.01"), "Kandangserang"),
            new(RegionCode.Parse("33.26.01.2001"), "Klesem"),
        ]);

        var institutions = new InstitutionDirectory(
            [
                new(Ditjenpas, InstitutionKind.DirectorateGeneral, "Direktorat Jenderal Pemasyarakatan", RegionCode.Parse("31")),
                new(Kanwil, InstitutionKind.RegionalOffice, "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah", JawaTengah, supervisor: Ditjenpas),
                new(Lapas, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", KotaPekalongan, InstitutionClass.IIA, Kanwil),
                new(Pemkot, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", KotaPekalongan),
                new(Kecamatan, InstitutionKind.DistrictOffice, "Kecamatan Pekalongan Utara", PekalonganUtara, supervisor: Pemkot),
                new(Kelurahan, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", PanjangWetan, supervisor: Kecamatan),
            ],
            [OrganisationTemplates.LapasClassIIA(Lapas)]);

        UnitId Unit(string key) => OrganisationTemplates.UnitOf(Lapas, key);
        var officials = new OfficialsDirectory(
            institutions,
            [
                new(Kalapas, "Teguh Suroso"),
                new(BudiPurwanto, "Budi Purwanto"),
                new(Mugiarto, "Mugiarto"),
                new(RajinWirajaya, "Rajin Wirajaya"),
            ],
            [
                new(KalapasPosition, "Kepala Lembaga Pemasyarakatan Kelas IIA Pekalongan", PositionKind.HeadOfInstitution, Lapas, Unit(OrganisationTemplates.Head)),
                new(KasiBinadikPosition, "Kepala Seksi Bimbingan Narapidana/Anak Didik", PositionKind.HeadOfSection, Lapas, Unit(OrganisationTemplates.Binadik)),
                new(KasubsiBimkemaswatPosition, "Kepala Subseksi Bimbingan Kemasyarakatan dan Perawatan", PositionKind.HeadOfSubsection, Lapas, Unit(OrganisationTemplates.Bimkemaswat)),
                new(KasubsiRegistrasiPosition, "Kepala Subseksi Registrasi", PositionKind.HeadOfSubsection, Lapas, Unit(OrganisationTemplates.Registrasi)),
                new(LurahPosition, "Lurah Panjang Wetan", PositionKind.Lurah, Kelurahan),
                new(CamatPosition, "Camat Pekalongan Utara", PositionKind.Camat, Kecamatan),
                new(WaliKotaPosition, "Wali Kota Pekalongan", PositionKind.WaliKota, Pemkot),
            ],
            [
                Appointment.From(Kalapas, KalapasPosition, new LocalDate(2025, 9, 30)),
                Appointment.From(BudiPurwanto, KasiBinadikPosition, MeetingDate),
                Appointment.From(Mugiarto, KasubsiBimkemaswatPosition, MeetingDate),
                Appointment.From(RajinWirajaya, KasubsiRegistrasiPosition, MeetingDate),
            ]);

        return new PekalonganWorld(regions, institutions, officials);
    }
}
