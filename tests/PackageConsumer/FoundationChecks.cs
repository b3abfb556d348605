using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using NodaTime;

namespace PackageConsumer;

/// <summary>Regions, institutions and officials, used as a package user would.</summary>
internal static class FoundationChecks
{
    public static void Run(Action<bool, string> check)
    {
        var code = RegionCode.Parse("3375031004");
        check(code.ToString() == "33.75.03.1004", "a region code parses without dots and prints with dots");
        check(code.VillageKind == VillageKind.Kelurahan && code.IsCity, "Panjang Wetan is a kelurahan in a city");
        check(code.Parent == RegionCode.Parse("33.75.03"), "a village's parent is its district");
        check(!RegionCode.TryParse("33.75.3.1004", out _), "TryParse refuses a one-digit district");

        var nip = Nip.Parse("19860926 201505 1 001");
        check(nip.BirthDate == new LocalDate(1986, 9, 26) && nip.Sex == Sex.Male, "a NIP exposes its birth date and sex");
        check(!Nip.TryParse("19860230 201505 1 001", out _), "a NIP with 30 February is refused");

        var lapas = new InstitutionId("lapas");
        var chart = OrganisationTemplates.LapasClassIIA(lapas);
        check(chart.ChildrenOf(chart.Head.Id).Count == 5, "the Lapas Kelas IIA template has five units under the Kalapas");

        var institutions = new InstitutionDirectory(
            [new Institution(lapas, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA)],
            [chart]);
        var head = new PositionId("kalapas");
        var kasi = new PositionId("kasi-binadik");
        var officials = new OfficialsDirectory(
            institutions,
            [new Person(new PersonId("p-1"), "A"), new Person(new PersonId("p-2"), "B")],
            [
                new Position(head, "Kepala Lapas", PositionKind.HeadOfInstitution, lapas),
                new Position(kasi, "Kepala Seksi Binadik", PositionKind.HeadOfSection, lapas),
            ],
            [
                Appointment.From(new PersonId("p-1"), head, new LocalDate(2025, 9, 30)),
                Appointment.From(new PersonId("p-2"), kasi, new LocalDate(2024, 1, 1)),
            ]);
        var date = new LocalDate(2026, 4, 29);
        check(officials.MaySign(new PersonId("p-1"), AgreementKind.CooperationAgreement, lapas, date).IsAuthorised, "the Kalapas signs a PKS");
        check(officials.MaySign(new PersonId("p-2"), AgreementKind.CooperationAgreement, lapas, date).ReasonCode == "authority.section-head.coordinates-only", "a Kasi does not sign, as data");
    }
}
