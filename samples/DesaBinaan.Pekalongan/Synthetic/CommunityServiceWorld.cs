using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Pekalongan.Synthetic;

/// <summary>
/// A fictional community-service world (UU 1/2023 Pasal 85): a Bapas in Kota Pekalongan places its clients at the
/// clean-up of Kelurahan Panjang Wetan under a PKS covering the community-service placement scope. The Bapas, its
/// officers, the client, the judgment and every session are invented (ids only, no names); the region codes are real.
/// </summary>
/// <remarks>
/// This file lives in the sample and is linked (compiled in) by the benchmark project, so that the sample's
/// <c>community-service</c> command and the benchmark use the same world and the same synthetic orders.
/// </remarks>
internal static class CommunityServiceWorld
{
    /// <summary>The fixed seed of the synthetic orders.</summary>
    public const int DefaultSeed = 20_260_202;

    public static readonly LocalDate SigningDay = new(2026, 1, 20);
    public static readonly RegionCode PanjangWetan = RegionCode.Parse("33.75.03.1004");
    public static readonly InstitutionId Kanwil = new("kanwil-ditjenpas-jateng");
    public static readonly InstitutionId Bapas = new("bapas-pekalongan-fiktif");
    public static readonly InstitutionId Pemkot = new("pemkot-pekalongan");
    public static readonly InstitutionId Kecamatan = new("kecamatan-pekalongan-utara");
    public static readonly InstitutionId Kelurahan = new("kelurahan-panjang-wetan");

    public static readonly PersonId KepalaBapas = new("p-kabapas");
    public static readonly PersonId Counsellor = new("p-pk-07");
    public static readonly PersonId Prosecutor = new("p-jaksa-03");
    public static readonly PersonId Camat = new("p-camat");
    public static readonly PersonId WaliKota = new("p-walikota");
    public static readonly PersonId Lurah = new("p-lurah");
    public static readonly PersonId SiteOfficer = new("p-staf-kelurahan-02");

    /// <summary>The clean-up of Kelurahan Panjang Wetan, hosted by the kelurahan.</summary>
    public static readonly PlacementSite CleanUp = new(
        "panjang-wetan-kerja-bakti",
        "Kerja bakti kebersihan Kelurahan Panjang Wetan",
        Kelurahan,
        new ActivityPlace(PanjangWetan, "Saluran drainase dan halaman kantor kelurahan"));

    /// <summary>The city market, which has no placement agreement with the Bapas.</summary>
    public static readonly PlacementSite Market = new(
        "pasar-panjang-wetan",
        "Pasar Panjang Wetan",
        Pemkot,
        new ActivityPlace(PanjangWetan, "Los pasar"));

    /// <summary>Builds the network: the two sites and the Bapas's partnership with the kelurahan, its PKS signed on <see cref="SigningDay"/> for one year.</summary>
    public static PlacementNetwork Network()
    {
        var institutions = new InstitutionDirectory(
        [
            new(Kanwil, InstitutionKind.RegionalOffice, "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah", RegionCode.Parse("33")),
            new(Bapas, InstitutionKind.Bapas, "Bapas Pekalongan (fiktif)", RegionCode.Parse("33.75"), supervisor: Kanwil),
            new(Pemkot, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75")),
            new(Kecamatan, InstitutionKind.DistrictOffice, "Kecamatan Pekalongan Utara", RegionCode.Parse("33.75.03"), supervisor: Pemkot),
            new(Kelurahan, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", PanjangWetan, supervisor: Kecamatan),
        ]);
        var kepalaBapasPosition = new PositionId("bapas/kepala");
        var lurahPosition = new PositionId("kelurahan/lurah");
        var kepalaBapas = Appointment.From(KepalaBapas, kepalaBapasPosition, new LocalDate(2025, 1, 1));
        var camat = Appointment.From(Camat, new PositionId("kecamatan/camat"), new LocalDate(2025, 1, 1));
        var officials = new OfficialsDirectory(
            institutions,
            [new(KepalaBapas, "Kepala Bapas (fiktif)"), new(Counsellor, "PK (fiktif)"), new(Camat, "Camat (fiktif)"), new(WaliKota, "Wali Kota (fiktif)"), new(Lurah, "Lurah (fiktif)")],
            [
                new(kepalaBapasPosition, "Kepala Bapas Pekalongan", PositionKind.HeadOfInstitution, Bapas),
                new(new PositionId("bapas/pk"), "Pembimbing Kemasyarakatan", PositionKind.CommunityCounsellor, Bapas, isSingleHolder: false),
                new(new PositionId("kecamatan/camat"), "Camat Pekalongan Utara", PositionKind.Camat, Kecamatan),
                new(new PositionId("pemkot/wali-kota"), "Wali Kota Pekalongan", PositionKind.WaliKota, Pemkot),
                new(lurahPosition, "Lurah Panjang Wetan", PositionKind.Lurah, Kelurahan),
            ],
            [
                kepalaBapas,
                Appointment.From(Counsellor, new PositionId("bapas/pk"), new LocalDate(2025, 1, 1)),
                camat,
                Appointment.From(WaliKota, new PositionId("pemkot/wali-kota"), new LocalDate(2025, 2, 20)),
                Appointment.From(Lurah, lurahPosition, new LocalDate(2025, 1, 1)),
            ],
            [new Delegation(WaliKota, Camat, new SigningPower(AgreementKind.CooperationAgreement, Kelurahan), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2030, 12, 31)), "Surat kuasa Wali Kota (fiktif)")]);

        var partnership = Partnership.Explore(
                "bapas-pekalongan/panjang-wetan",
                ProgrammeKind.Other("kerja-sosial", new("Penempatan pidana kerja sosial", "Community-service placement")),
                institutions.Get(Bapas),
                institutions.Get(Kelurahan),
                "Tempat pelaksanaan pidana kerja sosial klien Bapas",
                new LocalDate(2026, 1, 5),
                institutions.Get(Pemkot))
            .RecordMeeting(new Meeting(
                "m1",
                MeetingKind.InitialCoordination,
                new LocalDate(2026, 1, 8),
                "Kantor Kelurahan Panjang Wetan",
                [new Attendee(KepalaBapas, kepalaBapasPosition, PartnershipSide.Correctional, AttendeeRole.Chair), new Attendee(Lurah, lurahPosition, PartnershipSide.Community, AttendeeRole.Host)],
                outcome: new MeetingOutcome(scopesAgreed: [ScopeKind.CommunityServicePlacement])))
            .AgreeInPrinciple(new LocalDate(2026, 1, 8), "m1")
            .SignAgreement(
                new Agreement(
                    "PKS/BAPAS-PKL/01/2026 (fiktif)",
                    AgreementKind.CooperationAgreement,
                    SigningDay,
                    [Bapas, Kelurahan],
                    [new Signatory(Bapas, kepalaBapas), new Signatory(Kelurahan, camat)],
                    new DateInterval(SigningDay, new LocalDate(2027, 1, 19)),
                    [ScopeKind.CommunityServicePlacement]),
                officials);

        return new PlacementNetwork([CleanUp, Market], [partnership]);
    }

