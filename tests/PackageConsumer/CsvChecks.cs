using System.Text;
using CsvHelper;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Reporting;
using DesaBinaan.Core.Rules;
using NodaTime;

namespace PackageConsumer;

/// <summary>The CSV package, used as a package user would: a roster's rows written to a stream and read back with CsvHelper's reader.</summary>
internal static class CsvChecks
{
    public static void Run(Action<bool, string> check)
    {
        var asOf = new LocalDate(2026, 6, 20);
        var roster = PopulationChecks.Roster(asOf);
        var evaluation = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf, roster);

        foreach (var language in new[] { Language.Indonesian, Language.English })
        {
            var rows = evaluation.Rows(language);
            using var stream = new MemoryStream();
            var written = ReportCsv.Write(rows, stream, language);
            check(written == 3, language + ": three rows written");
            var text = Encoding.UTF8.GetString(stream.ToArray());
            using var reader = CsvReader.Create(new StringReader(text), options: null, leaveOpen: false);
            check(reader.Headers.SequenceEqual(ReportCsv.EligibilityHeader(language)), language + ": the header is in the language asked");
            var index = 0;
            while (reader.Read())
            {
                var row = rows[index++];
                check(reader.GetString(0) == row.SubjectId && reader.GetString(4) == row.Status.ToString() && reader.GetString(5) == row.StatusLabel && reader.GetString(10) == row.Fingerprint, language + ": row " + row.SubjectId + " reads back");
            }

            check(index == 3, language + ": three rows read back");

            using var fromRoster = new MemoryStream();
            using var fromRows = new MemoryStream();
            ReportCsv.Write(evaluation, fromRoster, language);
            ReportCsv.Write(evaluation.RowsFromSummaries(language), fromRows, language);
            check(fromRoster.ToArray().AsSpan().SequenceEqual(fromRows.ToArray()), language + ": the roster streamed as CSV is the CSV of its rows from the summaries");
        }

        var statuses = evaluation.Rows(Language.English).Select(r => r.Status).ToList();
        check(statuses.Contains(DecisionStatus.Eligible) && statuses.Exists(s => s != DecisionStatus.Eligible), "the roster has eligible and not eligible people (14 and 11 of 24 months served pass half, 3 does not)");
    }
}
