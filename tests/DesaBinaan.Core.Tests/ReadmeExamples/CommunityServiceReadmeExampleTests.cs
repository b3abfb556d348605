using DesaBinaan.Core.Common;
using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's community-service example, proven to run and to print what its comments say.</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class CommunityServiceReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        // --- README: begin ---
        // A (fictional) Bapas and Kelurahan Panjang Wetan: a PKS covering community-service placement, signed 20 January 2026.
        var bapas = new Institution(new("bapas-pekalongan"), InstitutionKind.Bapas, "Bapas Pekalongan (fiktif)", RegionCode.Parse("33.75"));
        var pemkot = new Institution(new("pemkot-pekalongan"), InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75"));
        var kelurahan = new Institution(new("panjang-wetan"), InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", RegionCode.Parse("33.75.03.1004"), supervisor: pemkot.Id);
        var kepalaBapas = Appointment.From(new("p-001"), new("kepala-bapas"), new LocalDate(2025, 1, 1));
        var waliKota = Appointment.From(new("p-002"), new("wali-kota"), new LocalDate(2025, 2, 20));
        var officials = new OfficialsDirectory(
            new InstitutionDirectory([bapas, pemkot, kelurahan]),
            [new Person(new("p-001"), "Kepala Bapas"), new Person(new("p-002"), "Wali Kota")],
            [new Position(new("kepala-bapas"), "Kepala Bapas", PositionKind.HeadOfInstitution, bapas.Id), new Position(new("wali-kota"), "Wali Kota", PositionKind.WaliKota, pemkot.Id)],
            [kepalaBapas, waliKota]);
        var signed = new LocalDate(2026, 1, 20);
        var partnership = Partnership.Explore("bapas/panjang-wetan", ProgrammeKind.Other("kerja-sosial", new("Pidana kerja sosial", "Community service")), bapas, kelurahan, "Tempat pidana kerja sosial", new(2026, 1, 5), pemkot)
            .RecordMeeting(new Meeting(
                "rapat-1", MeetingKind.InitialCoordination, new(2026, 1, 8), "Kelurahan Panjang Wetan",
                [new Attendee(new("p-001"), new("kepala-bapas"), PartnershipSide.Correctional, AttendeeRole.Chair)],
                outcome: new MeetingOutcome(scopesAgreed: [ScopeKind.CommunityServicePlacement])))
            .SignAgreement(new Agreement(
                "PKS/KS/1", AgreementKind.CooperationAgreement, signed, [bapas.Id, pemkot.Id],
                [new Signatory(bapas.Id, kepalaBapas), new Signatory(pemkot.Id, waliKota)],
                new DateInterval(signed, new(2027, 1, 19)), [ScopeKind.CommunityServicePlacement]), officials);
        var cleanUp = new PlacementSite("kerja-bakti", "Kerja bakti Panjang Wetan", kelurahan.Id, new ActivityPlace(kelurahan.Region, "Saluran drainase"));
        var network = new PlacementNetwork([cleanUp], [partnership]);

        // The judgment: 120 hours, 4 a day, within 3 months from 2 February 2026, replacing 3 months of prison.
        // 300 hours, 10 hours a day or a 9-month period would be refused, naming UU 1/2023 Pasal 85 ayat (4) or (5).
        var order = new CommunityServiceOrder(
            "PID-17/2026", new("klien-0017"), bapas.Id, counsellor: new("p-pk-07"), prosecutor: new("p-jaksa-03"),
            judgmentDate: new(2026, 1, 26), startsOn: new(2026, 2, 2), hours: 120, hoursPerDay: 4,
            completionPeriod: SentenceTerm.FromMonths(3), offenceMaximum: SentenceTerm.FromYears(2),
            replaced: ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)),
            failureOrder: new FailureOrder(FailureOrderKind.ServeReplacedPrisonTerm, FailureExtent.ProRata));

        // Twelve Fridays of 4 hours at the clean-up, one of them 6 hours (more than the judgment's 4 a day).
        var ledger = new HoursLedger(order, Enumerable.Range(0, 12).Select(w => new ServiceSession(
            new LocalDate(2026, 2, 6).PlusWeeks(w), w == 3 ? 6 : 4, cleanUp.Id, new("p-pk-07"), "Membersihkan saluran drainase")));
        var april = ledger.StatementOn(new(2026, 4, 10), network);
        Console.WriteLine($"{april.Status} {april.HoursServed}/{order.Hours}");  // AtRisk 40/120
        Console.WriteLine(april.Violations[0].Code);                        // community-service.over-judgment-hours-a-day
        var may = ledger.StatementOn(new(2026, 5, 3), network);
        Console.WriteLine($"{may.Status} {may.Failure!.PrisonDays}");       // Failed 54 (90 days × 72 of 120 hours not served)
        Console.Write(may.Render(Language.English));                        // every fact with its ayat, the pro-rata rule by name
        // --- README: end ---

        $"{april.Status} {april.HoursServed}/{order.Hours}".Should().Be("AtRisk 40/120");
        april.Violations[0].Code.Should().Be("community-service.over-judgment-hours-a-day");
        $"{may.Status} {may.Failure!.PrisonDays}".Should().Be("Failed 54");
        may.Render(Language.English).Should().Contain("Pasal 85 ayat (7)").And.Contain("pro-rata-unserved-hours-down");
    }
}
