using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Tests.Cooperation;

/// <summary>
/// The seed world (DOMAIN.md §1, §3–§5): Lapas Kelas IIA Pekalongan under Kanwil Jawa Tengah, Kelurahan Panjang Wetan
/// under Kecamatan Pekalongan Utara and the city; Desa Klesem in Kabupaten Pekalongan; their officials.
/// </summary>
internal static class CooperationFixture
{
    public static readonly LocalDate MeetingDay = new(2026, 4, 29);
    public static readonly LocalDate SigningDay = new(2026, 6, 15);
    public static readonly LocalDate ActivationDay = new(2026, 6, 19);

    public static readonly RegionCode PanjangWetanCode = RegionCode.Parse("33.75.03.1004");
    public static readonly RegionCode KlesemCode = RegionCode.Parse("33.26.01.2001");

    public static readonly InstitutionId KanwilId = new("kanwil-jateng");
    public static readonly InstitutionId LapasId = new("lapas-pekalongan");
    public static readonly InstitutionId PemkotId = new("pemkot-pekalongan");
    public static readonly InstitutionId KecamatanId = new("kecamatan-pekalongan-utara");
    public static readonly InstitutionId KelurahanId = new("kelurahan-panjang-wetan");
    public static readonly InstitutionId PemkabId = new("pemkab-pekalongan");
    public static readonly InstitutionId DesaId = new("desa-klesem");
    public static readonly InstitutionId OtherLapasId = new("lapas-other");

    public static readonly PersonId Kalapas = new("p-kalapas");
    public static readonly PersonId KasiBinadik = new("p-kasi");
    public static readonly PersonId Kasubsi = new("p-kasubsi");
    public static readonly PersonId Lurah = new("p-lurah");
    public static readonly PersonId Camat = new("p-camat");
    public static readonly PersonId WaliKota = new("p-walikota");
    public static readonly PersonId Kakanwil = new("p-kakanwil");
    public static readonly PersonId KepalaDesa = new("p-kades");
    public static readonly PersonId Stranger = new("p-unknown");

    public static readonly PositionId KalapasPosition = new("lapas/kalapas");
    public static readonly PositionId KasiPosition = new("lapas/kasi-binadik");
    public static readonly PositionId KasubsiPosition = new("lapas/kasubsi-bimkemaswat");
    public static readonly PositionId LurahPosition = new("kelurahan/lurah");
    public static readonly PositionId CamatPosition = new("kecamatan/camat");
    public static readonly PositionId WaliKotaPosition = new("pemkot/wali-kota");
    public static readonly PositionId KakanwilPosition = new("kanwil/kakanwil");
    public static readonly PositionId KepalaDesaPosition = new("desa/kepala-desa");

