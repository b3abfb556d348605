using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Reporting;
using MiniExcel = MiniExcelLibs.MiniExcel;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan.Reporting;

/// <summary>
/// The report as an Excel workbook (MiniExcel): one sheet of eligibility rows (one per person, built as they are
/// written), one of the funnel by status and one of the partnership rows, with the column names and sheet names in
/// one language. The eligibility columns are those of the CSV export (<see cref="ReportCsv.EligibilityHeader"/>).
/// </summary>
internal static class WorkbookReport
{
    /// <summary>Returns the sheet names, in order: eligibility rows, funnel, partnerships.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The three names.</returns>
    public static string[] SheetNames(Language language) =>
        language == Language.English ? ["Eligibility", "Funnel", "Partnerships"] : ["Kelayakan", "Corong", "Kemitraan"];

    /// <summary>Writes the workbook to a stream.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="rows">The eligibility rows in <paramref name="language"/>; enumerated once, as the sheet is written.</param>
    /// <param name="funnel">The funnel of the same evaluation.</param>
    /// <param name="partnerships">The partnership rows in <paramref name="language"/>.</param>
    /// <param name="language">The language of the sheet and column names.</param>
    public static void Write(Stream stream, IEnumerable<EligibilityRow> rows, Funnel funnel, IReadOnlyList<PartnershipRow> partnerships, Language language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(partnerships);
        var names = SheetNames(language);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [names[0]] = EligibilitySheet(rows, language),
            [names[1]] = FunnelSheet(funnel, language),
            [names[2]] = PartnershipSheet(partnerships, language),
        };
        MiniExcel.SaveAs(stream, sheets);
    }

    private static IEnumerable<Dictionary<string, object?>> EligibilitySheet(IEnumerable<EligibilityRow> rows, Language language)
    {
        var h = ReportCsv.EligibilityHeader(language);
        foreach (var row in rows)
        {
            yield return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [h[0]] = row.SubjectId,
                [h[1]] = row.PolicyId,
                [h[2]] = row.VersionId,
                [h[3]] = Iso(row.Date),
                [h[4]] = row.Status.ToString(),
                [h[5]] = row.StatusLabel,
                [h[6]] = row.EligibleFrom is { } from ? Iso(from) : null,
                [h[7]] = row.FirstBlockerCode,
                [h[8]] = row.FirstBlockerLabel,
                [h[9]] = row.Citation,
                [h[10]] = row.Fingerprint,
            };
        }
    }

    private static IEnumerable<Dictionary<string, object?>> FunnelSheet(Funnel funnel, Language language)
    {
        const string status = "Status";
        var label = language == Language.English ? "Status label" : "Keterangan status";
        var count = language == Language.English ? "Subjects" : "Jumlah subjek";
        foreach (var value in new[] { DecisionStatus.Eligible, DecisionStatus.NotYetEligible, DecisionStatus.Undetermined, DecisionStatus.Ineligible })
        {
            yield return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [status] = value.ToString(),
                [label] = value.Label().In(language),
                [count] = funnel.Statuses.Of(value),
            };
        }
    }

    private static IEnumerable<Dictionary<string, object?>> PartnershipSheet(IReadOnlyList<PartnershipRow> rows, Language language)
    {
        var h = ReportCsv.PartnershipHeader(language);
        foreach (var row in rows)
        {
            yield return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [h[0]] = row.PartnershipId,
                [h[1]] = Iso(row.Date),
                [h[2]] = row.Partners,
                [h[3]] = row.Stage?.ToString(),
                [h[4]] = row.StageLabel,
                [h[5]] = row.AgreementNumber,
                [h[6]] = row.AgreementKind is { } kind ? kind.Label().In(language) : null,
                [h[7]] = row.AgreementTermEnd is { } end ? Iso(end) : null,
                [h[8]] = row.DaysToExpiry,
            };
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
