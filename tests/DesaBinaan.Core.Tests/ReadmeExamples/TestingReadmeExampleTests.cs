using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's example for the testing package (DesaBinaan.Core.Testing), proven to compile and run.</summary>
public sealed class TestingReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        // --- README: begin ---
        // An inmate convicted of narcotics with a 6-year sentence, who served 2/3 on 1 March 2026
        // and was last punished in early June 2025, is eligible for assimilation on 15 March.
        var inmate = AnInmate.ConvictedOf(OffenceCategory.Narcotics)
            .Sentenced("6y")
            .ServedTwoThirdsOn(new LocalDate(2026, 3, 1))
            .WithPunishment(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 8));

        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 3, 15))
            .Should().BeEligible().And.CiteArticle("Permenkumham 3/2018", "Pasal 45");
        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 2, 20))
            .Should().BecomeEligibleOn(new LocalDate(2026, 3, 6));      // 9 months without punishment
        IndonesianPolicies.Asimilasi.Decide(inmate.WithNotRecorded(EvidenceKind.Litmas), new LocalDate(2026, 3, 15))
            .Should().BeUndeterminedFor(EvidenceKind.Litmas);

        InmatePolicyInvariants.RemissionNeverDelaysEligibility(IndonesianPolicies.Asimilasi);
        // --- README: end ---
    }
}
