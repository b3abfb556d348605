using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Tests.Sentencing;

public sealed class SentenceCalculatorTests
{
    private static readonly CountingConvention Default = CountingConvention.Default;

    internal static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static DateInterval I(string from, string to) => new(D(from), D(to));

    private static SentenceHistory WorkedExample() => SentenceHistory.Imprisonment(
        D("2024-03-14"),
        SentenceTerm.Parse("2y6m"),
        new Remission(D("2024-12-25"), SentenceTerm.Parse("15d"), RemissionKind.Special),
        new Remission(D("2025-08-17"), SentenceTerm.Parse("2m"), RemissionKind.General));

    // docs/domain.md §8, the worked example, exactly.
    [Fact]
    public void Compute_WorkedExample_GivesEveryDateOfDomainSection8()
    {
        var dates = SentenceCalculator.Compute(WorkedExample(), Default);

        dates.NaturalExpiry.Should().Be(D("2026-09-14"));
        dates.Expiry.Should().Be(D("2026-07-01"));
        dates.BasisDays.Should().Be(900);
        dates.OneThird!.Date.Should().Be(D("2025-01-03"));
        dates.OneThird.RequiredDays.Should().Be(295);
        dates.OneThird.RemissionDays.Should().Be(15);
        dates.Half!.Date.Should().Be(D("2025-05-31"));
        dates.Half.RequiredDays.Should().Be(443);
        dates.TwoThirds!.Date.Should().Be(D("2025-09-15"));
        dates.TwoThirds.RequiredDays.Should().Be(550);
        dates.TwoThirds.RemissionDays.Should().Be(75);
        dates.Convention.Should().Be(Default);
    }

    [Fact]
    public void Compute_WorkedExample_BreakdownNamesTheConventionAndEachStepInBothLanguages()
    {
        var dates = SentenceCalculator.Compute(WorkedExample(), Default);

        dates.Breakdown.Select(s => s.Code).Should().StartWith(["convention", "start", "term.calendar", "expiry.natural", "expiry.remission", "expiry.remission", "expiry.after-remissions", "expiry", "fraction.basis"]);
        var indonesian = dates.Render(Language.Indonesian);
        var english = dates.Render(Language.English);
        indonesian.Should().Contain("keppres-174-1999").And.Contain("2024-03-14 + 2y6m = 2026-09-14").And.Contain("2/3 × (900 − 75 = 825) = 550");
        english.Should().Contain("keppres-174-1999").And.Contain("1/2 × (900 − 15 = 885) = 442 1/2, rounded up: 443 days").And.Contain("2026-08-30 − 60 days = 2026-07-01");
    }

    [Fact]
    public void ComputeKeyDates_WorkedExample_EqualsTheRichResult()
    {
        var key = SentenceCalculator.ComputeKeyDates(WorkedExample(), Default);
        key.Should().Be(new SentenceKeyDates(D("2026-09-14"), D("2026-07-01"), D("2025-05-31"), D("2025-09-15")));
    }

    [Fact]
    public void ComputeKeyDates_Span_WritesOneEntryPerHistory()
    {
        SentenceHistory[] histories = [WorkedExample(), new([Sentence.Life], Detention.Continuous(D("2020-01-01")))];
        var destination = new SentenceKeyDates[2];
        SentenceCalculator.ComputeKeyDates(histories, Default, destination);
        destination[0].Expiry.Should().Be(D("2026-07-01"));
        destination[1].HasDates.Should().BeFalse();
    }