    /// <summary>
    /// The client's order (fictional): 120 hours, 4 hours a day, 3 months from 2026-02-02, replacing 3 months of prison;
    /// on failure, the replaced term in proportion to the hours not served.
    /// </summary>
    public static CommunityServiceOrder Order(string id = "PID-KS/17/2026/PN-PKL (fiktif)", int hours = 120, int hoursPerDay = 4, int months = 3, LocalDate? startsOn = null, string client = "klien-bapas-0017") => new(
        id,
        new PersonId(client),
        Bapas,
        Counsellor,
        Prosecutor,
        new LocalDate(2026, 1, 26),
        startsOn ?? new LocalDate(2026, 2, 2),
        hours,
        hoursPerDay,
        SentenceTerm.FromMonths(months),
        SentenceTerm.FromYears(2),
        ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)),
        new FailureOrder(FailureOrderKind.ServeReplacedPrisonTerm, FailureExtent.ProRata));

    /// <summary>The client's ledger: Friday and Tuesday clean-ups of 4 hours, one 6-hour day, and one afternoon at the market.</summary>
    public static HoursLedger ClientLedger()
    {
        var sessions = new List<ServiceSession>();
        for (var week = 0; week < 13; week++)
        {
            var friday = new LocalDate(2026, 2, 6).PlusWeeks(week);
            sessions.Add(new ServiceSession(friday, 4, CleanUp.Id, SiteOfficer, "Membersihkan saluran drainase"));
            if (week % 2 == 0)
            {
                sessions.Add(new ServiceSession(friday.PlusDays(-3), week == 4 ? 6 : 4, CleanUp.Id, Counsellor, "Menyapu dan memilah sampah halaman kelurahan"));
            }
        }

        sessions.Add(new ServiceSession(new LocalDate(2026, 3, 14), 3, Market.Id, SiteOfficer, "Membantu pedagang membongkar barang", isCommercial: true));
        return new HoursLedger(Order(), sessions);
    }

    /// <summary>Deterministic synthetic ledgers (fictional ids): varied hours, daily hours and periods, weekly sessions at the clean-up, a few at the market.</summary>
    public static HoursLedger[] SyntheticLedgers(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var ledgers = new HoursLedger[count];
        for (var i = 0; i < count; i++)
        {
            var hoursPerDay = random.Next(2, 9);
            var months = random.Next(1, 7);
            var hours = Math.Clamp(random.Next(8, 241), 8, hoursPerDay * months * 30);
            var start = new LocalDate(2026, 2, 2).PlusDays(random.Next(0, 90));
            var order = Order("ks-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), hours, hoursPerDay, months, start, "klien-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var sessions = new List<ServiceSession>();
            var day = start.PlusDays(random.Next(0, 7));
            var weekly = random.Next(1, 4);
            for (var served = 0; served < hours && day <= order.LastDay.PlusDays(7);)
            {
                var h = random.Next(1, hoursPerDay + 2);
                var market = random.Next(0, 25) == 0;
                sessions.Add(new ServiceSession(day, h, market ? Market.Id : CleanUp.Id, Counsellor, "Kerja bakti", isCommercial: market));
                served += h;
                day = day.PlusDays(random.Next(1, 8 / weekly + 2));
                if (random.Next(0, 12) == 0)
                {
                    break;
                }
            }

            ledgers[i] = new HoursLedger(order, sessions);
        }

        return ledgers;
    }
}
