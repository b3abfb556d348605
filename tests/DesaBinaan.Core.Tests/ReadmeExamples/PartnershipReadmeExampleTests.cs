using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's example for partnerships, scopes and activity plans, proven to compile and run.</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class PartnershipReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        // --- README: begin ---
        var lapas = new Institution(new("lapas-pekalongan"), InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA);
        var pemkot = new Institution(new("pemkot-pekalongan"), InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75"));
        var kelurahan = new Institution(new("panjang-wetan"), InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", RegionCode.Parse("33.75.03.1004"), supervisor: pemkot.Id);
        var kalapas = Appointment.From(new("p-001"), new("kalapas"), new LocalDate(2025, 9, 30));
        var plhKalapas = new Appointment(new("p-002"), new("kalapas"), new DateInterval(new(2026, 6, 8), new(2026, 6, 12)), AppointmentCapacity.Plh);
        var waliKota = Appointment.From(new("p-003"), new("wali-kota"), new LocalDate(2025, 2, 20));
        var officials = new OfficialsDirectory(
            new InstitutionDirectory([lapas, pemkot, kelurahan]),
            [new Person(new("p-001"), "Teguh Suroso"), new Person(new("p-002"), "Budi Purwanto"), new Person(new("p-003"), "Wali Kota")],
            [new Position(new("kalapas"), "Kalapas", PositionKind.HeadOfInstitution, lapas.Id), new Position(new("wali-kota"), "Wali Kota", PositionKind.WaliKota, pemkot.Id)],
            [kalapas, plhKalapas, waliKota]);

        // 29 April 2026: exploration, then the initial coordination meeting chaired by the Kasi Binadik.
        var day = new LocalDate(2026, 4, 29);
        var partnership = Partnership.Explore("lapas/panjang-wetan", ProgrammeKind.DesaBinaan, lapas, kelurahan, "Reintegrasi sosial warga binaan", day, pemkot)
            .RecordMeeting(new Meeting(
                "rapat-1", MeetingKind.InitialCoordination, day, "Kelurahan Panjang Wetan",
                [new Attendee(new("p-002"), new("kasi-binadik"), PartnershipSide.Correctional, AttendeeRole.Chair)],
                outcome: new MeetingOutcome(
                    scopesAgreed: [ScopeKind.EnvironmentalCleanliness],
                    topicsDeferred: [new DeferredTopic("lainnya", "Bentuk kerja sama lainnya")])));
        Console.WriteLine(partnership.StageOn(day));                                                   // Coordination
        Console.WriteLine(partnership.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, day));           // AgreedInPrinciple
        Console.WriteLine(partnership.OpenItemsOn(day).UnsettledTopics[0].Subject);                     // Bentuk kerja sama lainnya

        // A PKS: an acting Kalapas (Plh) without a delegation is refused; the Kalapas may sign.
        Agreement Pks(LocalDate signedOn, Appointment signer) => new(
            "PKS/1", AgreementKind.CooperationAgreement, signedOn, [lapas.Id, pemkot.Id],
            [new Signatory(lapas.Id, signer), new Signatory(pemkot.Id, waliKota)],
            new DateInterval(signedOn, signedOn.PlusYears(2).PlusDays(-1)), [ScopeKind.EnvironmentalCleanliness]);
        var refused = partnership.CheckSignAgreement(Pks(new(2026, 6, 10), plhKalapas), officials);
        Console.WriteLine(refused[0].Code);                                                             // agreement.signatory.not-authorised
        partnership = partnership.SignAgreement(Pks(new(2026, 6, 15), kalapas), officials).Activate(new(2026, 6, 19), "SK Kalapas");
        Console.WriteLine(partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new(2026, 7, 1))); // True

        // A weekly clean-up: every Friday 07:00-10:00 WIB, 30 inmates at most, 10 officers per 30 inmates.
        var plan = new ActivityPlan(
            "jumat-bersih", "Jumat Bersih", ScopeKind.EnvironmentalCleanliness,
            new ActivityPlace(kelurahan.Region, "Saluran drainase"),
            WeeklySchedule.Every(new DateInterval(new(2026, 6, 19), new(2026, 12, 18)), IsoDayOfWeek.Friday, new(7, 0), new(10, 0), "Asia/Jakarta", exceptions: [new(2026, 7, 3)]),
            new ParticipantQuota(30), new EscortRatio(officers: 10, inmates: 30), participationPolicyId: "outside-activity");
        partnership = partnership.AddActivityPlan(plan);
        Console.WriteLine(plan.NextOccurrences(new(2026, 6, 27), 1)[0].Date);                          // 2026-07-10
        Console.WriteLine(plan.CheckStaffing(participants: 30, officers: 8).Code);                      // activity.escort.insufficient
        // --- README: end ---

        partnership.StageOn(day).Should().Be(PartnershipStage.Coordination);
        refused.Should().ContainSingle().Which.Detail.English.Should().Contain("authority.acting.needs-delegation");
        partnership.CurrentStage.Should().Be(PartnershipStage.Active);
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2026, 7, 1)).Should().BeTrue();
        plan.NextOccurrences(new LocalDate(2026, 6, 27), 1)[0].Date.Should().Be(new LocalDate(2026, 7, 10));
        plan.CheckStaffing(participants: 30, officers: 8).Code.Should().Be("activity.escort.insufficient");
        partnership.ActivityPlans.Should().ContainSingle();
    }
}