    public static readonly InstitutionDirectory Places = new(
    [
        new(KanwilId, InstitutionKind.RegionalOffice, "Kanwil Ditjenpas Jawa Tengah", RegionCode.Parse("33")),
        new(LapasId, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA, KanwilId),
        new(OtherLapasId, InstitutionKind.Lapas, "Lapas lain", RegionCode.Parse("33.75"), InstitutionClass.IIB, KanwilId),
        new(PemkotId, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75")),
        new(KecamatanId, InstitutionKind.DistrictOffice, "Kecamatan Pekalongan Utara", RegionCode.Parse("33.75.03"), supervisor: PemkotId),
        new(KelurahanId, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", PanjangWetanCode, supervisor: KecamatanId),
        new(PemkabId, InstitutionKind.RegencyGovernment, "Pemerintah Kabupaten Pekalongan", RegionCode.Parse("33.26")),
        new(DesaId, InstitutionKind.Desa, "Desa Klesem", KlesemCode),
    ]);

    public static Institution Lapas => Places.Get(LapasId);

    public static Institution Kelurahan => Places.Get(KelurahanId);

    public static Institution Pemkot => Places.Get(PemkotId);

    public static Institution Desa => Places.Get(DesaId);

    public static readonly Appointment KalapasAppointment = new(Kalapas, KalapasPosition, new DateInterval(new LocalDate(2025, 9, 30), new LocalDate(2030, 12, 31)));
    public static readonly Appointment KasiAppointment = new(KasiBinadik, KasiPosition, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2030, 12, 31)));
    public static readonly Appointment PlhKalapasAppointment = new(KasiBinadik, KalapasPosition, new DateInterval(new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 12)), AppointmentCapacity.Plh);
    public static readonly Appointment CamatAppointment = new(Camat, CamatPosition, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2030, 12, 31)));
    public static readonly Appointment WaliKotaAppointment = new(WaliKota, WaliKotaPosition, new DateInterval(new LocalDate(2025, 2, 20), new LocalDate(2030, 2, 19)));
    public static readonly Appointment KakanwilAppointment = new(Kakanwil, KakanwilPosition, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2030, 12, 31)));
    public static readonly Appointment KepalaDesaAppointment = new(KepalaDesa, KepalaDesaPosition, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2030, 12, 31)));
    public static readonly Appointment StrangerAppointment = new(Stranger, KalapasPosition, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2030, 12, 31)));

    /// <summary>The officials; the Wali Kota authorises the Camat to sign PKS for the kelurahan (PP 28/2018).</summary>
    public static readonly OfficialsDirectory Signers = BuildOfficials(delegateToPlh: false);

    /// <summary>The same officials, and the Kalapas delegates signing PKS to the Plh (DOMAIN.md §5).</summary>
    public static readonly OfficialsDirectory SignersWithPlhDelegation = BuildOfficials(delegateToPlh: true);

    public static Signatory KalapasSigns => new(LapasId, KalapasAppointment);

    public static Signatory CamatSigns => new(KelurahanId, CamatAppointment);

    public static Meeting FirstMeeting(MeetingOutcome? outcome = null, string id = "m1", LocalDate? date = null) => new(
        id,
        MeetingKind.InitialCoordination,
        date ?? MeetingDay,
        "Kelurahan Panjang Wetan",
        [
            new Attendee(KasiBinadik, KasiPosition, PartnershipSide.Correctional, AttendeeRole.Chair),
            new Attendee(Kasubsi, KasubsiPosition, PartnershipSide.Correctional, AttendeeRole.Accompanying),
            new Attendee(Lurah, LurahPosition, PartnershipSide.Community, AttendeeRole.Host),
        ],
        ["Rencana kerja sama Desa Binaan"],
        outcome ?? new MeetingOutcome(
            scopesAgreed: [ScopeKind.EnvironmentalCleanliness],
            topicsDeferred: [new DeferredTopic("t-other", "Bentuk kerja sama lainnya"), new DeferredTopic("t-fish", "Perikanan", ScopeKind.Fisheries)],
            actionItems: [new ActionItem("a-draft", "Menyusun rancangan PKS", KasiBinadik, new LocalDate(2026, 5, 15))]));

    public static Meeting FollowUp(LocalDate date, MeetingOutcome outcome, string id = "m2") => new(
        id,
        MeetingKind.FollowUp,
        date,
        "Aula Lapas",
        [new Attendee(KasiBinadik, KasiPosition, PartnershipSide.Correctional, AttendeeRole.Chair), new Attendee(Lurah, LurahPosition, PartnershipSide.Community, AttendeeRole.Participant)],
        outcome: outcome);

    public static Partnership Explored(Institution? community = null, Institution? government = null) => Partnership.Explore(
        "lapas-pekalongan/panjang-wetan",
        ProgrammeKind.DesaBinaan,
        Lapas,
        community ?? Kelurahan,
        "Kontribusi warga binaan kepada masyarakat dan persiapan reintegrasi sosial",
        MeetingDay,
        government ?? (community is null ? Pemkot : null));

    public static Partnership Coordinated() => Explored().RecordMeeting(FirstMeeting());

    public static Partnership AgreedInPrinciple() => Coordinated().AgreeInPrinciple(MeetingDay, "m1");

    public static Agreement Pks(
        string number = "PKS/1",
        LocalDate? signedOn = null,
        DateInterval? term = null,
        IEnumerable<ScopeKind>? scopes = null,
        IEnumerable<Signatory>? signatories = null,
        IEnumerable<InstitutionId>? parties = null,
        string? implementsMemorandum = null)
    {
        var date = signedOn ?? SigningDay;
        var partyList = parties?.ToList() ?? [LapasId, KelurahanId];
        return new Agreement(
            number,
            AgreementKind.CooperationAgreement,
            date,
            partyList,
            signatories ?? [KalapasSigns, CamatSigns],
            term ?? new DateInterval(date, date.PlusYears(2).PlusDays(-1)),
            scopes ?? [ScopeKind.EnvironmentalCleanliness],
            partyList.Contains(LapasId) ? [new Obligation(LapasId, "Menyiapkan warga binaan dan petugas pengawal")] : [],
            "Masing-masing pihak menanggung biayanya sendiri",
            Period.FromMonths(6),
            "Diakhiri atas kesepakatan para pihak",
            implementsMemorandum);
    }

    public static Agreement Mou(string number = "MOU/1", LocalDate? signedOn = null, DateInterval? term = null, IEnumerable<ScopeKind>? scopes = null)
    {
        var date = signedOn ?? new LocalDate(2026, 6, 1);
        return new Agreement(
            number,
            AgreementKind.MemorandumOfUnderstanding,
            date,
            [KanwilId, PemkotId],
            [new Signatory(KanwilId, KakanwilAppointment), new Signatory(PemkotId, WaliKotaAppointment)],
            term ?? new DateInterval(date, date.PlusYears(3).PlusDays(-1)),
            scopes ?? [ScopeKind.EnvironmentalCleanliness, ScopeKind.PublicPlacesAndIrrigation]);
    }

    public static Partnership Signed() => AgreedInPrinciple().SignAgreement(Pks(), Signers);

    public static Partnership Active() => Signed().Activate(ActivationDay, "SK Kalapas");

    public static ActivityPlan CleanUp(RegionCode? village = null, ScopeKind? scope = null, LocalDate? start = null, string id = "plan-1") => new(
        id,
        "Jumat Bersih",
        scope ?? ScopeKind.EnvironmentalCleanliness,
        new ActivityPlace(village ?? PanjangWetanCode, "Saluran drainase"),
        WeeklySchedule.Every(new DateInterval(start ?? ActivationDay, new LocalDate(2026, 12, 18)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta"),
        new ParticipantQuota(30),
        new EscortRatio(10, 30),
        "outside-activity");

    private static OfficialsDirectory BuildOfficials(bool delegateToPlh)
    {
        List<Delegation> delegations =
        [
            new(WaliKota, Camat, new SigningPower(AgreementKind.CooperationAgreement, KelurahanId), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2030, 12, 31)), "Surat kuasa Wali Kota"),
        ];
        if (delegateToPlh)
        {
            delegations.Add(new(Kalapas, KasiBinadik, new SigningPower(AgreementKind.CooperationAgreement, LapasId), new DateInterval(new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 12)), "Surat pelimpahan wewenang Kalapas"));
        }

        return new OfficialsDirectory(
            Places,
            [
                new Person(Kalapas, "Teguh Suroso"),
                new Person(KasiBinadik, "Budi Purwanto"),
                new Person(Kasubsi, "Mugiarto"),
                new Person(Lurah, "Lurah"),
                new Person(Camat, "Camat"),
                new Person(WaliKota, "Wali Kota"),
                new Person(Kakanwil, "Kakanwil"),
                new Person(KepalaDesa, "Kepala Desa"),
            ],
            [
                new Position(KalapasPosition, "Kalapas", PositionKind.HeadOfInstitution, LapasId),
                new Position(KasiPosition, "Kasi Binadik", PositionKind.HeadOfSection, LapasId),
                new Position(KasubsiPosition, "Kasubsi Bimkemaswat", PositionKind.HeadOfSubsection, LapasId),
                new Position(LurahPosition, "Lurah Panjang Wetan", PositionKind.Lurah, KelurahanId),
                new Position(CamatPosition, "Camat Pekalongan Utara", PositionKind.Camat, KecamatanId),
                new Position(WaliKotaPosition, "Wali Kota Pekalongan", PositionKind.WaliKota, PemkotId),
                new Position(KakanwilPosition, "Kakanwil", PositionKind.HeadOfRegionalOffice, KanwilId),
                new Position(KepalaDesaPosition, "Kepala Desa Klesem", PositionKind.KepalaDesa, DesaId),
            ],
            [KalapasAppointment, KasiAppointment, PlhKalapasAppointment, CamatAppointment, WaliKotaAppointment, KakanwilAppointment, KepalaDesaAppointment],
            delegations);
    }
}
