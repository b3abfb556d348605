using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Eligibility;

// Two rules with exceptions whose conditions are the same criteria (assimilation's time served and conduct both turn on
// "is a child" and "is a special offence") pick the same branch for every subject, so a batch chooses it once. Each
// result must still be what its own criterion answers for that subject alone.
public sealed class SharedConditionsTests
{
    private static readonly LocalDate Today = new(2026, 5, 1);

    [Fact]
    public void HasSameConditions_TheSameConditionObjects_True()
    {
        var special = new FlagIs("toy.special", s => s.Special);

        Time(special).HasSameConditions(Report(special)).Should().BeTrue();
    }

    [Fact]
    public void HasSameConditions_AnotherConditionObject_False()
    {
        // Another object is not known to answer alike, even with the same code: each chooses its own branches.
        Time(new FlagIs("toy.special", s => s.Special)).HasSameConditions(Report(new FlagIs("toy.special", s => s.Special))).Should().BeFalse();
    }

    [Fact]
    public void EvaluateMany_RulesSharingConditions_EachEqualsItsCriterionAlone()
    {
        var special = new FlagIs("toy.special", s => s.Special);
        var other = new FlagIs("toy.city-known", s => s.City is null ? null : true);
        var version = new PolicyVersion<ToySubject, ToyParameters>(
            "toy.shared", new("Bersama", "Shared"), new DateInterval(Toy.Start, LocalDate.MaxIsoValue), [new Citation("Toy 1/2000")], new ToyParameters(true, "Pekalongan"),
            [Time(special), Report(special), Report(other, "toy.report-by-city")]);
        var evaluator = new Policy<ToySubject, ToyParameters>("toy-shared", new("Bersama", "Shared"), [version]).Prepare(Today);
        var random = new Random(20260507);
        var subjects = new ToySubject[700];
        for (var i = 0; i < subjects.Length; i++)
        {
            subjects[i] = new ToySubject(
                "S-" + i,
                random.Next(10) == 0 ? null : Today.PlusDays(random.Next(-400, 400)),
                random.Next(10) == 0 ? null : Today.PlusDays(random.Next(-400, 400)),
                random.Next(3) switch { 0 => null, 1 => true, _ => false },
                random.Next(4) switch { 0 => null, 1 => false, _ => true },
                random.Next(5) == 0 ? null : "Pekalongan");
        }

        var n = evaluator.CriterionCount;
        var results = new CriterionResult[subjects.Length * n];
        var summaries = new EvaluationSummary[subjects.Length];
        evaluator.EvaluateMany(subjects, results, summaries);

        var context = evaluator.Context;
        var alone = new CriterionResult[n];
        for (var i = 0; i < subjects.Length; i++)
        {
            for (var c = 0; c < n; c++)
            {
                alone[c] = version.Criteria[c].Evaluate(subjects[i], in context);
            }

            results.AsSpan(i * n, n).ToArray().Should().Equal(alone, "subject {0}", i);
            summaries[i].Should().Be(EvaluationSummary.From(CriterionResult.Met, alone, context.DayNumber));
        }

        results.Select(r => r.Outcome).Distinct().Should().HaveCount(3, "the subjects reach met, not met and unknown");
    }

    // Served time: 1/2 in general, 2/3 when the condition holds.
    private static ExceptionCriterion<ToySubject, ToyParameters> Time(ICriterion<ToySubject, ToyParameters> condition) =>
        Criteria.WithExceptions(
            new CriterionDescriptor("toy.served", new("Masa pidana", "Time served"), new Citation("Toy 1/2000", "Pasal 3")),
            new DateReached("toy.half-served", s => s.HalfDate),
            new CriterionException<ToySubject, ToyParameters>(10, condition, new DateReached("toy.two-thirds-served", s => s.TwoThirdsDate)));

    // A report in general; under the condition, the 1/2 date instead.
    private static ExceptionCriterion<ToySubject, ToyParameters> Report(ICriterion<ToySubject, ToyParameters> condition, string code = "toy.report-rule") =>
        Criteria.WithExceptions(
            new CriterionDescriptor(code, new("Laporan", "Report"), new Citation("Toy 1/2000", "Pasal 4")),
            new FlagIs(code + ".report", s => s.HasReport),
            new CriterionException<ToySubject, ToyParameters>(10, condition, new DateReached(code + ".half", s => s.HalfDate)));
}
