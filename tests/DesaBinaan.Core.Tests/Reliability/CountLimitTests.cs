using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// Counts at the edge of <see cref="int"/> and <see cref="long"/>: a count the arithmetic cannot hold is refused where it
/// enters, naming the parameter and the rule, or answered as data — never an <see cref="OverflowException"/>.
/// </summary>
public sealed class CountLimitTests
{
    private static readonly LocalDate Today = ProducedTexts.Today;

    [Fact]
    public void EscortCapacity_OfTheLargestNumberOfOfficers_IsAResult()
    {
        // 1 officer per 3 inmates (the fixture's plan): 2,147,483,647 officers could escort more inmates than an int
        // holds; the capacity is then the largest count, more than any quota.
        var plan = AnActivity.JumatBersih();
        var context = ActivityEvaluationContext.Recorded(plan, Today, scopeCovered: true, escortOfficers: int.MaxValue);
        context.EscortCapacity.Should().Be(int.MaxValue);
        var policy = IndonesianPolicies.OutsideActivityFor(context);
        var decision = policy.Decide(AnInmate.Convict().Sentenced("2y").ServedHalfOn(Today.PlusDays(-30)), Today);
        decision.Findings.Single(f => f.Code == "activity.escort-capacity").Result.Should().Be(CriterionResult.Met);
    }

    [Fact]
    public void RequiredOfficers_BeyondTheLargestCount_IsRefusedNamingTheInmates()
    {
        // 3 officers for every inmate (a high-risk escort): 2,147,483,647 inmates would need more officers than an int holds.
        var ratio = new EscortRatio(3, 1);
        ratio.RequiredOfficers(715_827_882).Should().Be(2_147_483_646);
        var act = () => ratio.RequiredOfficers(int.MaxValue);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("inmates").WithMessage("At 3 officers per 1 inmates, at most 715,827,882 inmates*");
        new EscortRatio(1, 3).RequiredOfficers(int.MaxValue).Should().Be(715_827_883, "ceiling(2,147,483,647 ÷ 3)");
    }

    [Fact]
    public void Remission_OfTheLargestNumberOfYears_IsRefusedNamingTheYears()
    {
        var act = () => new Remission(new LocalDate(2025, 8, 17), new SentenceTerm(int.MaxValue, 0, 0), RemissionKind.General);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years").WithMessage("*at most 10,000 years*");
    }

    [Theory]
    [InlineData(1, long.MaxValue)]
    [InlineData(long.MaxValue - 1, long.MaxValue)]
    [InlineData(long.MaxValue, 1)]
    public void FractionOfATerm_WithExtremeParts_IsRefusedBeforeAnyDecision(long numerator, long denominator)
    {
        // A fraction of a term has a denominator of at most 1000 (the law uses 1/2, 2/3, 1/3): an extreme one is refused
        // by the settings, so Decide never meets it.
        var fraction = new Fraction(numerator, denominator);
        var asimilasi = () => new AsimilasiSettings(generalFraction: fraction);
        asimilasi.Should().Throw<ArgumentException>().WithParameterName("generalFraction").WithMessage("A fraction of a term is at most 1*");
        var parole = () => new ParoleSettings(fraction: fraction);
        parole.Should().Throw<ArgumentException>().WithParameterName("fraction");
    }

    [Fact]
    public void Decide_WithTheLargestAcceptedFraction_IsADecision()
    {
        // docs/domain.md §8: the fraction basis of 2 years is 720 days; 999/1000 of it, rounded up, is 720 days, reached on
        // 2026-12-22, ten days before the natural expiry on 2027-01-01.
        var policy = IndonesianPolicies.Asimilasi.WithParameters(p => p.WithSettings(new AsimilasiSettings(generalFraction: new Fraction(999, 1000))));
        var decision = policy.Decide(AnInmate.Convict().Sentenced("2y").DetainedOn(new LocalDate(2025, 1, 1)), Today);
        decision.Status.Should().Be(DecisionStatus.NotYetEligible);
        decision.EligibleFrom.Should().Be(new LocalDate(2026, 12, 22));
    }
}
