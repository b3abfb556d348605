using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Tests.Cooperation;
using DesaBinaan.Pekalongan.Reporting;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Tests.Samples;

/// <summary>
/// The sample's <c>report --out report.html</c> page: it parses as well-formed markup, carries the numbers of the
/// evaluation it reports (funnel, calendar, partnership), loads nothing from elsewhere and speaks one language.
/// </summary>
public sealed class HtmlReportTests
{
    private static readonly LocalDate AsOf = new(2026, 5, 1);

    private static readonly Lazy<(Funnel Funnel, EligibilityCalendar Calendar, string Title)> Evaluation = new(() =>
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(AsOf));
        var evaluator = policy.Prepare(AsOf);
        var roster = new InmatePopulation(SyntheticPopulation.Generate(2_000, AsOf)).Evaluate(evaluator);
        return (Funnel.Of(roster), EligibilityCalendar.Of(roster, 56), evaluator.Version.Title.In(Language.English));
    });

    [Fact]
    public void Build_SyntheticPopulation_FunnelBarsHoldTheFunnelsCounts()
    {
        var (funnel, calendar, title) = Evaluation.Value;
        var page = Parse(HtmlReport.Build("Synthetic population", title, funnel, calendar, [], Language.English));

        var bars = page.Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "bar").ToList();
        bars.Should().HaveCount(4);
        foreach (var bar in bars)
        {
            var status = Enum.Parse<DecisionStatus>((string)bar.Attribute("data-status")!);
            int.Parse((string)bar.Attribute("data-count")!, CultureInfo.InvariantCulture).Should().Be(funnel.Statuses.Of(status));
            bar.Value.Should().Contain(status.Label().In(Language.English)).And.Contain(funnel.Statuses.Of(status).ToString("N0", CultureInfo.InvariantCulture));
        }

        bars.Sum(b => int.Parse((string)b.Attribute("data-count")!, CultureInfo.InvariantCulture)).Should().Be(2_000);
        funnel.Statuses.Eligible.Should().BeGreaterThan(0, "the synthetic population has eligible people, so the bars are not all empty");
    }

    [Fact]
    public void Build_SyntheticPopulation_CriterionTableHoldsEveryFunnelLine()
    {
        var (funnel, calendar, title) = Evaluation.Value;
        var page = Parse(HtmlReport.Build("Synthetic population", title, funnel, calendar, [], Language.English));

        foreach (var line in funnel.Criteria)
        {
            var cells = page.Descendants().Single(e => e.Name.LocalName == "tr" && (string?)e.Attribute("data-criterion") == line.Code)
                .Elements().Select(c => c.Value).ToList();
            cells.Should().Equal(
                line.Descriptor.Title.In(Language.English),
                line.Code,
                N(line.NotMet),
                N(line.Waiting),
                N(line.Unknown),
                N(line.FirstBlocker),
                N(line.GainIfRelaxed));
        }
    }

    [Fact]
    public void Build_SyntheticPopulation_CalendarColumnsHoldEachPeriod()
    {
        var (funnel, calendar, title) = Evaluation.Value;
        var page = Parse(HtmlReport.Build("Synthetic population", title, funnel, calendar, [], Language.English));

        var columns = page.Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "column").ToList();
        columns.Should().HaveCount(calendar.Periods.Count);
        calendar.Periods.Should().HaveCount(8, "56 days from 2026-05-02 are eight weeks");
        for (var p = 0; p < columns.Count; p++)
        {
            var period = calendar.Periods[p];
            ((string)columns[p].Attribute("data-start")!).Should().Be(period.Days.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            ((string)columns[p].Attribute("data-count")!).Should().Be(period.Count.ToString(CultureInfo.InvariantCulture));
            ((string)columns[p].Attribute("data-eligible-by-end")!).Should().Be(period.EligibleByEnd.ToString(CultureInfo.InvariantCulture));
        }

        calendar.Periods.Sum(p => p.Count).Should().BeGreaterThan(0, "someone in the synthetic population becomes eligible within eight weeks");
        page.Descendants().Single(e => e.Name.LocalName == "section" && (string?)e.Attribute("id") == "calendar").Value
            .Should().Contain("Eligible now: " + N(calendar.EligibleNow)).And.Contain(EligibilityCalendar.FactsUnchanged.In(Language.English));
    }

    // The scenario's PKS (signed 2026-06-15, activated 2026-06-19) is in force on 1 July 2026; the row's numbers are on the page.
    [Fact]
    public void Build_ActivePartnership_TableHoldsTheRow()
    {
        var (funnel, calendar, title) = Evaluation.Value;
        var row = PartnershipRow.From(CooperationFixture.Active(), new LocalDate(2026, 7, 1), Language.English);
        var page = Parse(HtmlReport.Build("Synthetic population", title, funnel, calendar, [row], Language.English));

        var cells = page.Descendants().Single(e => e.Name.LocalName == "tr" && (string?)e.Attribute("data-partnership") == row.PartnershipId)
            .Elements().Select(c => c.Value).ToList();
        cells.Should().Equal(
            row.PartnershipId,
            "2026-07-01",
            row.Partners,
            row.StageLabel,
            row.AgreementNumber,
            row.AgreementKind!.Value.Label().In(Language.English),
            row.AgreementTermEnd!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            N(row.DaysToExpiry!.Value));
    }

    [Fact]
    public void Build_TextWithMarkupCharacters_IsEncodedAndReadBackAsText()
    {
        var (funnel, calendar, title) = Evaluation.Value;
        var partners = "Lapas \"A\" & <B>; Desa O'Neil";
        var row = new PartnershipRow("p-<1>", AsOf, partners, null, null, null, null, null, null, Language.English);
        var html = HtmlReport.Build("Report <draft> & \"notes\"", title, funnel, calendar, [row], Language.English);

        var page = Parse(html);

        page.Descendants().Single(e => e.Name.LocalName == "h1").Value.Should().Be("Report <draft> & \"notes\"");
        page.Descendants().Single(e => e.Name.LocalName == "tr" && (string?)e.Attribute("data-partnership") == "p-<1>")
            .Elements().Select(c => c.Value).Should().Equal("p-<1>", "2026-05-01", partners, "-", "-", "-", "-", "-");
        html.Should().NotContain("<draft>").And.NotContain("<B>");
    }

    [Fact]
    public void Build_Page_IsSelfContained()
    {
        var (funnel, calendar, title) = Evaluation.Value;
        var page = Parse(HtmlReport.Build("Synthetic population", title, funnel, calendar, [], Language.English));

        page.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "link" || e.Name.LocalName == "img" || e.Name.LocalName == "iframe");
        page.Descendants().Attributes().Should().NotContain(a => a.Name.LocalName == "src" || a.Name.LocalName == "href");
        page.Descendants().Where(e => e.Name.LocalName == "style").Should().ContainSingle();
        page.Descendants().Where(e => e.Name.LocalName == "svg").Should().HaveCount(2, "the funnel and the calendar are drawn inline");
    }

    [Fact]
    public void Build_Indonesian_SpeaksIndonesianOnly()
    {
        var (funnel, calendar, _) = Evaluation.Value;
        var page = Parse(HtmlReport.Build("Populasi sintetis", "Kegiatan di luar Lapas", funnel, calendar, [], Language.Indonesian));

        ((string)page.Root!.Attribute("lang")!).Should().Be("id");
        page.Root.Value.Should().Contain(DecisionStatus.Eligible.Label().In(Language.Indonesian))
            .And.Contain("Corong kelayakan")
            .And.Contain(EligibilityCalendar.FactsUnchanged.In(Language.Indonesian))
            .And.NotContain("Eligibility funnel")
            .And.NotContain(EligibilityCalendar.FactsUnchanged.In(Language.English));
    }

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        document.Root!.Name.LocalName.Should().Be("html");
        return document;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
