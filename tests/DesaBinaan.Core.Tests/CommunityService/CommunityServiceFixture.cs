using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>
/// A fictional Bapas in Kota Pekalongan placing clients at Kelurahan Panjang Wetan (docs/domain.md §4 for the codes): the
/// Bapas and the kelurahan explore a partnership, meet, agree in principle and sign a PKS covering the community-service
/// placement scope on <see cref="SigningDay"/> for one year; the Camat signs for the kelurahan under the Wali Kota's
/// authorisation (PP 28/2018).
/// </summary>
internal static class CommunityServiceFixture
{
    public static readonly LocalDate ExploredOn = new(2026, 1, 5);
    public static readonly LocalDate SigningDay = new(2026, 1, 20);
    public static readonly LocalDate AgreementLastDay = new(2027, 1, 19);

    public static readonly RegionCode PanjangWetanCode = RegionCode.Parse("33.75.03.1004");
    public static readonly InstitutionId KanwilId = new("kanwil-jateng");
    public static readonly InstitutionId BapasId = new("bapas-pekalongan");
    public static readonly InstitutionId OtherBapasId = new("bapas-other");
    public static readonly InstitutionId PemkotId = new("pemkot-pekalongan");
    public static readonly InstitutionId KecamatanId = new("kecamatan-pekalongan-utara");
    public static readonly InstitutionId KelurahanId = new("kelurahan-panjang-wetan");

    public static readonly PersonId KepalaBapas = new("p-kabapas");
    public static readonly PersonId Counsellor = new("p-pk-01");
    public static readonly PersonId Prosecutor = new("p-jaksa-01");
    public static readonly PersonId Camat = new("p-camat");
    public static readonly PersonId WaliKota = new("p-walikota");
    public static readonly PersonId Lurah = new("p-lurah");
    public static readonly PersonId Client = new("klien-0001");

    public static readonly PositionId KepalaBapasPosition = new("bapas/kepala");
    public static readonly PositionId CounsellorPosition = new("bapas/pk");
    public static readonly PositionId CamatPosition = new("kecamatan/camat");
    public static readonly PositionId WaliKotaPosition = new("pemkot/wali-kota");
    public static readonly PositionId LurahPosition = new("kelurahan/lurah");

    public static readonly InstitutionDirectory Places = new(
    [
        new(KanwilId, InstitutionKind.RegionalOffice, "Kanwil Ditjenpas Jawa Tengah", RegionCode.Parse("33")),
        new(BapasId, InstitutionKind.Bapas, "Bapas Pekalongan (fiktif)", RegionCode.Parse("33.75"), supervisor: KanwilId),
        new(OtherBapasId, InstitutionKind.Bapas, "Bapas lain (fiktif)", RegionCode.Parse("33.75"), supervisor: KanwilId),
        new(PemkotId, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75")),
        new(KecamatanId, InstitutionKind.DistrictOffice, "Kecamatan Pekalongan Utara", RegionCode.Parse("33.75.03"), supervisor: PemkotId),
        new(KelurahanId, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", PanjangWetanCode, supervisor: KecamatanId),
    ]);

    public static readonly Appointment KepalaBapasAppointment = Appointment.From(KepalaBapas, KepalaBapasPosition, new LocalDate(2025, 1, 1));
    public static readonly Appointment CamatAppointment = Appointment.From(Camat, CamatPosition, new LocalDate(2025, 1, 1));

    public static readonly OfficialsDirectory Officials = new(
        Places,
        [new Person(KepalaBapas, "Kepala Bapas"), new Person(Counsellor, "PK"), new Person(Camat, "Camat"), new Person(WaliKota, "Wali Kota"), new Person(Lurah, "Lurah")],
        [
            new Position(KepalaBapasPosition, "Kepala Bapas Pekalongan", PositionKind.HeadOfInstitution, BapasId),
            new Position(CounsellorPosition, "Pembimbing Kemasyarakatan", PositionKind.CommunityCounsellor, BapasId, isSingleHolder: false),
            new Position(CamatPosition, "Camat Pekalongan Utara", PositionKind.Camat, KecamatanId),
            new Position(WaliKotaPosition, "Wali Kota Pekalongan", PositionKind.WaliKota, PemkotId),
            new Position(LurahPosition, "Lurah Panjang Wetan", PositionKind.Lurah, KelurahanId),
        ],
        [
            KepalaBapasAppointment,
            Appointment.From(Counsellor, CounsellorPosition, new LocalDate(2025, 1, 1)),
            CamatAppointment,
            Appointment.From(WaliKota, WaliKotaPosition, new LocalDate(2025, 2, 20)),
            Appointment.From(Lurah, LurahPosition, new LocalDate(2025, 1, 1)),
        ],
        [new Delegation(WaliKota, Camat, new SigningPower(AgreementKind.CooperationAgreement, KelurahanId), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2030, 12, 31)), "Surat kuasa Wali Kota")]);

