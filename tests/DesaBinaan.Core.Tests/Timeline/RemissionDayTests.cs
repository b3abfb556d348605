using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Timeline;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using static DesaBinaan.Core.Tests.Timeline.RightsTimelineTests;

namespace DesaBinaan.Core.Tests.Timeline;

/// <summary>The national remission day (Keppres 174/1999; Keppres 120/1955; the remission policy of Permenkumham 3/2018 Pasal 5).</summary>
public sealed class RemissionDayTests
{
    private static readonly LocalDate August2026 = new(2026, 8, 17);
    private static readonly LocalDate August2025 = new(2025, 8, 17);

    // Detained 2025-01-02, 2 years, a general remission of 1 month on 17 Aug 2025: on 17 Aug 2026 the second general
    // remission is 3 months (Keppres 174/1999 Pasal 4, tier by grants received).
    [Fact]
    public void SecondGeneralRemission_DueThreeMonths()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2), new Remission(August2025, SentenceTerm.FromMonths(1), RemissionKind.General));
        var row = RemissionDay.For(August2026).Evaluate(Person(history));

        row.Outcome.Should().Be(RemissionDayOutcome.Due);
        row.Amount.Should().Be(SentenceTerm.FromMonths(3));
        row.Tier.Should().Be(2);
        row.Code.Should().Be("remisi.general.year-2");
        row.ReleasedOnTheDay.Should().BeFalse();
    }

    // Detained 2025-09-01, 1 year (expiry 2026-09-01): on 17 Aug 2026, 350 days served, the first general remission is
    // 1 month (6 to 12 months served), and only 15 days are left: it reaches the expiry, released on the day (RU II).
    [Fact]
    public void RemissionReachingTheExpiry_ReleasedOnTheDay()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 9, 1), SentenceTerm.FromYears(1));
        var row = RemissionDay.For(August2026).Evaluate(Person(history));

        row.Outcome.Should().Be(RemissionDayOutcome.Due);
        row.ReleasesOnGrantDay.Should().BeTrue();
        row.ReleasedOnTheDay.Should().BeTrue();
        row.Amount.Should().Be(SentenceTerm.FromDays(15), "the amount is limited to what is left");
    }

    [Fact]
    public void SixMonthsOrLessServed_NotDueWithTheTimeReason()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2026, 3, 1), SentenceTerm.FromYears(2));
        var row = RemissionDay.For(August2026).Evaluate(Person(history));

        row.Outcome.Should().Be(RemissionDayOutcome.NotDue);
        row.Code.Should().Be("remisi.served-six-months-or-less");
        row.Amount.Should().Be(SentenceTerm.Zero);
    }

    [Fact]
    public void NotActiveInGuidance_BlockedByThatCriterion()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2));
        var row = RemissionDay.For(August2026).Evaluate(Person(history, guidance: false));

        row.Outcome.Should().Be(RemissionDayOutcome.Blocked);
        row.Code.Should().Be("remisi.guidance");
    }

    [Fact]
    public void GuidanceNotRecorded_Undetermined()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2));
        RemissionDay.For(August2026).Evaluate(Person(history, guidance: null)).Outcome.Should().Be(RemissionDayOutcome.Undetermined);
    }

    // Idul Fitri 2026-03-21: the special remission only for the religion first recorded (Keppres 174/1999 Pasal 7 ayat (5)).
    [Fact]
    public void IdulFitri_OnlyForMuslims_UndeterminedWithoutReligion()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2));
        var day = RemissionDay.For(new LocalDate(2026, 3, 21), ReligiousHoliday.IdulFitri);

        day.Kind.Should().Be(RemissionKind.Special);
        day.Evaluate(Person(history, Religion.Islam)).Should().Match<RemissionDayRow>(r => r.Outcome == RemissionDayOutcome.Due && r.Amount == SentenceTerm.FromMonths(1));
        day.Evaluate(Person(history, Religion.Christianity)).Should().Match<RemissionDayRow>(r => r.Outcome == RemissionDayOutcome.NotDue && r.Code == "remisi.special.not-own-holiday");
        day.Evaluate(Person(history)).Outcome.Should().Be(RemissionDayOutcome.Undetermined);
    }

    // 17 August 2025, a decennial year: 1/12 of the imposed term, at most 3 months (Keppres 120/1955), even to a person
    // who has served too little for the general remission (the default rule needs 30 days).
    [Fact]
    public void DecennialYear_DecennialRemissionBesideTheGeneral()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 5, 1), SentenceTerm.FromYears(2));
        var day = RemissionDay.For(August2025);
        var row = day.Evaluate(Person(history));

        day.IsDecennial.Should().BeTrue();
        row.Outcome.Should().Be(RemissionDayOutcome.NotDue, "108 days served is not more than 6 months");
        row.DecennialOutcome.Should().Be(RemissionDayOutcome.Due);
        row.DecennialAmount.Should().Be(SentenceTerm.FromMonths(2), "1/12 of 720 days is 60 days");
        RemissionDay.For(August2026).Evaluate(Person(history)).DecennialOutcome.Should().Be(RemissionDayOutcome.NotDue, "2026 is not a decennial year");
    }

    // Detained 2025-03-25, 5 months (150 days, expiry 2025-08-22): under 6 months, no general remission (Keppres 174/1999
    // Pasal 12); the decennial remission, 1/12 of 150 days = 12 days, reaches the expiry 5 days away: Dasawarsa II.
    [Fact]
    public void DecennialReachingTheExpiry_DasawarsaII()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 3, 25), SentenceTerm.FromMonths(5));
        var row = RemissionDay.For(August2025).Evaluate(Person(history));

        row.Outcome.Should().Be(RemissionDayOutcome.NotDue);
        row.Code.Should().Be("remisi.sentence-under-six-months");
        row.DecennialOutcome.Should().Be(RemissionDayOutcome.Due);
        row.DecennialAmount.Should().Be(SentenceTerm.FromDays(5));
        row.DecennialReleasesOnGrantDay.Should().BeTrue();
        row.ReleasedOnTheDay.Should().BeTrue();
    }

    // Natal 2025 for a Christian detained 2025-01-02 (357 days served, under 12 months): the first special remission, 15 days.
    [Fact]
    public void Natal_FirstSpecialRemissionUnderTwelveMonths_FifteenDays()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2));
        var row = RemissionDay.For(new LocalDate(2025, 12, 25), ReligiousHoliday.Natal).Evaluate(Person(history, Religion.Christianity));

        row.Should().Match<RemissionDayRow>(r => r.Outcome == RemissionDayOutcome.Due && r.Amount == SentenceTerm.FromDays(15) && r.Tier == 1 && r.Code == "remisi.special.year-1.six-to-twelve-months");
        row.DecennialOutcome.Should().Be(RemissionDayOutcome.NotDue, "the decennial remission falls only on 17 August");
    }

    [Fact]
    public void For_GeneralRemissionNotOn17August_Refused()
    {
        var act = () => RemissionDay.For(new LocalDate(2026, 8, 18));
        act.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*17 August*");
    }

    // The population: each row agrees with the remission policy's decision and with the entitlement's amount, the parallel
    // run writes the same rows, and the counts add up.
    [Fact]
    public void Population_RowsAgreeWithThePolicyAndTheEntitlement_ParallelEqualsSequential()
    {
        var profiles = SyntheticPopulation.Generate(6_000, August2025);
        var population = new InmatePopulation(profiles);
        var day = RemissionDay.For(August2025);
        var rows = new RemissionDayRow[profiles.Length];
        var parallel = new RemissionDayRow[profiles.Length];

        var counts = day.Evaluate(population, rows);
        var parallelCounts = day.EvaluateParallel(population, parallel, 2);

        parallel.Should().Equal(rows);
        parallelCounts.Should().Be(counts);
        (counts.Due + counts.NotDue + counts.Blocked + counts.Undetermined).Should().Be(profiles.Length);
        counts.Due.Should().BeGreaterThan(0);
        counts.DecennialDue.Should().BeGreaterThan(0);
        var policy = IndonesianPolicies.Remission.Prepare(August2025);
        for (var i = 0; i < profiles.Length; i += 7)
        {
            var status = policy.Evaluate(profiles[i]).Status;
            (rows[i].Outcome == RemissionDayOutcome.Due).Should().Be(status == DecisionStatus.Eligible, "row {0} follows the remission policy", i);
            if (rows[i].Outcome == RemissionDayOutcome.Due)
            {
                rows[i].Amount.Should().Be(RemissionEntitlements.Assess(profiles[i].Sentence!, August2025, RemissionKind.General, CountingConvention.Default).Amount);
            }
        }
    }

    // The population is decided in batches through the policy's columns, one person through the policy alone: every row
    // is the same either way, whatever its outcome and reason (blocked, undetermined, the decennial remission, a holiday).
    [Theory]
    [InlineData("2025-08-17", null)]
    [InlineData("2026-08-17", null)]
    [InlineData("2026-03-21", ReligiousHoliday.IdulFitri)]
    public void Population_EveryRowEqualsThePersonDecidedOnTheirOwn(string date, ReligiousHoliday? holiday)
    {
        var grantDay = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        // Religions recorded for most (the synthetic profiles have none): a holiday's remission reads them.
        Religion?[] religions = [Religion.Islam, Religion.Christianity, null, Religion.Islam, Religion.Hinduism];
        var profiles = SyntheticPopulation.Generate(3_000, grantDay).Select((p, i) => p.WithReligion(religions[i % religions.Length])).ToArray();
        var day = RemissionDay.For(grantDay, holiday);
        var rows = new RemissionDayRow[profiles.Length];

        day.Evaluate(new InmatePopulation(profiles), rows);

        for (var i = 0; i < profiles.Length; i++)
        {
            rows[i].Should().Be(day.Evaluate(profiles[i]), "{0} is decided as on their own", profiles[i].Id);
        }

        rows.Select(r => r.Outcome).Distinct().Should().HaveCount(4, "the synthetic people are due, not due, blocked and undetermined");
        rows.Select(r => r.Code).Distinct().Should().HaveCountGreaterThan(6, "the rows give many reasons");
    }

    [Fact]
    public void Population_BufferTooShort_Refused()
    {
        var population = new InmatePopulation(SyntheticPopulation.Generate(10, August2026));
        var act = () => RemissionDay.For(August2026).Evaluate(population, new RemissionDayRow[9]);
        act.Should().Throw<ArgumentException>().WithParameterName("rows");
    }
}
