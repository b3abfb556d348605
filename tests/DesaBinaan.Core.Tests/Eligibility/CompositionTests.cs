using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Eligibility;

/// <summary>The three-valued logic of all-of, any-of, not and rules with exceptions (the design notes "Decide one person").</summary>
public sealed class CompositionTests
{
    private static readonly LocalDate Today = new(2026, 5, 1);
    private static readonly int Day = DayNumbers.FromDate(Today);

    private static CriterionResult R(string code) => code switch
    {
        "M" => CriterionResult.Met,
        "N" => CriterionResult.NotMet,
        "U" => CriterionResult.Unknown,
        "A" => CriterionResult.NotApplicable,
        "W10" => CriterionResult.NotMetUntil(Day + 10),
        "W20" => CriterionResult.NotMetUntil(Day + 20),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    private static CriterionResult Run(ICriterion<ToySubject, ToyParameters> criterion)
    {
        var context = Toy.Context(Today);
        var fast = criterion.Evaluate(Toy.Subject(), in context);
        criterion.Explain(Toy.Subject(), in context).Result.Should().Be(fast, "Explain must agree with Evaluate");
        return fast;
    }

    [Theory]
    [InlineData("M,M", "M")]
    [InlineData("M,U", "U")]
    [InlineData("N,U", "N")] // a definite failure wins over missing evidence
    [InlineData("W10,U", "U")]
    [InlineData("W10,W20", "W20")] // not yet: until the latest date
    [InlineData("M,W10", "W10")]
    [InlineData("N,W10", "N")]
    [InlineData("A,M", "M")] // not applicable parts are ignored
    [InlineData("A,A", "A")]
    public void AllOf_Table(string parts, string expected)
    {
        var criterion = Criteria.AllOf(Toy.Whole, parts.Split(',').Select((p, i) => (ICriterion<ToySubject, ToyParameters>)new Fixed("toy.p" + i, R(p))).ToArray());
        Run(criterion).Should().Be(R(expected));
    }

    [Theory]
    [InlineData("N,M", "M")]
    [InlineData("N,U", "U")]
    [InlineData("M,U", "M")]
    [InlineData("W20,W10", "W10")] // any-of waits for the earliest
    [InlineData("N,W10", "W10")]
    [InlineData("N,N", "N")]
    [InlineData("A,N", "N")]
    [InlineData("A,A", "A")]
    public void AnyOf_Table(string parts, string expected)
    {
        var criterion = Criteria.AnyOf(Toy.Whole, parts.Split(',').Select((p, i) => (ICriterion<ToySubject, ToyParameters>)new Fixed("toy.p" + i, R(p))).ToArray());
        Run(criterion).Should().Be(R(expected));
    }

    [Theory]
    [InlineData("M", "N")]
    [InlineData("N", "M")]
    [InlineData("W10", "M")]
    [InlineData("U", "U")]
    [InlineData("A", "A")]
    public void Not_Table(string part, string expected)
    {
        Run(Criteria.Not(Toy.Whole, new Fixed("toy.p", R(part)))).Should().Be(R(expected));
    }

    [Fact]
    public void WithExceptions_ConditionMet_ExceptionReplacesRule()
    {
        // docs/domain.md §9: the 1/2 rule and the 2/3 rule for special offences are one criterion with an exception.
        var criterion = Toy.ServedTime();
        var context = Toy.Context(Today);
        var special = Toy.Subject(half: Today.PlusDays(-10), twoThirds: Today.PlusDays(40), special: true);
        criterion.Evaluate(special, in context).Should().Be(CriterionResult.NotMetUntil(Day + 40));
        var finding = criterion.Explain(special, in context);
        finding.Code.Should().Be("toy.two-thirds-served");
        finding.Parts.Should().ContainSingle(p => p.Code == "toy.special");

        var general = special with { Special = false };
        criterion.Evaluate(general, in context).Should().Be(CriterionResult.MetSince(Day - 10));
        criterion.Explain(general, in context).Code.Should().Be("toy.half-served");
    }

    [Fact]
    public void WithExceptions_ConditionUnknown_IsUnknown()
    {
        var criterion = Toy.ServedTime();
        var context = Toy.Context(Today);
        var subject = Toy.Subject(half: Today.PlusDays(-10), twoThirds: Today.PlusDays(40), special: null);
        criterion.Evaluate(subject, in context).Should().Be(CriterionResult.Unknown);
        var finding = criterion.Explain(subject, in context);
        finding.Code.Should().Be("toy.served");
        finding.MissingFacts().Should().ContainSingle(f => f.Code == "toy.special.value");
    }

    [Fact]
    public void WithExceptions_HigherPriorityTriedFirst()
    {
        var rule = new Fixed("toy.rule", CriterionResult.Met);
        var low = new CriterionException<ToySubject, ToyParameters>(1, new Fixed("toy.when-low", CriterionResult.Met), new Fixed("toy.low", CriterionResult.NotMet));
        var high = new CriterionException<ToySubject, ToyParameters>(5, new Fixed("toy.when-high", CriterionResult.Met), new Fixed("toy.high", CriterionResult.NotMetUntil(Day + 10)));
        var criterion = Criteria.WithExceptions(Toy.Whole, rule, low, high);
        criterion.Exceptions[0].Priority.Should().Be(5);
        Run(criterion).Should().Be(CriterionResult.NotMetUntil(Day + 10));
    }

    [Fact]
    public void WithExceptions_SamePriorityTwice_Throws()
    {
        var rule = new Fixed("toy.rule", CriterionResult.Met);
        var one = new CriterionException<ToySubject, ToyParameters>(1, rule, rule);
        var act = () => Criteria.WithExceptions(Toy.Whole, rule, one, one);
        act.Should().Throw<ArgumentException>().WithParameterName("exceptions").WithMessage("*distinct priorities*");
    }

    [Fact]
    public void AllOf_NoPart_Throws()
    {
        var act = () => Criteria.AllOf<ToySubject, ToyParameters>(Toy.Whole);
        act.Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("*at least one part*");
    }
}
