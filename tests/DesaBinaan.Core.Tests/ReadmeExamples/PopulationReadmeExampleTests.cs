using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's example for population reports, proven to compile and run.</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class PopulationReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        var output = new StringWriter();
        Console.SetOut(output);

        // --- README: begin ---
        var asOf = new LocalDate(2026, 5, 1);
        var documents = EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee);
        InmateProfile Inmate(string id, int monthsServed, SecurityLevel security) => new(
            new InmateId(id), LegalStatus.Convict, SentenceHistory.Imprisonment(asOf.PlusMonths(-monthsServed), new SentenceTerm(2, 0, 0)),
            OffenceCategory.General, security, registerF: [], activeInGuidance: true, hasPendingCase: false, nationality: "ID", evidence: documents);
        InmateProfile[] roster = [Inmate("WB-01", 14, SecurityLevel.Minimum), Inmate("WB-02", 11, SecurityLevel.Minimum), Inmate("WB-03", 14, SecurityLevel.Medium)];

        // The outside activity of the day: covered by a PKS in force, 10 escort officers for a group of 5 to 30.
        var plan = new ActivityPlan(
            "jumat-bersih", "Jumat Bersih", ScopeKind.EnvironmentalCleanliness, new ActivityPlace(RegionCode.Parse("33.75.03.1004"), "Saluran drainase"),
            WeeklySchedule.Every(new DateInterval(asOf, new(2026, 12, 18)), IsoDayOfWeek.Friday, new(7, 0), new(10, 0), "Asia/Jakarta"),
            new ParticipantQuota(30, 5), new EscortRatio(officers: 10, inmates: 30), participationPolicyId: "outside-activity");
        var policy = IndonesianPolicies.OutsideActivityFor(ActivityEvaluationContext.Recorded(plan, asOf, scopeCovered: true, escortOfficers: 10));

        var evaluation = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy, asOf, roster);
        var funnel = Funnel.Of(evaluation);
        Console.WriteLine(funnel.Statuses);                                       // eligible 1, not yet 1, ineligible 1, undetermined 0
        Console.WriteLine(funnel["activity.minimum-security"]!.GainIfRelaxed);    // 1

        var calendar = EligibilityCalendar.Of(evaluation, days: 56);             // 8 weeks
        Console.WriteLine(calendar.Periods.First(p => p.Count > 0));              // 2026-05-23..2026-05-29: +1 (eligible 2)

        var withoutMinimumSecurity = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))), asOf, roster);
        Console.WriteLine(PolicyComparison.Of(evaluation, withoutMinimumSecurity).Changes[0]); // WB-03: Ineligible -> Eligible (activity.minimum-security)

        var row = evaluation.Rows()[1];                                           // flat, for a grid or a JSON export
        Console.WriteLine(row.StatusLabel + ": " + row.FirstBlockerCode);        // Belum memenuhi syarat: asimilasi.half-served
        var quick = evaluation.RowsFromSummaries()[1];                            // the same row from the evaluation, no fingerprint:
        Console.WriteLine(quick.FirstBlockerCode + " " + (quick.Fingerprint is null)); // asimilasi.half-served True (for national exports)
        // For a national export, no object per row: WriteRowData fills your buffer with 16-byte row data (no text), the texts
        // are rendered once (RowTexts), and ToRow gives one full row on demand. ReportCsv.Write(evaluation, stream, language)
        // streams them as CSV (package DesaBinaan.Core.Reporting).
        var data = evaluation.RowDataAt(1);
        Console.WriteLine(evaluation.RowBlockers[data.Blocker].Code + ", " + evaluation.ToRow(data, Language.English).StatusLabel); // asimilasi.half-served, Not yet eligible

        // 280,000 people with no allocation: a population prepared once (its facts packed side by side), evaluated again on
        // every change into caller-provided buffers reused from one evaluation to the next.
        var population = new InmatePopulation(roster);
        var evaluator = policy.Prepare(asOf);
        var summaries = new EvaluationSummary[population.Count];
        var results = new CriterionResult[Roster.ResultLength(evaluator, population.Count)];
        population.EvaluateParallel(evaluator, summaries, results);
        Console.WriteLine(Funnel.Of(population.Evaluate(evaluator)).Statuses); // the same views: eligible 1, not yet 1, ineligible 1, undetermined 0
        population.Evaluate(evaluator, summaries);                                // only the summaries, for a count: no per-criterion result
        Console.WriteLine(summaries.Count(s => s.Status == DecisionStatus.Eligible)); // 1
        // --- README: end ---

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        lines.Should().Equal(
            "eligible 1, not yet 1, ineligible 1, undetermined 0",
            "1",
            "2026-05-23..2026-05-29: +1 (eligible 2)",
            "WB-03: Ineligible -> Eligible (activity.minimum-security)",
            "Belum memenuhi syarat: asimilasi.half-served",
            "asimilasi.half-served True",
            "asimilasi.half-served, Not yet eligible",
            "eligible 1, not yet 1, ineligible 1, undetermined 0",
            "1");
        summaries.Should().Equal(evaluation.Summaries.ToArray());
    }
}
