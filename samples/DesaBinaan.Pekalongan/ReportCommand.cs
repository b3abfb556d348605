using System.Diagnostics;
using System.Globalization;
using System.Text;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Reporting;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Reporting;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// What a regional dashboard shows: a synthetic (fictional) population evaluated for the outside-activity policy on a
/// date — the funnel, the 8-week calendar and, with <c>--compare</c>, the effect of switching off the
/// minimum-security requirement. <c>report [--size 5000] [--as-of 2026-05-01] [--compare] [--out report.html] [--csv rows.csv] [--xlsx report.xlsx] [--lang en]</c>.
/// With <c>--out</c> it also writes the funnel, the calendar and the partnership table as one self-contained HTML page;
/// with <c>--csv</c> every person's eligibility row as CSV (streamed), with the time, allocation and peak working set;
/// with <c>--xlsx</c> a workbook of the rows, the funnel and the partnerships.
/// </summary>
internal sealed class ReportCommand : ISampleCommand
{
    private static readonly LocalDate DefaultAsOf = new(2026, 5, 1);

    public string Name => "report";

    public LocalizedText Description { get; } = new("menilai populasi sintetis untuk kegiatan luar: corong, kalender 8 minggu ([--size 5000] [--as-of YYYY-MM-DD] [--compare] tanpa syarat pengamanan minimum, [--out report.html] satu halaman mandiri, [--csv rows.csv] setiap baris, [--xlsx report.xlsx] buku kerja)", "evaluates a synthetic population for the outside activity: funnel, 8-week calendar ([--size 5000] [--as-of YYYY-MM-DD] [--compare] without minimum security, [--out report.html] a self-contained page, [--csv rows.csv] every row, [--xlsx report.xlsx] a workbook)");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown("size", "as-of", "compare", "out", "csv", "xlsx");
        var size = options.Get("size") is { } s ? Size(s) : 5_000;
        var asOf = options.Get("as-of") is { } a ? Date(a) : DefaultAsOf;
        var compare = options.Has("compare");
        var htmlPath = options.Get("out") is { } o ? OutPath(o, ".html", "out") : null;
        var csvPath = options.Get("csv") is { } c ? OutPath(c, ".csv", "csv") : null;
        var xlsxPath = options.Get("xlsx") is { } x ? OutPath(x, ".xlsx", "xlsx") : null;
        var culture = language.Culture();
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;

