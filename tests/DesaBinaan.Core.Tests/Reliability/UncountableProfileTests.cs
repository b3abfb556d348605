using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using DesaBinaan.Core.Timeline;
using NodaTime;
using RosterSpans = DesaBinaan.Core.Population.Roster;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// A profile whose dates cannot be counted under a policy (under the policy's convention a remission is larger than
/// what is left of the sentence) is undetermined, saying why, and never stops the evaluation of everyone else.
/// </summary>
public sealed class UncountableProfileTests
{
    private static readonly LocalDate Today = ProducedTexts.Today;

    /// <summary>
    /// Parole under calendar months. (A minimum of 7,000 years served no longer makes a profile uncountable: a right that
    /// would arise after the expiry is simply not met, the sentence ending first.)
    /// </summary>
    private static readonly Policy<InmateProfile, RightsParameters> LongMinimumParole = IndonesianPolicies.Parole.WithParameters(p => p.WithConvention(CountingConvention.CalendarMonths));

    /// <summary>
    /// One month from 2025-02-01 with 29 days of remission granted on 2025-02-02: under the practice convention the month
    /// is 30 days (29 left that day), under calendar months it is February's 28 (27 left): the remission cannot be counted.
    /// </summary>
    private static InmateProfile Uncountable(string id) => AnInmate.Convict().WithId(id).WithSentence(
        ASentence.Of("1m").From(new LocalDate(2025, 2, 1)).WithRemission(new LocalDate(2025, 2, 2), "29d")).Build();

    private static InmateProfile[] Roster() =>
    [
        AnInmate.Convict().WithId("WB-1").Sentenced("6y").ServedTwoThirdsOn(new LocalDate(2026, 3, 1)),
        Uncountable("WB-2"),
        AnInmate.Detainee().WithId("WB-3"),
        AnInmate.Convict().WithId("WB-4").Sentenced("2y").DetainedOn(new LocalDate(2025, 1, 1)),
    ];

    [Fact]
    public void Decide_AProfileThatCannotBeCounted_IsUndeterminedSayingWhy()
    {
        var decision = LongMinimumParole.Decide(Roster()[1], Today);
        decision.Status.Should().Be(DecisionStatus.Undetermined);
        decision.Findings.SelectMany(f => f.Facts).Select(f => f.Code).Should().Contain("evaluation.not-computable");
        decision.Render(Language.English).Should().Contain("Cannot be computed");
        decision.Render(Language.Indonesian).Should().Contain("Tidak dapat dihitung");
    }

    [Fact]
    public void InmatePopulation_WithOneProfileThatCannotBeCounted_DecidesEveryoneElseInOrder()
    {
        var profiles = Roster();
        var evaluator = LongMinimumParole.Prepare(Today);
        var roster = new InmatePopulation(profiles).Evaluate(evaluator);
        roster.Count.Should().Be(4);
        for (var i = 0; i < profiles.Length; i++)
        {
            roster.Subjects[i].Id.Value.Should().Be(profiles[i].Id.Value, "the roster keeps the order given");
            if (i != 1)
            {
                roster.Summaries[i].Status.Should().Be(evaluator.Decide(profiles[i]).Status, "{0} is decided as on its own", profiles[i].Id);
            }
        }

        roster.Summaries[1].Status.Should().Be(DecisionStatus.Undetermined);
        roster.Decide(1).Findings.SelectMany(f => f.Facts).Select(f => f.Code).Should().Contain("evaluation.not-computable");
        roster.Rows(Language.English).Select(r => r.SubjectId).Should().Equal("WB-1", "WB-2", "WB-3", "WB-4");
        roster.Rows(Language.English)[1].Status.Should().Be(DecisionStatus.Undetermined);
    }

    [Fact]
    public void RosterEvaluation_WithOneProfileThatCannotBeCounted_DecidesEveryoneElse()
    {
        var profiles = Roster();
        var single = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(LongMinimumParole, Today, profiles);
        var parallel = RosterEvaluation<InmateProfile, RightsParameters>.EvaluateParallel(LongMinimumParole.Prepare(Today), profiles);
        single.Summaries.ToArray().Should().Equal(parallel.Summaries.ToArray());
        single.Summaries[1].Status.Should().Be(DecisionStatus.Undetermined);
        single.Summaries[0].Status.Should().NotBe(DecisionStatus.Undetermined);
        single.Summaries[2].Status.Should().Be(LongMinimumParole.Decide(profiles[2], Today).Status);
    }

    [Fact]
    public void Roster_WithOneProfileThatCannotBeCounted_WritesEveryoneElseInOrder()
    {
        // The allocation-free span path: the same summaries and results, at the same positions, on one thread or several.
        var profiles = Roster();
        var evaluator = LongMinimumParole.Prepare(Today);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[RosterSpans.ResultLength(evaluator, profiles.Length)];
        RosterSpans.Evaluate(evaluator, profiles, summaries, results);
        var parallelSummaries = new EvaluationSummary[profiles.Length];
        var parallelResults = new CriterionResult[results.Length];
        RosterSpans.EvaluateParallel(evaluator, profiles, parallelSummaries, parallelResults, maxDegreeOfParallelism: 2);
        parallelSummaries.Should().Equal(summaries);
        parallelResults.Should().Equal(results);
        summaries[1].Status.Should().Be(DecisionStatus.Undetermined, "WB-2's remission cannot be counted in calendar months");
        for (var i = 0; i < profiles.Length; i++)
        {
            if (i != 1)
            {
                summaries[i].Should().Be(evaluator.Evaluate(profiles[i]), "{0} is decided as on its own", profiles[i].Id);
            }
        }
    }

