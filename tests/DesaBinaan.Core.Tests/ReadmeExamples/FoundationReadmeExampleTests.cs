using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's example for regions, institutions and officials, proven to compile and run.</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class FoundationReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        // --- README: begin ---
        var panjangWetan = RegionCode.Parse("33.75.03.1004");          // or "3375031004"
        Console.WriteLine(panjangWetan.VillageKind);                    // Kelurahan
        Console.WriteLine(panjangWetan.Parent);                         // 33.75.03

        var lapas = new InstitutionId("lapas-pekalongan");
        var institutions = new InstitutionDirectory(
            [new Institution(lapas, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA)],
            [OrganisationTemplates.LapasClassIIA(lapas)]);

        var kalapas = new PositionId("kalapas");
        var kasiBinadik = new PositionId("kasi-binadik");
        var officials = new OfficialsDirectory(
            institutions,
            people: [new Person(new PersonId("p-001"), "Teguh Suroso"), new Person(new PersonId("p-002"), "Budi Purwanto")],
            positions:
            [
                new Position(kalapas, "Kepala Lapas", PositionKind.HeadOfInstitution, lapas),
                new Position(kasiBinadik, "Kepala Seksi Binadik", PositionKind.HeadOfSection, lapas),
            ],
            appointments:
            [
                Appointment.From(new PersonId("p-001"), kalapas, new LocalDate(2025, 9, 30)),
                Appointment.From(new PersonId("p-002"), kasiBinadik, new LocalDate(2024, 1, 2)),
            ]);

        var decision = officials.MaySign(new PersonId("p-002"), AgreementKind.CooperationAgreement, lapas, new LocalDate(2026, 4, 29));
        Console.WriteLine(decision.ReasonCode);                         // authority.section-head.coordinates-only
        Console.WriteLine(decision.Reason.In(Language.English));        // Section and subsection heads lead coordination but do not sign; ...
        // --- README: end ---

        panjangWetan.VillageKind.Should().Be(VillageKind.Kelurahan);
        decision.IsAuthorised.Should().BeFalse();
        decision.ReasonCode.Should().Be("authority.section-head.coordinates-only");
        officials.MaySign(new PersonId("p-001"), AgreementKind.CooperationAgreement, lapas, new LocalDate(2026, 4, 29)).IsAuthorised.Should().BeTrue();
    }
}
