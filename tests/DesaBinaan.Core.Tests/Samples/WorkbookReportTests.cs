using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Reporting;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Tests.Cooperation;
using DesaBinaan.Pekalongan.Reporting;
using DesaBinaan.Pekalongan.Synthetic;
using MiniExcelLibs;
using NodaTime;

namespace DesaBinaan.Core.Tests.Samples;

/// <summary>
/// The sample's <c>report --xlsx report.xlsx</c> workbook, read back with MiniExcel: one row per person with the
/// evaluation's status and date, the funnel's counts, and the partnership row, under names in one language.
/// </summary>
public sealed class WorkbookReportTests
{
    private static readonly LocalDate AsOf = new(2026, 5, 1);

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void Write_SyntheticPopulation_ReadsBackTheRowsFunnelAndPartnership(Language language)
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(AsOf));
        var roster = new InmatePopulation(SyntheticPopulation.Generate(1_000, AsOf)).Evaluate(policy.Prepare(AsOf));
        var funnel = Funnel.Of(roster);
        var rows = roster.Rows(language);
        var partnership = PartnershipRow.From(CooperationFixture.Active(), new LocalDate(2026, 7, 1), language);

        using var stream = new MemoryStream();
        WorkbookReport.Write(stream, rows, funnel, [partnership], language);
        stream.Position = 0;

        var names = WorkbookReport.SheetNames(language);
        stream.GetSheetNames().Should().Equal(names);

        var header = ReportCsv.EligibilityHeader(language);
        var sheet = Read(stream, names[0]);
        sheet.Should().HaveCount(1_000);
        for (var i = 0; i < rows.Count; i++)
        {
            sheet[i][header[0]].Should().Be(rows[i].SubjectId);
            sheet[i][header[4]].Should().Be(rows[i].Status.ToString());
            sheet[i][header[5]].Should().Be(rows[i].StatusLabel);
            sheet[i][header[6]].Should().Be(rows[i].EligibleFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            sheet[i][header[10]].Should().Be(rows[i].Fingerprint);
        }

        var counts = Read(stream, names[1]).ToDictionary(r => Enum.Parse<DecisionStatus>((string)r["Status"]!), r => Convert.ToInt32(r.Values.Last(), CultureInfo.InvariantCulture));
        counts.Should().Equal(new Dictionary<DecisionStatus, int>
        {
            [DecisionStatus.Eligible] = funnel.Statuses.Eligible,
            [DecisionStatus.NotYetEligible] = funnel.Statuses.NotYetEligible,
            [DecisionStatus.Undetermined] = funnel.Statuses.Undetermined,
            [DecisionStatus.Ineligible] = funnel.Statuses.Ineligible,
        });
        counts.Values.Sum().Should().Be(1_000);

        var partnerships = Read(stream, names[2]);
        partnerships.Should().ContainSingle();
        var partnershipHeader = ReportCsv.PartnershipHeader(language);
        partnerships[0][partnershipHeader[0]].Should().Be(partnership.PartnershipId);
        partnerships[0][partnershipHeader[5]].Should().Be(partnership.AgreementNumber);
        Convert.ToInt32(partnerships[0][partnershipHeader[8]], CultureInfo.InvariantCulture).Should().Be(partnership.DaysToExpiry);
    }

    private static List<IDictionary<string, object?>> Read(Stream stream, string sheet)
    {
        stream.Position = 0;
        return stream.Query(useHeaderRow: true, sheetName: sheet).Select(r => (IDictionary<string, object?>)r).ToList();
    }
}