        var profiles = SyntheticPopulation.Generate(size, asOf);
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(asOf));
        if (!policy.TryGetVersion(asOf, out _))
        {
            throw new SampleUsageException($"--as-of: tidak ada versi kebijakan kegiatan luar yang berlaku pada {Iso(asOf)}", $"--as-of: no version of the outside-activity policy is in force on {Iso(asOf)}");
        }

        // Prepared once (the facts the rules read, packed side by side), then evaluated as often as the dashboard changes.
        var population = new InmatePopulation(profiles);
        var evaluator = policy.Prepare(asOf);
        var clock = Stopwatch.StartNew();
        var roster = population.Evaluate(evaluator);
        var first = clock.Elapsed;
        var elapsed = TimeSpan.MaxValue;
        for (var run = 0; run < 10; run++)
        {
            clock.Restart();
            roster = population.Evaluate(evaluator);
            elapsed = clock.Elapsed < elapsed ? clock.Elapsed : elapsed;
        }
        var funnel = Funnel.Of(roster);
        var calendar = EligibilityCalendar.Of(roster, 56);

        output.WriteLine(T("Laporan populasi SINTETIS (fiktif, seed tetap)", "SYNTHETIC population report (fictional, fixed seed)") + string.Create(culture, $": {size:N0} ") + T("profil, per ", "profiles, as of ") + Iso(asOf));
        output.WriteLine(T("Kebijakan: ", "Policy: ") + evaluator.Version.Title.In(language));
        output.WriteLine(T("Waktu evaluasi: ", "Evaluation time: ") + string.Create(culture, $"{elapsed.TotalMilliseconds:F1} ms ({(elapsed.TotalMilliseconds * 1_000_000 / size):F0} ns ") + T("per orang, terbaik dari 10; evaluasi pertama, dengan kompilasi JIT: ", "per person, best of 10; the first evaluation, with JIT compilation: ") + string.Create(culture, $"{first.TotalMilliseconds:F1} ms)"));
        output.WriteLine();

        output.WriteLine(T("Corong kelayakan", "Eligibility funnel"));
        foreach (var status in new[] { DecisionStatus.Eligible, DecisionStatus.NotYetEligible, DecisionStatus.Undetermined, DecisionStatus.Ineligible })
        {
            output.WriteLine(string.Create(culture, $"  {status.Label().In(language),-32} {funnel.Statuses.Of(status),8:N0}"));
        }

        output.WriteLine();
        output.WriteLine(T("  Per syarat: tidak terpenuhi (menunggu) / tidak diketahui / penghambat pertama / +jika dilonggarkan", "  Per criterion: not met (waiting) / unknown / first blocker / +if relaxed"));
        foreach (var line in funnel.Criteria)
        {
            if (line.NotMet + line.Unknown == 0)
            {
                continue;
            }

            output.WriteLine(string.Create(culture, $"  {line.Code,-40} {line.NotMet,7:N0} ({line.Waiting,6:N0}) {line.Unknown,7:N0} {line.FirstBlocker,7:N0} {"+" + line.GainIfRelaxed.ToString("N0", culture),8}"));
        }

        output.WriteLine();
        output.WriteLine(T("Kalender 8 minggu: yang menjadi memenuhi syarat", "8-week calendar: who becomes eligible"));
        output.WriteLine(string.Create(culture, $"  {T("sekarang", "now"),-24} {calendar.EligibleNow,8:N0}"));
        foreach (var period in calendar.Periods)
        {
            output.WriteLine(string.Create(culture, $"  {Iso(period.Days.Start)}..{Iso(period.Days.End)} {"+" + period.Count.ToString("N0", culture),8} ({T("total", "total")} {period.EligibleByEnd:N0})"));
        }

        output.WriteLine(string.Create(culture, $"  {T("sesudahnya", "later"),-24} {calendar.Later,8:N0}"));
        foreach (var assumption in calendar.Assumptions)
        {
            output.WriteLine("  * " + assumption.In(language));
        }

        if (compare)
        {
            var off = policy.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))).Prepare(asOf);
            var without = population.Evaluate(off);
            var comparison = PolicyComparison.Of(roster, without);
            output.WriteLine();
            output.WriteLine(T("Perbandingan: tanpa syarat keamanan minimum (DOMAIN §10 butir 2)", "Comparison: without the minimum-security requirement (DOMAIN §10 point 2)"));
            output.WriteLine(string.Create(culture, $"  {ChangeDirection.BecameEligible.Label().In(language),-32} {comparison.BecameEligible,8:N0}"));
            output.WriteLine(string.Create(culture, $"  {ChangeDirection.LostEligibility.Label().In(language),-32} {comparison.LostEligibility,8:N0}"));
            output.WriteLine(string.Create(culture, $"  {ChangeDirection.Other.Label().In(language),-32} {comparison.Changes.Count - comparison.BecameEligible - comparison.LostEligibility,8:N0}"));
            foreach (var cause in comparison.Changes.SelectMany(c => c.Causes).GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
            {
                output.WriteLine(string.Create(culture, $"  {T("karena", "because of")} {cause.Key}: {cause.Count():N0}"));
            }

            output.WriteLine(string.Create(culture, $"  {T("Memenuhi syarat", "Eligible")}: {comparison.Before.Eligible:N0} -> {comparison.After.Eligible:N0}"));
        }

        // The partnership of the scenario (with its illustrative continuation) on the evaluation date.
        PartnershipRow[] partnerships = htmlPath is null && xlsxPath is null ? [] : new[] { PartnershipRow.From(PartnershipStory.Build(PekalonganWorld.Build()).Full, asOf, language) };
        if (htmlPath is not null)
        {
            var heading = T("Laporan populasi SINTETIS (fiktif, seed tetap)", "SYNTHETIC population report (fictional, fixed seed)") + string.Create(culture, $": {size:N0} ") + T("profil", "profiles");
            File.WriteAllText(htmlPath, HtmlReport.Build(heading, evaluator.Version.Title.In(language), funnel, calendar, partnerships, language), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            output.WriteLine();
            output.WriteLine(T("Halaman HTML ditulis: ", "HTML page written: ") + htmlPath);
        }

        if (xlsxPath is not null)
        {
            using (var file = File.Create(xlsxPath))
            {
                WorkbookReport.Write(file, StreamedRows(roster, language), funnel, partnerships, language);
            }

            output.WriteLine();
            output.WriteLine(T("Buku kerja Excel ditulis: ", "Excel workbook written: ") + xlsxPath + " (" + string.Join(", ", WorkbookReport.SheetNames(language)) + ")");
        }

        if (csvPath is not null)
        {
            // Every person's row streamed from the roster's row data (no row object, each text rendered once): memory stays flat.
            using var process = Process.GetCurrentProcess();
            var peakBefore = process.PeakWorkingSet64;
            clock.Restart();
            var allocated = GC.GetTotalAllocatedBytes();
            int written;
            using (var file = File.Create(csvPath))
            {
                written = ReportCsv.Write(roster, file, language);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            process.Refresh();
            output.WriteLine();
            output.WriteLine(T("CSV ditulis: ", "CSV written: ") + csvPath + string.Create(culture, $" ({written:N0} ") + T("baris", "rows") + string.Create(culture, $", {seconds:F2} s, ") + T("alokasi", "allocated") + string.Create(culture, $" {allocated / 1_048_576.0:F0} MB, ") + T("puncak working set proses", "process peak working set") + string.Create(culture, $" {peakBefore / 1_048_576.0:F0} -> {process.PeakWorkingSet64 / 1_048_576.0:F0} MB)"));
        }

        return 0;
    }

    /// <summary>The rows of a roster one at a time, from its row data in chunks: only the row being written is an object.</summary>
    private static IEnumerable<EligibilityRow> StreamedRows(RosterEvaluation<InmateProfile, RightsParameters> roster, Language language)
    {
        var texts = roster.RowTexts(language);
        var chunk = new EligibilityRowData[1024];
        for (var start = 0; start < roster.Count;)
        {
            var written = roster.WriteRowData(start, chunk);
            for (var k = 0; k < written; k++)
            {
                yield return roster.ToRow(in chunk[k], texts);
            }

            start += written;
        }
    }

    private static int Size(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= 1_000_000
            ? size
            : throw new SampleUsageException($"--size: '{text}' bukan bilangan bulat dari 1 sampai 1000000", $"--size: '{text}' is not a whole number from 1 to 1000000");

    private static string OutPath(string text, string extension, string option) =>
        text.Length > extension.Length && text.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
            ? text
            : throw new SampleUsageException($"--{option}: '{text}' bukan nama berkas yang berakhiran {extension}", $"--{option}: '{text}' is not a file name ending in {extension}");

    private static LocalDate Date(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--as-of: '{text}' bukan tanggal (YYYY-MM-DD)", $"--as-of: '{text}' is not a date (YYYY-MM-DD)");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
