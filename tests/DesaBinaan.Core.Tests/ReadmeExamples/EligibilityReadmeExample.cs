using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's eligibility section, proven to compile and run (DOMAIN.md §9).</summary>
public sealed class EligibilityReadmeExample
{
    [Fact]
    public void Readme_EvaluateOneInmate_AndAddALocalRule()
    {
        // --- README: evaluate one inmate ---
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
            evidence: EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee),
            domicile: RegionCode.Parse("33.75.03.1004"));

        var decision = IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 6, 20));
        var text = decision.Render(Language.English); // status, version, articles, counting convention, facts, fingerprint

        // --- README: add a local rule without changing the package ---
        var city = RegionCode.Parse("33.75"); // Kota Pekalongan
        var local = new Policy<InmateProfile, RightsParameters>(
            "pekalongan.asimilasi",
            new LocalizedText("Asimilasi Lapas Pekalongan", "Assimilation at Lapas Pekalongan"),
            IndonesianPolicies.Asimilasi.Versions.Select(v => new PolicyVersion<InmateProfile, RightsParameters>(
                "pekalongan." + v.Id,
                v.Title,
                v.Effective,
                v.Citations.Add(new Citation("Keputusan Kalapas Pekalongan (contoh)", null, "domisili dalam kota")),
                v.Parameters,
                v.Criteria.Add(new DomicileInCity(city)))));
        var localDecision = local.Decide(inmate.WithOrigin("ID", RegionCode.Parse("33.26.01.2001")), new LocalDate(2026, 6, 20));
        // --- end of README ---

        decision.Status.Should().Be(DecisionStatus.Eligible);
        text.Should().Contain("Decision: Eligible").And.Contain("Permenkumham 3/2018 Pasal 44");
        localDecision.Status.Should().Be(DecisionStatus.Ineligible);
        localDecision.Blockers.Single().Code.Should().Be("local.domicile-in-city");
        local.Decide(inmate, new LocalDate(2026, 6, 20)).Status.Should().Be(DecisionStatus.Eligible);
        local.Decide(inmate.WithOrigin("ID", null), new LocalDate(2026, 6, 20)).Status.Should().Be(DecisionStatus.Undetermined);
    }

    /// <summary>A Lapas's local rule: the inmate's domicile is in the same city (a custom criterion, README).</summary>
    private sealed class DomicileInCity(RegionCode city) : ICriterion<InmateProfile, RightsParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new(
            "local.domicile-in-city",
            new LocalizedText("Berdomisili di kota yang sama", "Domicile in the same city"),
            new Citation("Keputusan Kalapas Pekalongan (contoh)"));

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
            subject.Domicile is { } home
                ? CriterionResult.FromBoolean(home.Level >= RegionLevel.RegencyOrCity && home.AncestorAt(RegionLevel.RegencyOrCity) == city)
                : CriterionResult.Unknown;

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [subject.Domicile is { } home
                ? Fact.OfText("inmate.domicile", new LocalizedText("Domisili", "Domicile"), home.ToString())
                : Fact.Missing("inmate.domicile", new LocalizedText("Domisili", "Domicile"))]);
    }
}
