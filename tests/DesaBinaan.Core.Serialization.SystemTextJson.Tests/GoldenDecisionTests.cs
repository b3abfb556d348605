using System.Text.Json;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>
/// The format of a decision is guarded by a committed file: the README's assimilation decision for WB-0007 on
/// 20 June 2026. A change of the format (or of the decision) fails here; a deliberate one updates the file and the
/// changelog.
/// </summary>
public sealed class GoldenDecisionTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Golden", "decision-asimilasi-wb-0007.json");

    internal static Decision ReadmeDecision()
    {
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
        return IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 6, 20));
    }

    internal static string Golden() => File.ReadAllText(GoldenPath).ReplaceLineEndings("\n").TrimEnd('\n');

    [Fact]
    public void Serialize_ReadmeDecision_IsTheCommittedFile()
    {
        var json = JsonSerializer.Serialize(ReadmeDecision(), Json.Indented).ReplaceLineEndings("\n");

        json.Should().Be(Golden());
    }

    [Fact]
    public void Deserialize_CommittedFile_IsTheDecisionWithItsFingerprint()
    {
        var decision = ReadmeDecision();

        var back = JsonSerializer.Deserialize<Decision>(Golden(), Json.Options)!;

        back.Should().Be(decision);
        back.Fingerprint.Should().Be(decision.Fingerprint);
        back.Status.Should().Be(DecisionStatus.Eligible);
    }

    [Fact]
    public void Serialize_ReadmeDecision_IsSmallAndNeverListsDays()
    {
        var json = JsonSerializer.Serialize(ReadmeDecision(), Json.Options);

        json.Length.Should().BeLessThan(20_000);
        json.Should().Contain("\"versionEffective\":{\"start\":\"");
    }
}
