using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace PackageConsumer;

/// <summary>Population reports, used as a package user would: a small roster evaluated for asimilasi, its funnel, calendar, comparison and rows.</summary>
internal static class PopulationChecks
{
    /// <summary>Three convicts of two years, everything in order, who have served 14, 11 and 3 months on <paramref name="asOf"/> (shared with the CSV checks).</summary>
    public static InmateProfile[] Roster(LocalDate asOf)
    {
        var documents = EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee);
        InmateProfile Inmate(string id, int monthsServed) => new(
            new InmateId(id), LegalStatus.Convict, SentenceHistory.Imprisonment(asOf.PlusMonths(-monthsServed), new SentenceTerm(2, 0, 0)),
            OffenceCategory.General, SecurityLevel.Minimum, registerF: [], activeInGuidance: true, hasPendingCase: false, nationality: "ID", evidence: documents);
        return [Inmate("A-1", 14), Inmate("A-2", 11), Inmate("A-3", 3)];
    }

    public static void Run(Action<bool, string> check)
    {
        var asOf = new LocalDate(2026, 5, 1);
        var roster = Roster(asOf);

        var evaluation = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf, roster);
        var funnel = Funnel.Of(evaluation);
        check(funnel.Statuses == new StatusCounts(1, 2, 0, 0), "one convict has served half of two years, two wait for it");
        check(funnel["asimilasi.time-served"]?.Waiting == 2, "the funnel counts who waits for the time-served date");

        var calendar = EligibilityCalendar.Of(evaluation, 56);
        check(calendar.Periods.Sum(p => p.Count) == 1 && calendar.Later == 1, "one becomes eligible within eight weeks, one later");
        check(calendar.Assumptions.Count >= 2, "the calendar lists its assumptions");

        var parallel = RosterEvaluation<InmateProfile, RightsParameters>.EvaluateParallel(IndonesianPolicies.Asimilasi.Prepare(asOf), roster);
        check(parallel.Summaries.SequenceEqual(evaluation.Summaries), "the parallel evaluation equals the sequential one");

        var later = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf.PlusMonths(2), roster);
        var comparison = PolicyComparison.Of(evaluation, later);
        check(comparison.BecameEligible == 1 && comparison.Changes[0].SubjectId == "A-2", "two months later the second convict becomes eligible");

        var row = evaluation.Rows(Language.English)[1];
        check(row.FirstBlockerCode == "asimilasi.half-served" && row.StatusLabel.Length > 0 && row.Fingerprint?.Length == 64, "a report row names the first blocker, the label and the fingerprint");

        var quick = evaluation.RowsFromSummaries(Language.English)[1];
        check(quick.FirstBlockerCode == row.FirstBlockerCode && quick.Citation == row.Citation && quick.Fingerprint is null, "a row from the summaries says what the decision's row says, without the fingerprint");

        var buffer = new EligibilityRowData[2];
        var written = evaluation.WriteRowData(1, buffer);
        var texts = evaluation.RowTexts(Language.English);
        check(written == 2 && evaluation.RowBlockers[buffer[0].Blocker].Code == "asimilasi.half-served" && evaluation.ToRow(in buffer[0], texts) == quick, "the row data written into a buffer give the same row, its blocker named once per roster");
    }
}
