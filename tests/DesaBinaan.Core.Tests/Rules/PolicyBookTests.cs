using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>The policy book as a whole: dated versions, citations, parameters, explanations (DESIGN.md: law is dated data).</summary>
public sealed class PolicyBookTests
{
    [Fact]
    public void All_EveryPolicyCoversFromPermenkumham3Of2018WithoutEnd()
    {
        foreach (var policy in IndonesianPolicies.All())
        {
            policy.Coverage.Start.Should().Be(IndonesianPolicies.Permenkumham3Of2018, policy.Id);
            policy.Coverage.End.Should().Be(LocalDate.MaxIsoValue, policy.Id);
            policy.Versions.Should().OnlyContain(v => v.Citations.Count > 0 && v.Parameters.Convention != null);
        }
    }

    [Fact]
    public void All_EveryCriterionCitesItsBasis()
    {
        foreach (var version in IndonesianPolicies.All().SelectMany(p => p.Versions))
        {
            version.Criteria.Should().OnlyContain(c => c.Descriptor.Citation.Instrument.Length > 0, version.Id);
            version.Criteria.Where(c => c.Descriptor.Kind == CriterionKind.TimeBased).Should().OnlyContain(c => c.Descriptor.Assumption != null, version.Id);
        }
    }

    [Theory]
    [InlineData(2022, 1, 29, "asimilasi.2018")]
    [InlineData(2022, 1, 30, "asimilasi.2022")]
    public void Asimilasi_VersionChangesWithPermenkumham7Of2022(int y, int m, int d, string expected)
    {
        IndonesianPolicies.Asimilasi.VersionOn(new LocalDate(y, m, d)).Id.Should().Be(expected);
    }

    [Fact]
    public void Render_BothLanguages_CiteArticlesConventionAndParameters()
    {
        var decision = IndonesianPolicies.OutsideActivityFor(Activity()).Decide(Convict(), Today);
        var id = decision.Render(Language.Indonesian);
        id.Should().Contain("Keputusan: Memenuhi syarat");
        id.Should().Contain("Permenkumham 3/2018 Pasal 44");
        id.Should().Contain("Konvensi penghitungan: Konvensi");
        id.Should().Contain("Masa pidana yang telah dijalani: 534 dari 360 hari");
        var en = decision.Render(Language.English);
        en.Should().Contain("Decision: Eligible");
        en.Should().Contain("UU 22/2022 Pasal 10 ayat (4)");
        en.Should().Contain("Counting convention: Convention");
        en.Should().Contain("Outside activity: minimum security required: yes");
    }

    [Fact]
    public void Decide_SameInputs_SameFingerprint()
    {
        var a = IndonesianPolicies.Asimilasi.Decide(Convict(), Today);
        var b = IndonesianPolicies.Asimilasi.Decide(Convict(), Today);
        a.Fingerprint.Should().Be(b.Fingerprint);
        IndonesianPolicies.Asimilasi.Decide(Convict().WithConduct(false, false), Today).Fingerprint.Should().NotBe(a.Fingerprint);
    }

    [Fact]
    public void AlmostEligible_WithinThirtyDays_ListsWhatTheyWaitFor()
    {
        var soon = Convict("WB-SOON", firstDay: Today.PlusDays(-350));
        var later = Convict("WB-LATER", firstDay: Today.PlusDays(-200));
        var almost = IndonesianPolicies.Asimilasi.AlmostEligible([soon, later, Convict()], Today, 30);
        almost.Should().ContainSingle();
        almost[0].SubjectId.Should().Be("WB-SOON");
        almost[0].DaysToWait.Should().Be(10);
        almost[0].WaitingFor.Single().Code.Should().Be("asimilasi.half-served");
    }
}
