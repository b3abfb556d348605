using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// The partnership of the seed article as data: the exploration between Lapas Kelas IIA Pekalongan and Kelurahan
/// Panjang Wetan and the initial coordination meeting of 29 April 2026 (from the article), then an illustrative
/// continuation that is <b>not</b> in the article: a follow-up meeting, a PKS signed by the Kalapas and a city
/// official authorised by the Wali Kota, and a weekly clean-up activity plan.
/// </summary>
internal sealed class PartnershipStory
{
    public const string PartnershipId = "lapas-iia-pekalongan/kelurahan-panjang-wetan";
    public const string FirstMeetingId = "rapat-2026-04-29";
    public const string FollowUpMeetingId = "rapat-2026-05-20";
    public const string SigningMeetingId = "rapat-2026-06-15";
    public const string OtherFormsTopic = "topik-bentuk-kerja-sama-lain";
    public const string DraftPksItem = "tindak-lanjut-draf-pks";
    public const string PksNumber = "PKS/ILUSTRASI/001/VI/2026";
    public const string RefusedPksNumber = "PKS/ILUSTRASI/000/VI/2026";

    // Persons and positions the article implies but does not name; the continuation's persons are illustrative.
    public static readonly PersonId Lurah = new("p-005");
    public static readonly PersonId Camat = new("p-006");
    public static readonly PersonId WaliKota = new("p-007");

    public static readonly LocalDate FollowUpDate = new(2026, 5, 20);
    public static readonly LocalDate RefusedDate = new(2026, 6, 10);
    public static readonly LocalDate SigningDate = new(2026, 6, 15);
    public static readonly LocalDate ActivationDate = new(2026, 6, 19);

    private PartnershipStory(PekalonganWorld world, OfficialsDirectory officials, Partnership onMeetingDay, Partnership full, Agreement refused, ValueList<PartnershipViolation> refusal, ActivityPlan plan)
    {
        World = world;
        Officials = officials;
        OnMeetingDay = onMeetingDay;
        Full = full;
        RefusedAgreement = refused;
        Refusal = refusal;
        Plan = plan;
    }

    public PekalonganWorld World { get; }

    /// <summary>The world's officials plus the persons of the story (the Lurah, and the illustrative Camat, Wali Kota and a Plh Kalapas).</summary>
    public OfficialsDirectory Officials { get; }

    /// <summary>The partnership as the article leaves it on 29 April 2026.</summary>
    public Partnership OnMeetingDay { get; }

    /// <summary>The partnership after the illustrative continuation.</summary>
    public Partnership Full { get; }

    public Agreement RefusedAgreement { get; }

    public ValueList<PartnershipViolation> Refusal { get; }

    public ActivityPlan Plan { get; }

