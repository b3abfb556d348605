using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Cooperation;

/// <summary>
/// The question an outside-activity policy asks for each evaluation: "is this scope covered by an agreement in force
/// on date D, and does the activity take place that day?" — for 10,000 dates, against a hand-written interval check.
/// </summary>
[MemoryDiagnoser]
public class PartnershipBenchmarks
{
    private LocalDate[] dates = [];
    private Partnership partnership = null!;
    private ActivityPlan plan = null!;
    private int termStart;
    private int termEnd;
    private int scheduleStart;
    private int scheduleEnd;
    private int exception;

    [GlobalSetup]
    public void Setup()
    {
        var lapasId = new InstitutionId("lapas");
        var kelurahanId = new InstitutionId("kelurahan");
        var pemkotId = new InstitutionId("pemkot");
        var village = RegionCode.Parse("33.75.03.1004");
        var institutions = new InstitutionDirectory(
        [
            new Institution(lapasId, InstitutionKind.Lapas, "Lapas", RegionCode.Parse("33.75"), InstitutionClass.IIA),
            new Institution(pemkotId, InstitutionKind.CityGovernment, "Pemkot", RegionCode.Parse("33.75")),
            new Institution(kelurahanId, InstitutionKind.Kelurahan, "Kelurahan", village, supervisor: pemkotId),
        ]);
        var kalapas = Appointment.From(new PersonId("p-1"), new PositionId("kalapas"), new LocalDate(2025, 1, 1));
        var waliKota = Appointment.From(new PersonId("p-2"), new PositionId("wali-kota"), new LocalDate(2025, 1, 1));
        var officials = new OfficialsDirectory(
            institutions,
            [new Person(kalapas.Person, "A"), new Person(waliKota.Person, "B")],
            [new Position(kalapas.Position, "Kalapas", PositionKind.HeadOfInstitution, lapasId), new Position(waliKota.Position, "Wali Kota", PositionKind.WaliKota, pemkotId)],
            [kalapas, waliKota]);
        var day = new LocalDate(2026, 4, 29);
        var signedOn = new LocalDate(2026, 6, 15);
        var term = new DateInterval(signedOn, new LocalDate(2028, 6, 14));
        var pks = new Agreement("PKS/1", AgreementKind.CooperationAgreement, signedOn, [lapasId, pemkotId], [new Signatory(lapasId, kalapas), new Signatory(pemkotId, waliKota)], term, [ScopeKind.EnvironmentalCleanliness, ScopeKind.SocialService]);
        plan = new ActivityPlan(
            "plan",
            "Jumat Bersih",
            ScopeKind.EnvironmentalCleanliness,
            new ActivityPlace(village, "Saluran"),
            WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 6, 19), new LocalDate(2027, 12, 31)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta", [new LocalDate(2026, 7, 3)]),
            new ParticipantQuota(30),
            new EscortRatio(10, 30),
            "outside-activity");
        partnership = Partnership.Explore("p", ProgrammeKind.DesaBinaan, institutions.Get(lapasId), institutions.Get(kelurahanId), "x", day, institutions.Get(pemkotId))
            .RecordMeeting(new Meeting("m1", MeetingKind.InitialCoordination, day, "Kelurahan", [new Attendee(kalapas.Person, kalapas.Position, PartnershipSide.Correctional, AttendeeRole.Chair)], outcome: new MeetingOutcome(scopesAgreed: [ScopeKind.EnvironmentalCleanliness])))
            .SignAgreement(pks, officials)
            .Activate(new LocalDate(2026, 6, 19), "SK")
            .AddActivityPlan(plan);

        termStart = term.Start.ToDateOnly().DayNumber;
        termEnd = term.End.ToDateOnly().DayNumber;
        scheduleStart = plan.Schedule.Period.Start.ToDateOnly().DayNumber;
        scheduleEnd = plan.Schedule.Period.End.ToDateOnly().DayNumber;
        exception = new LocalDate(2026, 7, 3).ToDateOnly().DayNumber;
        var random = new Random(20260429);
        dates = new LocalDate[10_000];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 4 * 365));
        }
    }

    /// <summary>The practical limit: the term and schedule precomputed as day numbers, Friday by arithmetic.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var count = 0;
        foreach (var date in dates)
        {
            var d = date.ToDateOnly().DayNumber;
            if (d >= termStart && d <= termEnd && d >= scheduleStart && d <= scheduleEnd && d != exception && date.DayOfWeek == IsoDayOfWeek.Friday)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The library: <see cref="Partnership.CoversScopeOn"/> and <see cref="ActivityPlan.IsScheduledOn"/>.</summary>
    [Benchmark]
    public int Library()
    {
        var count = 0;
        var scope = ScopeKind.EnvironmentalCleanliness;
        foreach (var date in dates)
        {
            if (plan.IsScheduledOn(date) && partnership.CoversScopeOn(scope, date))
            {
                count++;
            }
        }

        return count;
    }
}