    [Fact]
    public void AsimilasiPopulation_WithOneProfileThatCannotBeCounted_DecidesEveryoneElse()
    {
        // The packed asimilasi path: a special-offence minimum of 7,000 years served.
        var policy = IndonesianPolicies.Asimilasi.WithParameters(p => p.WithSettings(new AsimilasiSettings(specialMinimumServed: SentenceTerm.FromYears(7_000))));
        InmateProfile[] profiles =
        [
            AnInmate.ConvictedOf(OffenceCategory.Narcotics).WithId("WB-1").Sentenced("6y").DetainedOn(new LocalDate(2024, 1, 1)),
            AnInmate.ConvictedOf(OffenceCategory.Narcotics).WithId("WB-2").Sentenced("6y").DetainedOn(new LocalDate(3500, 1, 1)),
            AnInmate.Convict().WithId("WB-3").Sentenced("2y").ServedHalfOn(Today.PlusDays(-10)),
        ];
        var evaluator = policy.Prepare(Today);
        var roster = new InmatePopulation(profiles).Evaluate(evaluator);
        for (var i = 0; i < profiles.Length; i++)
        {
            roster.Summaries[i].Should().Be(evaluator.Evaluate(profiles[i]), "the packed path agrees with the single path for {0}", profiles[i].Id);
        }

        roster.Summaries[2].Status.Should().Be(DecisionStatus.Eligible);
    }

    [Fact]
    public void LargePopulation_WithOneProfileThatCannotBeCounted_OnlyItsBatchIsDecidedOneByOne()
    {
        // 600 people in batches of 256: the one that cannot be counted (in the second batch) is undetermined, and every
        // other person, in its batch and in the others, is decided exactly as on their own.
        var profiles = new InmateProfile[600];
        for (var i = 0; i < profiles.Length; i++)
        {
            profiles[i] = i == 300
                ? Uncountable("WB-" + i)
                : i % 3 == 0
                    ? AnInmate.Convict().WithId("WB-" + i).Sentenced("6y").ServedTwoThirdsOn(Today.PlusDays(i - 300))
                    : AnInmate.Convict().WithId("WB-" + i).Sentenced("2y").DetainedOn(new LocalDate(2025, 1, 1).PlusDays(i));
        }

        var evaluator = LongMinimumParole.Prepare(Today);
        var summaries = new EvaluationSummary[profiles.Length];
        new InmatePopulation(profiles).Evaluate(evaluator, summaries);

        summaries[300].Status.Should().Be(DecisionStatus.Undetermined);
        for (var i = 0; i < profiles.Length; i++)
        {
            summaries[i].Should().Be(evaluator.Evaluate(profiles[i]), "{0} is decided as on its own", profiles[i].Id);
        }

        summaries.Select(x => x.Status).Distinct().Should().HaveCountGreaterThan(2, "the others reach several statuses");
    }

    [Fact]
    public void RemissionDay_WithOneProfileThatCannotBeCounted_DecidesEveryoneElseAsOnTheirOwn()
    {
        // The remission day counts under the remission policy's convention (30-day months). One month from 1 August 2026
        // under calendar months is 31 days, and a remission of 30 days granted on the 2nd fits (30 left); under 30-day
        // months 29 are left that day, so that person's remission cannot be counted. Among 600 people (decided in batches
        // of 256), that one is undetermined, and every other person, in its batch and in the others, is decided exactly as
        // on their own.
        var day = RemissionDay.For(new LocalDate(2026, 8, 17));
        var profiles = new InmateProfile[600];
        for (var i = 0; i < profiles.Length; i++)
        {
            profiles[i] = i == 300
                ? AnInmate.Convict().WithId("WB-" + i).WithConvention(CountingConvention.CalendarMonths).WithSentence(
                    ASentence.Of("1m").From(new LocalDate(2026, 8, 1)).WithRemission(new LocalDate(2026, 8, 2), "30d")).Build()
                : AnInmate.Convict().WithId("WB-" + i).Sentenced(i % 3 == 0 ? "6y" : "2y").DetainedOn(new LocalDate(2023, 1, 1).PlusDays(i * 2));
        }

        var rows = new RemissionDayRow[profiles.Length];
        var counts = day.Evaluate(new InmatePopulation(profiles), rows);

        rows[300].Outcome.Should().Be(RemissionDayOutcome.Undetermined);
        rows[300].Code.Should().Be("evaluation.not-computable");
        counts.Undetermined.Should().Be(1);
        for (var i = 0; i < profiles.Length; i++)
        {
            rows[i].Should().Be(day.Evaluate(profiles[i]), "{0} is decided as on their own", profiles[i].Id);
        }

        rows.Select(r => r.Outcome).Distinct().Should().HaveCountGreaterThan(2, "the others reach several outcomes");
    }
}
