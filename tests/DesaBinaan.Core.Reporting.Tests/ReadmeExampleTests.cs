using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Reporting.Tests;

/// <summary>The README's "Reports as CSV" example, run: two people evaluated for asimilasi, written as two CSV rows.</summary>
public sealed class ReadmeExampleTests
{
    // Asimilasi needs half the term served (Permenkumham 3/2018 Pasal 44): WB-01 (3 years, two-thirds on 2026-03-01)
    // passed half long before 2026-03-15 and is eligible; WB-02 (3 years, two-thirds on 2027-03-01) reaches half only
    // in 2026-09, so on 2026-03-15 it is not yet eligible, with its date in the row.
    [Fact]
    public void ReportsAsCsv_TwoPeople_TwoRowsUnderTheEnglishHeader()
    {
        var on = new LocalDate(2026, 3, 15);
        InmateProfile[] roster =
        [
            AnInmate.ConvictedOf(OffenceCategory.General).Sentenced("3y").ServedTwoThirdsOn(new LocalDate(2026, 3, 1)).WithId("WB-01"),
            AnInmate.ConvictedOf(OffenceCategory.General).Sentenced("3y").ServedTwoThirdsOn(new LocalDate(2027, 3, 1)).WithId("WB-02"),
        ];
        var evaluation = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, on, roster);

        var rows = Enumerable.Range(0, evaluation.Count).Select(i => EligibilityRow.From(evaluation.Decide(i), Language.English));
        var csv = new StringWriter();
        var written = ReportCsv.Write(rows, csv, Language.English);

        written.Should().Be(2);
        var lines = csv.ToString().Split("\r\n");
        lines[0].Should().StartWith("Subject id,Policy,Version,Evaluation date,Status,");
        lines[1].Should().StartWith("WB-01,asimilasi,").And.Contain(",2026-03-15,Eligible,");
        var waiting = evaluation.Decide(1);
        waiting.Status.Should().Be(DecisionStatus.NotYetEligible);
        waiting.EligibleFrom!.Value.Should().BeInRange(new LocalDate(2026, 8, 25), new LocalDate(2026, 9, 5));
        lines[2].Should().StartWith("WB-02,asimilasi,").And.Contain(",NotYetEligible,").And.Contain("," + waiting.EligibleFrom.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ",asimilasi.half-served,");
    }
}