    // docs/domain.md §8: the expiry adds years and months on the calendar, the last day of a shorter month when the day does not exist.
    [Theory]
    [InlineData("2024-03-14", "2y6m", MonthEndRule.LastDayOfMonth, "2026-09-14")]
    [InlineData("2024-01-31", "1m", MonthEndRule.LastDayOfMonth, "2024-02-29")]
    [InlineData("2023-01-31", "1m", MonthEndRule.LastDayOfMonth, "2023-02-28")]
    [InlineData("2024-03-31", "6m", MonthEndRule.LastDayOfMonth, "2024-09-30")]
    [InlineData("2024-08-31", "1m15d", MonthEndRule.LastDayOfMonth, "2024-10-15")]
    [InlineData("2024-01-31", "1m", MonthEndRule.FirstDayOfNextMonth, "2024-03-01")]
    [InlineData("2024-05-15", "1y", MonthEndRule.FirstDayOfNextMonth, "2025-05-15")]
    public void Compute_MonthEnds_FollowTheMonthEndRule(string start, string term, MonthEndRule rule, string expiry)
    {
        var convention = Default.WithMonthEnd("test", rule);
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D(start), SentenceTerm.Parse(term)), convention);
        dates.NaturalExpiry.Should().Be(D(expiry));
    }

    // 29 February: a year after a leap day is 28 February (or 1 March), four years after is 29 February; years and
    // months are added together (2024-02-29 + 1y6m = 2025-08-29, not 2025-08-28).
    [Theory]
    [InlineData("2024-02-29", "1y", MonthEndRule.LastDayOfMonth, "2025-02-28")]
    [InlineData("2024-02-29", "1y", MonthEndRule.FirstDayOfNextMonth, "2025-03-01")]
    [InlineData("2024-02-29", "4y", MonthEndRule.LastDayOfMonth, "2028-02-29")]
    [InlineData("2024-02-29", "1y6m", MonthEndRule.LastDayOfMonth, "2025-08-29")]
    [InlineData("2023-02-28", "1y", MonthEndRule.LastDayOfMonth, "2024-02-28")]
    public void Compute_LeapDay_IsClampedOnlyWhenMissing(string start, string term, MonthEndRule rule, string expiry)
    {
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D(start), SentenceTerm.Parse(term)), Default.WithMonthEnd("test", rule));
        dates.NaturalExpiry.Should().Be(D(expiry));
    }

    [Fact]
    public void Compute_MonthEndClamped_SaysSoInTheBreakdown()
    {
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D("2024-01-31"), SentenceTerm.Parse("1m")), Default);
        dates.Render(Language.English).Should().Contain("the last day of the month is taken");
    }

    // docs/domain.md §8: fractions count 30 days a month: 2/3 of 1 year is 240 days, 1/2 is 180 days, from the first day.
    [Theory]
    [InlineData("2024-01-01", "1y", 1, 2, "2024-06-29")]
    [InlineData("2024-01-01", "1y", 2, 3, "2024-08-28")]
    [InlineData("2024-03-14", "2y6m", 1, 2, "2025-06-07")]
    [InlineData("2024-03-14", "2y6m", 1, 3, "2025-01-08")]
    public void FractionDate_NoRemission_AddsTheFractionOfTheBasisToTheFirstDay(string start, string term, long n, long d, string expected)
    {
        var result = SentenceCalculator.FractionDate(SentenceHistory.Imprisonment(D(start), SentenceTerm.Parse(term)), new Fraction(n, d), Default);
        result!.Date.Should().Be(D(expected));
    }

    // docs/domain.md §8: a remission counts from the day it is granted: 2/3 of 1y net of 1 month is 220 days (2024-08-08),
    // but the remission was granted on 17 August, so 17 August itself is the 2/3 date.
    [Fact]
    public void FractionDate_RemissionAfterTheNetDate_GivesTheGrantDay()
    {
        var history = SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromYears(1), new Remission(D("2024-08-17"), SentenceTerm.FromMonths(1), RemissionKind.General));
        var result = SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Default)!;
        result.Date.Should().Be(D("2024-08-17"));
        result.RequiredDays.Should().Be(220);
        result.Render(Language.English).Should().Contain("a remission counts from the day it is granted");
    }

    // docs/domain.md §9: "2/3, and at least 9 months": 2/3 of 1 year is 240 days, 9 months is 270 days.
    [Theory]
    [InlineData("1y", "2024-09-27", true)]
    [InlineData("2y", "2025-04-25", false)]
    public void FractionDate_WithMinimum_TakesTheLaterDate(string term, string expected, bool minimumApplied)
    {
        var history = SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.Parse(term));
        var result = SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Default, SentenceTerm.FromMonths(9))!;
        result.Date.Should().Be(D(expected));
        result.MinimumApplied.Should().Be(minimumApplied);
    }

    [Fact]
    public void FractionDate_AnyFraction_IsExact()
    {
        // 3/4 of 900 days is 675 days.
        var result = SentenceCalculator.FractionDate(SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m")), new Fraction(3, 4), Default)!;
        result.RequiredDays.Should().Be(675);
        result.Date.Should().Be(D("2024-03-14").PlusDays(675));
    }

    [Fact]
    public void FractionDate_ImposedTermConvention_IgnoresRemission()
    {
        var convention = Default.WithFractionBasis("imposed-term", FractionBasis.ImposedTermOnly);
        var result = SentenceCalculator.FractionDate(WorkedExample(), Fraction.TwoThirds, convention)!;
        result.RequiredDays.Should().Be(600);
        result.Date.Should().Be(D("2024-03-14").PlusDays(600));
    }

    // docs/domain.md §8: a gap in detention pushes the expiry and the fractions back by the gap (20 days here).
    [Fact]
    public void Compute_InterruptedDetention_PushesDatesBackByTheGap()
    {
        var detention = Detention.Continuous(D("2024-03-14")).WithGap(I("2024-05-01", "2024-05-20"));
        var history = new SentenceHistory([Sentence.Imprisonment("2y6m")], detention);
        var dates = SentenceCalculator.Compute(history, Default);
        dates.NaturalExpiry.Should().Be(D("2026-10-04"));
        dates.Half!.Date.Should().Be(D("2025-06-27"));
        dates.OneThird!.Date.Should().Be(D("2025-01-28"));
        dates.Breakdown.Select(s => s.Code).Should().Contain(["credit.gap", "reading.interrupted-detention"]);
        dates.Render(Language.English).Should().Contain("from the last detention (2024-05-21)");
    }

    // docs/domain.md §8 (old KUHAP Pasal 22(5)): 30 days of house arrest count 10 (1/3), of city arrest 6 (1/5).
    [Theory]
    [InlineData(DetentionKind.HouseArrest, "2026-10-04", "2025-06-27")]
    [InlineData(DetentionKind.CityArrest, "2026-10-08", "2025-07-01")]
    [InlineData(DetentionKind.Ordinary, "2026-09-14", "2025-06-07")]
    public void Compute_HouseOrCityArrest_CountsByTheFactor(DetentionKind kind, string naturalExpiry, string half)
    {
        var detention = new Detention(D("2024-03-14"), [new DetentionPeriod(kind, I("2024-03-14", "2024-04-12"))]);
        var dates = SentenceCalculator.Compute(new SentenceHistory([Sentence.Imprisonment("2y6m")], detention), Default);
        dates.NaturalExpiry.Should().Be(D(naturalExpiry));
        dates.Half!.Date.Should().Be(D(half));
    }

    [Fact]
    public void Compute_OtherCreditFactors_AreTheConventions()
    {
        var detention = new Detention(D("2024-03-14"), [new DetentionPeriod(DetentionKind.HouseArrest, I("2024-03-14", "2024-04-12"))]);
        var full = Default.WithCredits("full-credit", Fraction.One, Fraction.One);
        SentenceCalculator.Compute(new SentenceHistory([Sentence.Imprisonment("2y6m")], detention), full).NaturalExpiry.Should().Be(D("2026-09-14"));
    }

    // Several remissions are subtracted one by one at 30 days a month (docs/domain.md §8).
    [Theory]
    [InlineData("2024-08-17:1m", "2025-01-01", "2024-12-02")]
    [InlineData("2024-08-17:1m,2024-10-01:15d", "2025-01-01", "2024-11-17")]
    [InlineData("2024-04-10:15d,2024-08-17:1m,2024-10-01:15d", "2025-01-01", "2024-11-02")]
    public void Compute_SeveralRemissions_SubtractEachFromTheExpiry(string remissions, string natural, string expiry)
    {
        var list = remissions.Split(',').Select(r => r.Split(':')).Select(p => new Remission(D(p[0]), SentenceTerm.Parse(p[1]), RemissionKind.General)).ToArray();
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromYears(1), list), Default);
        dates.NaturalExpiry.Should().Be(D(natural));
        dates.Expiry.Should().Be(D(expiry));
        dates.Breakdown.Count(s => s.Code == "expiry.remission").Should().Be(list.Length);
    }

    // docs/domain.md §8: substitute imprisonment (30 days a month) is added after the main term, after remissions.
    [Fact]
    public void Compute_Substitute_IsAddedAfterRemissions()
    {
        var dates = SentenceCalculator.Compute(WorkedExample().WithSubstitute(SentenceTerm.Parse("1m15d")), Default);
        dates.ExpiryAfterRemissions.Should().Be(D("2026-07-01"));
        dates.Expiry.Should().Be(D("2026-08-15"));
        dates.TwoThirds!.Date.Should().Be(D("2025-09-15"), "the fractions are of the main term");
    }

    // Consecutive sentences: 1y6m imprisonment then 8m kurungan = 1y14m, added once: 2024-01-10 + 26 months; basis 780 days.
    [Fact]
    public void Compute_ConsecutiveSentences_SumTheTerms()
    {
        var history = new SentenceHistory([Sentence.Imprisonment("1y6m"), Sentence.Kurungan(SentenceTerm.FromMonths(8))], Detention.Continuous(D("2024-01-10")));
        var dates = SentenceCalculator.Compute(history, Default);
        dates.NaturalExpiry.Should().Be(D("2026-03-10"));
        dates.BasisDays.Should().Be(780);
        dates.TwoThirds!.Date.Should().Be(D("2025-06-13"));
        dates.Half!.Date.Should().Be(D("2025-02-03"));
        dates.Breakdown.Select(s => s.Code).Should().Contain("term.consecutive");
    }

    // docs/domain.md §8 (UU 22/2022 Pasal 10(4)): life and death have no expiry; community sentences have no custodial dates.
    [Theory]
    [InlineData(SentenceKind.Life, "no-dates.life-or-death")]
    [InlineData(SentenceKind.Death, "no-dates.life-or-death")]
    [InlineData(SentenceKind.CommunityService, "no-dates.community")]
    [InlineData(SentenceKind.Supervision, "no-dates.community")]
    public void Compute_LifeDeathOrCommunity_HasNoDates(SentenceKind kind, string code)
    {
        var sentence = kind switch
        {
            SentenceKind.Life => Sentence.Life,
            SentenceKind.Death => Sentence.Death,
            SentenceKind.CommunityService => Sentence.CommunityService(120),
            _ => Sentence.Supervision(SentenceTerm.FromYears(1)),
        };
        var history = new SentenceHistory([sentence], Detention.Continuous(D("2024-01-01")));
        var dates = SentenceCalculator.Compute(history, Default);
        dates.HasDates.Should().BeFalse();
        dates.Expiry.Should().BeNull();
        dates.Breakdown.Select(s => s.Code).Should().Contain(code);
        SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Default).Should().BeNull();
        SentenceCalculator.ComputeKeyDates(history, Default).HasDates.Should().BeFalse();
    }

    [Fact]
    public void Compute_CommunitySentenceBesideImprisonment_IsNotCounted()
    {
        var history = new SentenceHistory([Sentence.Imprisonment("1y"), Sentence.CommunityService(40)], Detention.Continuous(D("2024-01-01")));
        var dates = SentenceCalculator.Compute(history, Default);
        dates.NaturalExpiry.Should().Be(D("2025-01-01"));
        dates.Breakdown.Select(s => s.Code).Should().Contain("term.community-not-counted");
    }

    [Fact]
    public void Compute_LifeAmongConsecutiveSentences_HasNoDates()
    {
        var history = new SentenceHistory([Sentence.Imprisonment("2y"), Sentence.Life], Detention.Continuous(D("2024-01-01")));
        SentenceCalculator.Compute(history, Default).HasDates.Should().BeFalse();
    }

    // Days served on a date exclude that date: 2025-01-03 is 295 days after 2024-03-14 (docs/domain.md §8).
    [Fact]
    public void Compute_AsOf_GivesServedAndRemaining()
    {
        var dates = SentenceCalculator.Compute(WorkedExample(), Default, D("2025-01-03"));
        dates.ServedDays.Should().Be(295);
        // On 2025-01-03 only the 15-day remission was granted: expiry then 2026-08-30, 604 days away.
        dates.RemainingDays.Should().Be(604);
        SentenceCalculator.ServedDays(WorkedExample(), D("2024-03-14"), Default).Should().Be(0);
        SentenceCalculator.ServedDays(WorkedExample(), D("2024-03-15"), Default).Should().Be(1);
    }

    [Fact]
    public void Compute_AfterExpiry_RemainingIsZero()
    {
        SentenceCalculator.Compute(WorkedExample(), Default, D("2027-01-01")).RemainingDays.Should().Be(0);
    }

    [Fact]
    public void Compute_RemissionLargerThanWhatIsLeft_Throws()
    {
        var history = SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromMonths(8), new Remission(D("2024-08-17"), SentenceTerm.FromMonths(2), RemissionKind.General));
        var act = () => SentenceCalculator.Compute(history, Default);
        act.Should().Throw<ArgumentException>().WithParameterName("history").WithMessage("*must not be larger than what is left*2024-08-17*60 days*");
        var fast = () => SentenceCalculator.ComputeKeyDates(history, Default);
        fast.Should().Throw<ArgumentException>().WithParameterName("history");
    }

    [Fact]
    public void Compute_Null_Throws()
    {
        var act = () => SentenceCalculator.Compute(null!, Default);
        act.Should().Throw<ArgumentNullException>().WithParameterName("history");
        var act2 = () => SentenceCalculator.Compute(WorkedExample(), null!);
        act2.Should().Throw<ArgumentNullException>().WithParameterName("convention");
    }

    [Fact]
    public void Compute_SameInputs_GiveEqualResults()
    {
        SentenceCalculator.Compute(WorkedExample(), Default).Should().Be(SentenceCalculator.Compute(WorkedExample(), Default));
    }
}
