using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace PackageConsumer;

/// <summary>The eligibility engine, the inmate snapshot and the policy book, as a package user calls them.</summary>
internal static class EligibilityChecks
{
    public static void Run(Action<bool, string> check)
    {
        var today = new LocalDate(2026, 6, 20);
        var inmate = new InmateProfile(
            new InmateId("WB-0007"),
            LegalStatus.Convict,
            SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2)),
            OffenceCategory.General,
            SecurityLevel.Minimum,
            registerF: [],
            activeInGuidance: true,
            hasPendingCase: false,
            nationality: "ID",
            evidence: EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee));
        var decision = IndonesianPolicies.Asimilasi.Decide(inmate, today);
        check(decision.Status == DecisionStatus.Eligible, "a convict with everything in order is eligible for asimilasi");
        check(decision.Fingerprint.Length == 64, "a decision has a SHA-256 fingerprint");
        check(decision.Render(Language.English).Contains("Permenkumham 3/2018 Pasal 44", StringComparison.Ordinal), "the explanation cites the article");

        var missing = IndonesianPolicies.Asimilasi.Decide(inmate.WithEvidence(EvidenceKind.Litmas, EvidenceStatus.NotRecorded), today);
        check(missing.Status == DecisionStatus.Undetermined && missing.MissingEvidence.Count == 1, "missing Litmas makes the decision undetermined");

        var detainee = new InmateProfile(new InmateId("T-01"), LegalStatus.Detainee);
        check(IndonesianPolicies.Asimilasi.Decide(detainee, today).Status == DecisionStatus.Ineligible, "a detainee is not eligible");

        var evaluator = IndonesianPolicies.Asimilasi.Prepare(today);
        Span<CriterionResult> results = stackalloc CriterionResult[evaluator.CriterionCount];
        check(evaluator.Evaluate(inmate, results).Status == DecisionStatus.Eligible, "the compact hot path agrees");
        check(IndonesianPolicies.Asimilasi.VersionOn(new LocalDate(2021, 1, 1)).Id == "asimilasi.2018", "the 2018 version is in force in 2021");
    }
}
