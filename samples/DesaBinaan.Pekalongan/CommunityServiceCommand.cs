using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.CommunityService;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// A fictional Bapas Pekalongan client serving community service (UU 1/2023 Pasal 85) at the Kelurahan Panjang Wetan
/// clean-up: the order, its ledger, its status on a date and the site's report over synthetic clients.
/// <c>community-service [--as-of 2026-04-10] [--clients 200] [--lang en]</c>.
/// </summary>
internal sealed class CommunityServiceCommand : ISampleCommand
{
    private static readonly LocalDate DefaultAsOf = new(2026, 4, 10);

    public string Name => "community-service";

    public LocalizedText Description { get; } = new("pidana kerja sosial seorang klien Bapas fiktif di kerja bakti Panjang Wetan: putusan, buku jam, status, laporan lokasi", "a fictional Bapas client's community service at the Panjang Wetan clean-up: order, ledger, status, site report");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown("as-of", "clients");
        var asOf = options.Get("as-of") is { } a ? Date(a) : DefaultAsOf;
        var clients = options.Get("clients") is { } c ? Count(c) : 200;
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;
        var culture = language.Culture();

        var network = CommunityServiceWorld.Network();
        var ledger = CommunityServiceWorld.ClientLedger();
        output.WriteLine(T(
            "FIKTIF: Bapas, petugas, klien, putusan dan sesi di bawah ini rekaan; kode wilayah Kelurahan Panjang Wetan (33.75.03.1004) nyata.",
            "FICTIONAL: the Bapas, officers, client, judgment and sessions below are invented; the region code of Kelurahan Panjang Wetan (33.75.03.1004) is real."));
        output.WriteLine();
        output.WriteLine(T("== Putusan ==", "== Order =="));
        output.WriteLine(ledger.Order.Describe(language));
        output.WriteLine();

        output.WriteLine(T("== Buku jam ==", "== Ledger =="));
        foreach (var session in ledger.Sessions)
        {
            var site = network.FindSite(session.Site);
            output.WriteLine(string.Create(culture, $"{session.Date:uuuu-MM-dd}  {session.Hours,2} {T("jam", "h")}  {site?.Name ?? session.Site}  ({session.Activity}; {T("pengawas", "supervised by")} {session.Officer})"));
        }

        output.WriteLine();
        output.WriteLine(T($"== Status pada {asOf:uuuu-MM-dd} ==", $"== Status on {asOf:uuuu-MM-dd} =="));
        output.Write(ledger.StatementOn(asOf, network).Render(language));
        output.WriteLine();

        // The site's report: the client and synthetic clients of the same Bapas, evaluated together without allocation per order.
        var ledgers = CommunityServiceWorld.SyntheticLedgers(clients).Prepend(ledger).ToArray();
        var population = new CommunityServicePopulation(ledgers, network);
        var snapshots = new CommunityServiceSnapshot[population.Count];
        population.Evaluate(asOf, snapshots);
        var bySite = new CommunityServiceCounts[network.Sites.Count];
        population.CountBySite(asOf, snapshots, bySite);
        var hoursBySite = new int[network.Sites.Count];
        population.HoursBySite(asOf, hoursBySite);
        var byVillage = new int[population.Villages.Count];
        population.HoursByVillage(asOf, byVillage);
        var byBapas = new CommunityServiceCounts[population.BapasIds.Count];
        population.CountByBapas(snapshots, byBapas);

        output.WriteLine(T(
            string.Create(culture, $"== Laporan lokasi pada {asOf:uuuu-MM-dd} ({population.Count} klien, {clients} di antaranya sintetis) =="),
            string.Create(culture, $"== Site report on {asOf:uuuu-MM-dd} ({population.Count} clients, {clients} of them synthetic) ==")));
        for (var s = 0; s < network.Sites.Count; s++)
        {
            var site = network.Sites[s];
            var agreement = network.AgreementFor(site, asOf);
            output.WriteLine(site.Name);
            output.WriteLine(agreement is null
                ? T("  perjanjian penempatan: tidak ada yang berlaku", "  placement agreement: none in force")
                : T($"  perjanjian penempatan: {agreement.Number}, berlaku s.d. {agreement.Term.End:uuuu-MM-dd}", $"  placement agreement: {agreement.Number}, in force to {agreement.Term.End:uuuu-MM-dd}"));
            WriteCounts(output, bySite[s], language);
            output.WriteLine(string.Create(culture, $"  {T("jam diakui", "hours credited")}: {hoursBySite[s]:N0}"));
        }

        for (var v = 0; v < population.Villages.Count; v++)
        {
            output.WriteLine(string.Create(culture, $"{T("Jam kerja sosial untuk wilayah", "Community-service hours delivered to region")} {population.Villages[v]}: {byVillage[v]:N0}"));
        }

        for (var b = 0; b < population.BapasIds.Count; b++)
        {
            output.WriteLine(string.Create(culture, $"Bapas {population.BapasIds[b]}:"));
            WriteCounts(output, byBapas[b], language);
        }

        return 0;
    }

    private static void WriteCounts(TextWriter output, CommunityServiceCounts counts, Language language)
    {
        foreach (var status in Enum.GetValues<CommunityServiceStatus>())
        {
            output.WriteLine(string.Create(language.Culture(), $"  {status.Label().In(language)}: {counts.Of(status):N0}"));
        }
    }

    private static LocalDate Date(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--as-of: '{text}' bukan tanggal (YYYY-MM-DD)", $"--as-of: '{text}' is not a date (YYYY-MM-DD)");
    }

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100_000
            ? value
            : throw new SampleUsageException($"--clients: '{text}' bukan bilangan dari 0 sampai 100000", $"--clients: '{text}' is not a number from 0 to 100000");
}
