using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Pekalongan;

/// <summary>The default command: prints the world of the seed article and who may sign a PKS for the Lapas.</summary>
internal sealed class WorldCommand : ISampleCommand
{
    public string Name => string.Empty;

    public LocalizedText Description { get; } = new("mencetak dunia awal (wilayah, Lapas, pejabat, siapa yang boleh menandatangani PKS) dan kisah kerja sama [--as-of YYYY-MM-DD]", "prints the seed world (regions, Lapas, officials, who may sign a PKS) and the partnership story [--as-of YYYY-MM-DD]");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown(PartnershipSection.AsOfOption);
        var asOf = PartnershipSection.AsOf(options);
        var world = PekalonganWorld.Build();
        var date = PekalonganWorld.MeetingDate;
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;
        var dateText = date.ToString("d MMMM uuuu", language.Culture());

        output.WriteLine(T("== Wilayah ==", "== Regions =="));
        var path = world.Regions.PathToProvince(PekalonganWorld.PanjangWetan);
        output.WriteLine("  " + string.Join(" › ", path.Select(a => $"{a.Title(language)} ({a.Code})")));
        var kelurahan = path[^1];
        output.WriteLine($"  {T("Jenis", "Kind")}: {kelurahan.Kind.Label().In(language)} ({T("digit pertama segmen desa", "first digit of the village segment")} = {kelurahan.Code.VillageSegment / 1000})");
        WriteHolders(output, world, PekalonganWorld.LurahPosition, date, language);

        output.WriteLine();
        output.WriteLine(T("== Instansi ==", "== Institutions =="));
        var lapas = world.Institutions.Get(PekalonganWorld.Lapas);
        var supervisors = world.Institutions.SupervisorsOf(lapas.Id);
        output.WriteLine($"  {lapas.Name} — {lapas.Kind.Label().In(language)}, {lapas.Class.Label().In(language)}");
        output.WriteLine($"  {T("Di bawah", "Under")}: {string.Join(" › ", supervisors.Select(s => s.Name))}");
        output.WriteLine($"  {T("Struktur organisasi", "Organisation")}:");
        var chart = world.Institutions.ChartOf(lapas.Id)!;
        WriteUnit(output, chart, chart.Head, 2, language);

        output.WriteLine();
        output.WriteLine($"{T("== Pejabat pada", "== Officials on")} {dateText} ==");
        foreach (var position in world.Officials.PositionsOf(lapas.Id))
        {
            WriteHolders(output, world, position.Id, date, language);
        }

        output.WriteLine();
        var pks = AgreementKind.CooperationAgreement;
        output.WriteLine($"{T("== Siapa yang boleh menandatangani", "== Who may sign a")} {pks.Label().In(language)} {T("untuk", "for")} {lapas.Name} {T("pada", "on")} {dateText} ==");
        foreach (var person in new[] { PekalonganWorld.Kalapas, PekalonganWorld.BudiPurwanto })
        {
            var decision = world.Officials.MaySign(person, pks, lapas.Id, date);
            var name = world.Officials.FindPerson(person)!.Name;
            output.WriteLine($"  {name}: {decision.Outcome.Label().In(language)} [{decision.ReasonCode}]");
            output.WriteLine($"    {decision.Reason.In(language)} ({decision.Citation})");
        }

        output.WriteLine();
        output.WriteLine(T(
            "Catatan: artikel tidak menyebut Kalapas pada 2026; Teguh Suroso dipakai sebagai Kalapas sejak sekitar 30 September 2025 menurut pemberitaan publik.",
            "Note: the article does not name the Kalapas in 2026; Teguh Suroso is used as Kalapas from about 30 September 2025, per public reports."));
        PartnershipSection.Write(world, asOf, language, output);
        return 0;
    }

    private static void WriteHolders(TextWriter output, PekalonganWorld world, PositionId positionId, NodaTime.LocalDate date, Language language)
    {
        var position = world.Officials.FindPosition(positionId)!;
        var holders = world.Officials.HoldersOn(positionId, date);
        var text = holders.Count == 0
            ? (language == Language.English ? "holder unknown" : "pemegang jabatan tidak diketahui")
            : string.Join(", ", holders.Select(a => $"{world.Officials.FindPerson(a.Person)!.Name} ({a.Capacity.Label().In(language)})"));
        output.WriteLine($"  {position.Title}: {text}");
    }

    private static void WriteUnit(TextWriter output, OrganisationChart chart, OrganisationUnit unit, int depth, Language language)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{new string(' ', depth * 2)}- {unit.Name} [{unit.Kind.Label().In(language)}]"));
        foreach (var child in chart.ChildrenOf(unit.Id))
        {
            WriteUnit(output, chart, child, depth + 1, language);
        }
    }
}