    public static readonly PlacementSite CleanUp = new(
        "panjang-wetan-clean-up",
        "Kerja bakti kebersihan Kelurahan Panjang Wetan",
        KelurahanId,
        new ActivityPlace(PanjangWetanCode, "Saluran drainase dan halaman kantor kelurahan"));

    public static readonly PlacementSite UnagreedSite = new(
        "panjang-wetan-market",
        "Pasar Panjang Wetan",
        PemkotId,
        new ActivityPlace(PanjangWetanCode, "Los pasar"));

    public static Partnership Placement(DateInterval? term = null, IEnumerable<ScopeKind>? scopes = null) =>
        Partnership.Explore(
                "bapas-pekalongan/panjang-wetan",
                ProgrammeKind.Other("kerja-sosial", new("Penempatan pidana kerja sosial", "Community-service placement")),
                Places.Get(BapasId),
                Places.Get(KelurahanId),
                "Tempat pelaksanaan pidana kerja sosial klien Bapas",
                ExploredOn,
                Places.Get(PemkotId))
            .RecordMeeting(new Meeting(
                "m1",
                MeetingKind.InitialCoordination,
                new LocalDate(2026, 1, 8),
                "Kantor Kelurahan Panjang Wetan",
                [new Attendee(KepalaBapas, KepalaBapasPosition, PartnershipSide.Correctional, AttendeeRole.Chair), new Attendee(Lurah, LurahPosition, PartnershipSide.Community, AttendeeRole.Host)],
                outcome: new MeetingOutcome(scopesAgreed: [ScopeKind.CommunityServicePlacement])))
            .AgreeInPrinciple(new LocalDate(2026, 1, 8), "m1")
            .SignAgreement(
                new Agreement(
                    "PKS/BAPAS-PKL/1/2026",
                    AgreementKind.CooperationAgreement,
                    SigningDay,
                    [BapasId, KelurahanId],
                    [new Signatory(BapasId, KepalaBapasAppointment), new Signatory(KelurahanId, CamatAppointment)],
                    term ?? new DateInterval(SigningDay, AgreementLastDay),
                    scopes ?? [ScopeKind.CommunityServicePlacement]),
                Officials);

    public static PlacementNetwork Network(Partnership? partnership = null) => new([CleanUp, UnagreedSite], [partnership ?? Placement()]);

    /// <summary>
    /// 120 hours, 4 hours a day, 3 months (90 days) from 2026-02-02 (last day 2026-05-02), replacing 3 months of prison;
    /// on failure, serve the replaced term in proportion to the hours not served.
    /// </summary>
    public static CommunityServiceOrder Order(
        int hours = 120,
        int hoursPerDay = 4,
        SentenceTerm? period = null,
        ReplacedPenalty? replaced = null,
        FailureOrder? failure = null,
        LocalDate? startsOn = null,
        string id = "PID-17/2026",
        InstitutionId? bapas = null) => new(
        id,
        Client,
        bapas ?? BapasId,
        Counsellor,
        Prosecutor,
        new LocalDate(2026, 1, 26),
        startsOn ?? new LocalDate(2026, 2, 2),
        hours,
        hoursPerDay,
        period ?? SentenceTerm.FromMonths(3),
        SentenceTerm.FromYears(2),
        replaced ?? ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)),
        failure ?? new FailureOrder(FailureOrderKind.ServeReplacedPrisonTerm, FailureExtent.ProRata));

    public static ServiceSession Session(LocalDate date, int hours = 4, string? site = null, bool commercial = false) =>
        new(date, hours, site ?? CleanUp.Id, Counsellor, "Membersihkan saluran drainase", commercial);

    /// <summary>Every Friday from 2026-02-06 for <paramref name="weeks"/> weeks, 4 hours each, at the clean-up.</summary>
    public static IEnumerable<ServiceSession> Fridays(int weeks, int hours = 4) =>
        Enumerable.Range(0, weeks).Select(w => Session(new LocalDate(2026, 2, 6).PlusWeeks(w), hours));
}
