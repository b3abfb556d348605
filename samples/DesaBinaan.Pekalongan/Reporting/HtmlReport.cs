using System.Globalization;
using System.Net;
using System.Text;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan.Reporting;

/// <summary>
/// The report as one self-contained HTML page: inline CSS, inline SVG charts, no script and nothing loaded from
/// elsewhere, so the file can be mailed or opened offline. It shows the funnel as bars (with the per-criterion
/// table), the eligibility calendar as a column chart (with its table and assumptions) and the partnership table,
/// in one language. The markup is well-formed XML (every element closed, every text encoded), so any XML parser
/// reads it.
/// </summary>
internal static class HtmlReport
{
    /// <summary>The statuses in the order the funnel shows them, with their bar colours.</summary>
    private static readonly (DecisionStatus Status, string Colour)[] Statuses =
    [
        (DecisionStatus.Eligible, "#2e7d32"),
        (DecisionStatus.NotYetEligible, "#1565c0"),
        (DecisionStatus.Undetermined, "#f9a825"),
        (DecisionStatus.Ineligible, "#c62828"),
    ];

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #212121; line-height: 1.4; }
        h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #bdbdbd; }
        .note { color: #616161; font-size: 0.9rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-top: 0.75rem; }
        th, td { border: 1px solid #e0e0e0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        svg text { font-size: 12px; fill: #212121; }
        """;

    /// <summary>Returns the page.</summary>
    /// <param name="heading">What the population is (for example the synthetic population and its size), in <paramref name="language"/>.</param>
    /// <param name="policyTitle">The title of the policy version evaluated, in <paramref name="language"/>.</param>
    /// <param name="funnel">The funnel of the evaluation.</param>
    /// <param name="calendar">The calendar of the same evaluation.</param>
    /// <param name="partnerships">The partnership rows, in <paramref name="language"/>.</param>
    /// <param name="language">The language of the page.</param>
    /// <returns>The HTML text.</returns>
    public static string Build(string heading, string policyTitle, Funnel funnel, EligibilityCalendar calendar, IReadOnlyList<PartnershipRow> partnerships, Language language)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(policyTitle);
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(partnerships);
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;

        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == Language.English ? "en" : "id").Append("\">\n<head>\n");
        html.Append("<meta charset=\"utf-8\" />\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>").Append(Encode(T("Laporan kelayakan", "Eligibility report") + " " + Iso(calendar.AsOf))).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(heading)).Append("</h1>\n");
        html.Append("<p class=\"note\">").Append(Encode(T("Kebijakan: ", "Policy: ") + policyTitle + " (" + funnel.VersionId + "). " + T("Tanggal evaluasi: ", "Evaluation date: ") + Iso(calendar.AsOf) + "."))
            .Append("</p>\n");

        AppendFunnel(html, funnel, language, T);
        AppendCalendar(html, calendar, T, language);
        AppendPartnerships(html, partnerships, language, T);

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFunnel(StringBuilder html, Funnel funnel, Language language, Func<string, string, string> T)
    {
        html.Append("<section id=\"funnel\">\n<h2>").Append(Encode(T("Corong kelayakan", "Eligibility funnel"))).Append("</h2>\n");
        html.Append("<p>").Append(Encode(T("Jumlah subjek: ", "Subjects: ") + Number(funnel.Total) + "; " + T("kebijakan tidak berlaku bagi ", "the policy does not apply to ") + Number(funnel.NotApplicable) + " " + T("(dihitung tidak memenuhi syarat)", "(counted as ineligible)") + "."))
            .Append("</p>\n");

        const int labelWidth = 230;
        const int barWidth = 360;
        const int rowHeight = 30;
        var height = (Statuses.Length * rowHeight) + 10;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 {labelWidth + barWidth + 90} {height}\">\n");
        html.Append("<title>").Append(Encode(T("Jumlah subjek per status", "Subjects by status"))).Append("</title>\n");
        for (var i = 0; i < Statuses.Length; i++)
        {
            var (status, colour) = Statuses[i];
            var count = funnel.Statuses.Of(status);
            var width = funnel.Total == 0 ? 0 : barWidth * (double)count / funnel.Total;
            var y = 5 + (i * rowHeight);
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\" data-status=\"{status}\" data-count=\"{count}\">");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">").Append(Encode(status.Label().In(language))).Append("</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{width:F1}\" height=\"{rowHeight - 8}\" fill=\"{colour}\" />");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6:F1}\" y=\"{y + 16}\">").Append(Number(count)).Append("</text>");
            html.Append("</g>\n");
        }

        html.Append("</svg>\n");

        html.Append("<table>\n<thead><tr>")
            .Append(Header(T("Syarat", "Criterion")))
            .Append(Header(T("Kode", "Code")))
            .Append(NumberHeader(T("Tidak terpenuhi", "Not met")))
            .Append(NumberHeader(T("Menunggu", "Waiting")))
            .Append(NumberHeader(T("Tidak diketahui", "Unknown")))
            .Append(NumberHeader(T("Penghambat pertama", "First blocker")))
            .Append(NumberHeader(T("+Jika dilonggarkan", "+If relaxed")))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var line in funnel.Criteria)
        {
            html.Append("<tr data-criterion=\"").Append(Encode(line.Code)).Append("\">")
                .Append(Cell(line.Descriptor.Title.In(language)))
                .Append(Cell(line.Code))
                .Append(NumberCell(line.NotMet))
                .Append(NumberCell(line.Waiting))
                .Append(NumberCell(line.Unknown))
                .Append(NumberCell(line.FirstBlocker))
                .Append(NumberCell(line.GainIfRelaxed))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendCalendar(StringBuilder html, EligibilityCalendar calendar, Func<string, string, string> T, Language language)
    {
        html.Append("<section id=\"calendar\">\n<h2>").Append(Encode(T("Kalender kelayakan", "Eligibility calendar"))).Append("</h2>\n");
        html.Append("<p>").Append(Encode(T("Memenuhi syarat sekarang: ", "Eligible now: ") + Number(calendar.EligibleNow) + "; " + T("memenuhi syarat sesudah periode terakhir: ", "eligible after the last period: ") + Number(calendar.Later) + "."))
            .Append("</p>\n");

        const int chartHeight = 180;
        const int column = 64;
        var periods = calendar.Periods;
        var highest = 1;
        foreach (var period in periods)
        {
            highest = Math.Max(highest, period.Count);
        }

        var width = Math.Max(1, periods.Count) * column;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 {width} {chartHeight + 50}\">\n");
        html.Append("<title>").Append(Encode(T("Yang menjadi memenuhi syarat per ", "Who becomes eligible in each ") + calendar.Unit.Label().In(language).ToLowerInvariant())).Append("</title>\n");
        for (var p = 0; p < periods.Count; p++)
        {
            var period = periods[p];
            var barHeight = chartHeight * (double)period.Count / highest;
            var x = p * column;
            var top = 20 + chartHeight - barHeight;
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"column\" data-start=\"{Iso(period.Days.Start)}\" data-end=\"{Iso(period.Days.End)}\" data-count=\"{period.Count}\" data-eligible-by-end=\"{period.EligibleByEnd}\">");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 8}\" y=\"{top:F1}\" width=\"{column - 16}\" height=\"{barHeight:F1}\" fill=\"#1565c0\" />");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{top - 4:F1}\">+").Append(Number(period.Count)).Append("</text>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{chartHeight + 38}\">").Append(period.Days.Start.ToString("MM-dd", CultureInfo.InvariantCulture)).Append("</text>");
            html.Append("</g>\n");
        }

        html.Append("</svg>\n");

        html.Append("<table>\n<thead><tr>")
            .Append(Header(T("Periode", "Period")))
            .Append(NumberHeader(T("Menjadi memenuhi syarat", "Become eligible")))
            .Append(NumberHeader(T("Memenuhi syarat pada akhir periode", "Eligible by the end")))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var period in periods)
        {
            html.Append("<tr>")
                .Append(Cell(Iso(period.Days.Start) + ".." + Iso(period.Days.End)))
                .Append(NumberCell(period.Count))
                .Append(NumberCell(period.EligibleByEnd))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<ul class=\"note\">\n");
        foreach (var assumption in calendar.Assumptions)
        {
            html.Append("<li>").Append(Encode(assumption.In(language))).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendPartnerships(StringBuilder html, IReadOnlyList<PartnershipRow> rows, Language language, Func<string, string, string> T)
    {
        html.Append("<section id=\"partnerships\">\n<h2>").Append(Encode(T("Kemitraan", "Partnerships"))).Append("</h2>\n");
        html.Append("<table>\n<thead><tr>")
            .Append(Header(T("Kemitraan", "Partnership")))
            .Append(Header(T("Tanggal", "Date")))
            .Append(Header(T("Para pihak", "Partners")))
            .Append(Header(T("Tahap", "Stage")))
            .Append(Header(T("Perjanjian berlaku", "Agreement in force")))
            .Append(Header(T("Jenis", "Kind")))
            .Append(Header(T("Berakhir", "Term ends")))
            .Append(NumberHeader(T("Sisa hari", "Days left")))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr data-partnership=\"").Append(Encode(row.PartnershipId)).Append("\">")
                .Append(Cell(row.PartnershipId))
                .Append(Cell(Iso(row.Date)))
                .Append(Cell(row.Partners))
                .Append(Cell(row.StageLabel ?? "-"))
                .Append(Cell(row.AgreementNumber ?? "-"))
                .Append(Cell(row.AgreementKind is { } kind ? kind.Label().In(language) : "-"))
                .Append(Cell(row.AgreementTermEnd is { } end ? Iso(end) : "-"))
                .Append(row.DaysToExpiry is { } days ? NumberCell(days) : Cell("-"))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Header(string text) => "<th>" + Encode(text) + "</th>";

    private static string NumberHeader(string text) => "<th class=\"n\">" + Encode(text) + "</th>";

    private static string Cell(string text) => "<td>" + Encode(text) + "</td>";

    private static string NumberCell(int value) => "<td class=\"n\">" + Number(value) + "</td>";
}