    public static PartnershipStory Build(PekalonganWorld world)
    {
        var institutions = world.Institutions;
        var lapas = institutions.Get(PekalonganWorld.Lapas);
        var kelurahan = institutions.Get(PekalonganWorld.Kelurahan);
        var pemkot = institutions.Get(PekalonganWorld.Pemkot);
        var day = PekalonganWorld.MeetingDate;

        // Illustrative: the Kasi Binadik stands in as Plh Kalapas for a week in June 2026, with no delegation.
        var plhKalapas = new Appointment(PekalonganWorld.BudiPurwanto, PekalonganWorld.KalapasPosition, new DateInterval(new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 12)), AppointmentCapacity.Plh);
        var camatAppointment = Appointment.From(Camat, PekalonganWorld.CamatPosition, new LocalDate(2026, 1, 1));
        var officials = new OfficialsDirectory(
            institutions,
            world.Officials.People.AddRange([new Person(Lurah, "Lurah Panjang Wetan"), new Person(Camat, "Camat Pekalongan Utara"), new Person(WaliKota, "Wali Kota Pekalongan")]),
            world.Officials.Positions,
            world.Officials.Appointments.AddRange([
                Appointment.From(Lurah, PekalonganWorld.LurahPosition, new LocalDate(2026, 1, 1)),
                camatAppointment,
                Appointment.From(WaliKota, PekalonganWorld.WaliKotaPosition, new LocalDate(2025, 2, 20)),
                plhKalapas,
            ]),
            [new Delegation(WaliKota, Camat, new SigningPower(AgreementKind.CooperationAgreement, PekalonganWorld.Kelurahan), new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30)), "Surat kuasa Wali Kota (ilustrasi)")]);

        // From the article.
        var partnership = Partnership.Explore(
            PartnershipId,
            ProgrammeKind.DesaBinaan,
            lapas,
            kelurahan,
            "Meningkatkan peran pembinaan narapidana melalui keterlibatan langsung dengan masyarakat: kontribusi warga binaan kepada masyarakat dan persiapan reintegrasi sosial.",
            day,
            signingGovernment: pemkot,
            basis: "peninjauan program Desa Binaan");
        var first = new Meeting(
            FirstMeetingId,
            MeetingKind.InitialCoordination,
            day,
            "Kelurahan Panjang Wetan, Kecamatan Pekalongan Utara",
            [
                new Attendee(PekalonganWorld.BudiPurwanto, PekalonganWorld.KasiBinadikPosition, PartnershipSide.Correctional, AttendeeRole.Chair),
                new Attendee(PekalonganWorld.Mugiarto, PekalonganWorld.KasubsiBimkemaswatPosition, PartnershipSide.Correctional, AttendeeRole.Accompanying),
                new Attendee(PekalonganWorld.RajinWirajaya, PekalonganWorld.KasubsiRegistrasiPosition, PartnershipSide.Correctional, AttendeeRole.Accompanying),
                new Attendee(Lurah, PekalonganWorld.LurahPosition, PartnershipSide.Community, AttendeeRole.Host),
            ],
            ["Rencana kerja sama Desa Binaan untuk meningkatkan peran pembinaan narapidana melalui keterlibatan langsung dengan masyarakat"],
            new MeetingOutcome(
                scopesAgreed: [ScopeKind.EnvironmentalCleanliness],
                topicsDeferred: [new DeferredTopic(OtherFormsTopic, "Bentuk kerja sama lainnya (dibahas pada pertemuan berikutnya)")]));
        partnership = partnership.RecordMeeting(first);
        var onMeetingDay = partnership;

        // Illustrative continuation.
        var followUp = new Meeting(
            FollowUpMeetingId,
            MeetingKind.FollowUp,
            FollowUpDate,
            "Aula Lapas Kelas IIA Pekalongan",
            [
                new Attendee(PekalonganWorld.BudiPurwanto, PekalonganWorld.KasiBinadikPosition, PartnershipSide.Correctional, AttendeeRole.Chair),
                new Attendee(PekalonganWorld.Mugiarto, PekalonganWorld.KasubsiBimkemaswatPosition, PartnershipSide.Correctional, AttendeeRole.Accompanying),
                new Attendee(Lurah, PekalonganWorld.LurahPosition, PartnershipSide.Community, AttendeeRole.Participant),
            ],
            ["Bentuk kerja sama lainnya", "Rancangan PKS"],
            new MeetingOutcome(
                scopesAgreed: [ScopeKind.PublicPlacesAndIrrigation],
                actionItems: [new ActionItem(DraftPksItem, "Menyusun rancangan PKS", PekalonganWorld.BudiPurwanto, new LocalDate(2026, 6, 5))],
                topicsSettled: [OtherFormsTopic]),
            startTime: new LocalTime(9, 0),
            zone: DateTimeZoneProviders.Tzdb["Asia/Jakarta"]);
        partnership = partnership.RecordMeeting(followUp).AgreeInPrinciple(FollowUpDate, FollowUpMeetingId);

        var scopes = new[] { ScopeKind.EnvironmentalCleanliness, ScopeKind.PublicPlacesAndIrrigation };
        var term = new DateInterval(SigningDate, SigningDate.PlusYears(2).PlusDays(-1));
        var obligations = new[]
        {
            new Obligation(PekalonganWorld.Lapas, "Menyiapkan warga binaan yang memenuhi syarat beserta petugas pengawal"),
            new Obligation(PekalonganWorld.Kelurahan, "Menyediakan lokasi, peralatan kebersihan dan pendamping dari kelurahan"),
        };

        // The refused step: the Plh Kalapas, without a delegation, tries to sign.
        var refused = new Agreement(
            RefusedPksNumber,
            AgreementKind.CooperationAgreement,
            RefusedDate,
            [PekalonganWorld.Lapas, PekalonganWorld.Kelurahan],
            [new Signatory(PekalonganWorld.Lapas, plhKalapas), new Signatory(PekalonganWorld.Kelurahan, camatAppointment)],
            new DateInterval(RefusedDate, RefusedDate.PlusYears(2).PlusDays(-1)),
            scopes,
            obligations);
        var refusal = partnership.CheckSignAgreement(refused, officials);

        var pks = new Agreement(
            PksNumber,
            AgreementKind.CooperationAgreement,
            SigningDate,
            [PekalonganWorld.Lapas, PekalonganWorld.Kelurahan],
            [
                new Signatory(PekalonganWorld.Lapas, officials.AppointmentsOf(PekalonganWorld.Kalapas, SigningDate)[0]),
                new Signatory(PekalonganWorld.Kelurahan, camatAppointment),
            ],
            term,
            scopes,
            obligations,
            funding: "Masing-masing pihak menanggung biayanya sendiri (DIPA Lapas, APBD Kota Pekalongan)",
            evaluationEvery: Period.FromMonths(6),
            terminationTerms: "Dapat diakhiri atas kesepakatan para pihak dengan pemberitahuan tertulis 30 hari sebelumnya");
        var signing = new Meeting(
            SigningMeetingId,
            MeetingKind.Signing,
            SigningDate,
            "Kantor Kelurahan Panjang Wetan",
            [
                new Attendee(PekalonganWorld.Kalapas, PekalonganWorld.KalapasPosition, PartnershipSide.Correctional, AttendeeRole.Chair),
                new Attendee(Camat, PekalonganWorld.CamatPosition, PartnershipSide.Government, AttendeeRole.Participant),
                new Attendee(Lurah, PekalonganWorld.LurahPosition, PartnershipSide.Community, AttendeeRole.Host),
            ],
            ["Penandatanganan PKS"],
            new MeetingOutcome(actionItemsCompleted: [DraftPksItem]));
        partnership = partnership.RecordMeeting(signing).SignAgreement(pks, officials).Activate(ActivationDate, "Surat perintah Kalapas (ilustrasi)");

        var plan = new ActivityPlan(
            "jumat-bersih-panjang-wetan",
            "Jumat Bersih Panjang Wetan",
            ScopeKind.EnvironmentalCleanliness,
            new ActivityPlace(PekalonganWorld.PanjangWetan, "Saluran drainase dan jalan lingkungan Kelurahan Panjang Wetan"),
            WeeklySchedule.Every(new DateInterval(ActivationDate, new LocalDate(2026, 12, 18)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta", [new LocalDate(2026, 7, 3)]),
            new ParticipantQuota(30, 5),
            new EscortRatio(10, 30),
            "outside-activity");
        partnership = partnership.AddActivityPlan(plan);
        return new PartnershipStory(world, officials, onMeetingDay, partnership, refused, refusal, plan);
    }
}
