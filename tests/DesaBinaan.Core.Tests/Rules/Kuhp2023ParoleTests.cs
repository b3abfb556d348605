using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>Parole under the criminal code in force since 2 January 2026 (UU 1/2023; docs/domain.md §9, "The 2026 criminal code").</summary>
public sealed class Kuhp2023ParoleTests
{
    [Fact]
    public void Parole_From2January2026_IsTheKuhp2023Version_AndTheDayBeforeIsNot()
    {
        IndonesianPolicies.Parole.VersionOn(new LocalDate(2026, 1, 2)).Id.Should().Be("pb.2026");
        IndonesianPolicies.Parole.VersionOn(new LocalDate(2026, 1, 1)).Id.Should().Be("pb.2022");
        IndonesianPolicies.Parole.VersionOn(new LocalDate(2026, 1, 2)).Citations.Select(c => c.ToString()).Should().Contain(["KUHP (UU 1/2023) Pasal 72", "KUHP (UU 1/2023) Pasal 86 huruf g"]);
    }

    // Penjelasan Pasal 72 ayat (1): parole only for a total sentence of at least 1 year. An 11-month sentence: not met
    // under pb.2026; the criterion does not exist in pb.2022.
    [Theory]
    [InlineData(0, 11, false)]
    [InlineData(1, 0, true)]
    [InlineData(3, 0, true)]
    public void Parole2026_TotalSentenceOfAtLeastOneYear(int years, int months, bool met)
    {
        var profile = Convict(firstDay: new LocalDate(2025, 9, 1), term: new SentenceTerm(years, months, 0));
        Result(IndonesianPolicies.Parole, "pb.2026.sentence-at-least-one-year", profile, new LocalDate(2026, 3, 1)).Outcome
            .Should().Be(met ? CriterionOutcome.Met : CriterionOutcome.NotMet);
        IndonesianPolicies.Parole.Prepare(new LocalDate(2025, 12, 1)).Version.IndexOf("pb.2026.sentence-at-least-one-year").Should().Be(-1);
    }

    // Pasal 72 ayat (2): consecutive sentences count as one: 8 months and 6 months make 1 year 2 months, at least 1 year.
    [Fact]
    public void Parole2026_ConsecutiveSentences_CountAsOne()
    {
        var history = new SentenceHistory([Sentence.Imprisonment(SentenceTerm.FromMonths(8)), Sentence.Imprisonment(SentenceTerm.FromMonths(6))], Detention.Continuous(new LocalDate(2025, 9, 1)));
        var profile = Convict().WithSentence(history);
        Result(IndonesianPolicies.Parole, "pb.2026.sentence-at-least-one-year", profile, new LocalDate(2026, 3, 1)).Outcome.Should().Be(CriterionOutcome.Met);
    }

    // Pasal 86 huruf g: a judgment that withdraws the right to parole makes the person ineligible, with that reason.
    [Fact]
    public void Parole2026_RightWithdrawnByTheJudgment_Ineligible()
    {
        var history = new SentenceHistory([Sentence.Imprisonment(SentenceTerm.FromYears(3)).WithParoleRightWithdrawn()], Detention.Continuous(new LocalDate(2023, 1, 2)));
        var profile = Convict().WithSentence(history);
        var decision = IndonesianPolicies.Parole.Decide(profile, new LocalDate(2026, 6, 20));
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.Findings.Single(f => f.Descriptor.Code == "pb.2026.right-not-withdrawn").Result.Outcome.Should().Be(CriterionOutcome.NotMet);
        Convict().Sentence!.ParoleRightWithdrawn.Should().BeFalse();
    }

    [Fact]
    public void ParoleRightWithdrawn_OnlyWithImprisonment()
    {
        var act = () => new Sentence(SentenceKind.Kurungan, SentenceTerm.FromMonths(6), paroleRightWithdrawn: true);
        act.Should().Throw<ArgumentException>().WithParameterName("paroleRightWithdrawn").WithMessage("*Pasal 86 huruf g*");
    }

    // Pasal 72 ayat (4): the explanation of the 2/3 criterion gives the probation end, one year after the expiry.
    [Fact]
    public void Parole_Explanation_GivesTheProbationEnd()
    {
        var decision = IndonesianPolicies.Parole.Decide(Convict(), Today);
        var facts = decision.Findings.Single(f => f.Descriptor.Code == "pb.two-thirds-served").Facts;
        facts.Should().Contain(f => f.Code == "sentence.probation-end" && f.Date == new LocalDate(2028, 1, 2));
    }

    // docs/domain.md §9: "Narcotics ≥ 5 years" is a value of each right's settings: a version that lowers it for
    // assimilation reads its own, and a parole version lists its own among the values it decided with.
    [Fact]
    public void NarcoticsThreshold_IsAValueOfEachRightsSettings()
    {
        var asimilasi = new RightsParameters(CountingConvention.Default, new AsimilasiSettings(narcoticsThreshold: SentenceTerm.FromYears(3)));
        var narcotics4y = Convict(term: SentenceTerm.FromYears(4), offence: OffenceCategory.Narcotics);
        var policy = IndonesianPolicies.Asimilasi.WithParameters(_ => asimilasi);
        // Special with a 3-year threshold: 2/3 of 1,440 days (960), not the general 1/2 (720).
        Result(policy, "asimilasi.time-served", narcotics4y).Date.Should().Be(new LocalDate(2025, 1, 2).PlusDays(960));
        asimilasi.Values.Should().Contain(f => f.Code == "parameter.asimilasi.narcotics-threshold-days" && f.Number == 1080);

        var parole = new RightsParameters(CountingConvention.Default, new ParoleSettings(narcoticsThreshold: SentenceTerm.FromYears(3)));
        parole.Values.Should().Contain(f => f.Code == "parameter.pb.narcotics-threshold-days" && f.Number == 1080);
        new RightsParameters(CountingConvention.Default, new ParoleSettings()).Values.Should().Contain(f => f.Code == "parameter.pb.narcotics-threshold-days" && f.Number == 1800);
    }
}
