using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>Profiles and helpers for the policy-book tests. Evaluation date 2026-06-20, the day after the sample's activity starts.</summary>
internal static class RuleFixture
{
    public static readonly LocalDate Today = new(2026, 6, 20);

    public static readonly EvidenceFile AllEvidence = EvidenceFile.Empty.WithPresent(
        EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee, EvidenceKind.CommunityAcceptance);

    /// <summary>A convict with everything recorded and in order: detained 2025-01-02, 2 years (1/2 on 2025-12-28, 2/3 on 2026-04-27, expiry 2027-01-02), general offence, minimum security.</summary>
    public static InmateProfile Convict(string id = "WB-T1", LocalDate? firstDay = null, SentenceTerm? term = null, OffenceCategory offence = OffenceCategory.General) =>
        new(
            new InmateId(id),
            LegalStatus.Convict,
            SentenceHistory.Imprisonment(firstDay ?? new LocalDate(2025, 1, 2), term ?? SentenceTerm.FromYears(2)),
            offence,
            SecurityLevel.Minimum,
            registerF: [],
            activeInGuidance: true,
            hasPendingCase: false,
            nationality: "ID",
            evidence: AllEvidence);

    public static CriterionResult Result(Policy<InmateProfile, RightsParameters> policy, string topLevelCode, InmateProfile profile, LocalDate? date = null)
    {
        var evaluator = policy.Prepare(date ?? Today);
        var index = evaluator.Version.IndexOf(topLevelCode);
        index.Should().BeGreaterThanOrEqualTo(0, "the version has a criterion {0}", topLevelCode);
        Span<CriterionResult> results = stackalloc CriterionResult[evaluator.CriterionCount];
        evaluator.Evaluate(profile, results);
        var explained = evaluator.Decide(profile).Findings[index];
        explained.Result.Should().Be(results[index], "Explain agrees with Evaluate for {0}", topLevelCode);
        return results[index];
    }

    public static ActivityEvaluationContext Activity(bool? covered = true, int officers = 10, LocalDate? date = null) =>
        ActivityEvaluationContext.Recorded(Plan(), date ?? Today, covered, officers);

    public static DesaBinaan.Core.Scopes.ActivityPlan Plan() => new(
        "jumat-bersih",
        "Jumat Bersih",
        DesaBinaan.Core.Scopes.ScopeKind.EnvironmentalCleanliness,
        new DesaBinaan.Core.Scopes.ActivityPlace(DesaBinaan.Core.Regions.RegionCode.Parse("33.75.03.1004"), "Balai Kelurahan"),
        DesaBinaan.Core.Scopes.WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 6, 19), new LocalDate(2026, 12, 18)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta"),
        new DesaBinaan.Core.Scopes.ParticipantQuota(30, 5),
        new DesaBinaan.Core.Scopes.EscortRatio(1, 3),
        "outside-activity");

    public static int Day(LocalDate date) => DayNumbers.FromDate(date);
}
