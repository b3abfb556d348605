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

    /// <summary>A named convention by its name, for theory rows (the default and the older readings kept as alternatives).</summary>
    internal static CountingConvention Named(string name) =>
        new[] { CountingConvention.Practice, CountingConvention.NetOfRemission, CountingConvention.CalendarMonths, CountingConvention.TiersByYearsServed, CountingConvention.NetOfRemissionCalendarMonths }.Single(c => c.Name == name);

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

        // Practice convention (docs/domain.md §8): 2026-03-14 + 6 × 30 days; remission counted as served in the fractions.
        // Was 2026-09-14 / 2026-07-01, 1/3 2025-01-03 (295), 1/2 2025-05-31 (443), 2/3 2025-09-15 (550) under the older readings.
        dates.NaturalExpiry.Should().Be(D("2026-09-10"));
        dates.Expiry.Should().Be(D("2026-06-27"));
        dates.BasisDays.Should().Be(900);
        dates.OneThird!.Date.Should().Be(D("2024-12-25"));
        dates.OneThird.RequiredDays.Should().Be(285);
        dates.OneThird.RemissionDays.Should().Be(15);
        dates.Half!.Date.Should().Be(D("2025-05-23"));
        dates.Half.RequiredDays.Should().Be(435);
        dates.Half.RemissionDays.Should().Be(15);
        dates.TwoThirds!.Date.Should().Be(D("2025-08-21"));
        dates.TwoThirds.RequiredDays.Should().Be(525);
        dates.TwoThirds.RemissionDays.Should().Be(75);
        dates.ProbationEnd.Should().Be(D("2027-06-27"));
        dates.Convention.Should().Be(Default);
    }

    // The older readings together (calendar months in the expiry, fractions net of remission), kept as a named alternative.
    [Fact]
    public void Compute_WorkedExample_UnderTheOlderReadings_GivesTheirDates()
    {
        var older = CountingConvention.NetOfRemissionCalendarMonths;
        var dates = SentenceCalculator.Compute(WorkedExample(), older);

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
        dates.Convention.Should().Be(older);
    }

    [Fact]
    public void Compute_WorkedExample_BreakdownNamesTheConventionAndEachStepInBothLanguages()
    {
        var dates = SentenceCalculator.Compute(WorkedExample(), Default);

        // Practice convention (docs/domain.md §8): the probation end and the pre-release leave follow the expiry; the
        // convention is ditjenpas-practice, the years go on the calendar and the months count 30 days, and the remissions
        // granted count as served (was keppres-174-1999, "2024-03-14 + 2y6m = 2026-09-14" and the fractions net of remission).
        dates.Breakdown.Select(s => s.Code).Should().StartWith(["convention", "start", "term.calendar", "expiry.natural", "expiry.remission", "expiry.remission", "expiry.after-remissions", "expiry", "probation.end", "pre-release.start", "fraction.basis"]);
        var indonesian = dates.Render(Language.Indonesian);
        var english = dates.Render(Language.English);
        indonesian.Should().Contain("ditjenpas-practice").And.Contain("2024-03-14 + 2 tahun = 2026-03-14; lalu 6 bulan × 30 hari + 0 hari = 180 hari").And.Contain("harus dijalani 600 − 75 = 525 hari");
        english.Should().Contain("ditjenpas-practice").And.Contain("1/2 × 900 = 450 days (exact); the remissions granted by 2025-05-23 count as time served: 15 days; 450 − 15 = 435 days to be served").And.Contain("2026-08-26 − 60 days = 2026-06-27");

        // The older readings together, a named alternative: calendar months in the expiry, fractions net of remission.
        var older = SentenceCalculator.Compute(WorkedExample(), CountingConvention.NetOfRemissionCalendarMonths).Render(Language.English);
        older.Should().Contain("net-of-remission-calendar-months").And.Contain("2024-03-14 + 2y6m = 2026-09-14").And.Contain("2026-08-30 − 60 days = 2026-07-01").And.Contain("15 days = 885)").And.Contain(": 443 days.");
    }

    [Fact]
    public void ComputeKeyDates_WorkedExample_EqualsTheRichResult()
    {
        // Practice convention (docs/domain.md §8): was 2026-09-14, 2026-07-01, 2025-05-31, 2025-09-15 under the older readings.
        var key = SentenceCalculator.ComputeKeyDates(WorkedExample(), Default);
        key.Should().Be(new SentenceKeyDates(D("2026-09-10"), D("2026-06-27"), D("2025-05-23"), D("2025-08-21")));
        var older = SentenceCalculator.ComputeKeyDates(WorkedExample(), CountingConvention.NetOfRemissionCalendarMonths);
        older.Should().Be(new SentenceKeyDates(D("2026-09-14"), D("2026-07-01"), D("2025-05-31"), D("2025-09-15")));
        SentenceCalculator.Compute(WorkedExample(), CountingConvention.NetOfRemissionCalendarMonths).Expiry.Should().Be(older.Expiry);
    }

    [Fact]
    public void ComputeKeyDates_Span_WritesOneEntryPerHistory()
    {
        SentenceHistory[] histories = [WorkedExample(), new([Sentence.Life], Detention.Continuous(D("2020-01-01")))];
        var destination = new SentenceKeyDates[2];
        SentenceCalculator.ComputeKeyDates(histories, Default, destination);
        destination[0].Expiry.Should().Be(D("2026-06-27")); // Practice convention (docs/domain.md §8); was 2026-07-01 under calendar months.
        destination[1].HasDates.Should().BeFalse();
    }

    // docs/domain.md §8: the practice convention adds the years on the calendar (the last day of a shorter month when the
    // day does not exist) and the months at 30 days; the calendar-months convention, a named alternative, adds years and
    // months together on the calendar, so its month ends are clamped (the older reading's own rows, kept under it).
    [Theory]
    [InlineData("ditjenpas-practice", "2024-03-14", "2y6m", MonthEndRule.LastDayOfMonth, "2026-09-10")] // 2026-03-14 + 180 days
    [InlineData("ditjenpas-practice", "2024-01-31", "1m", MonthEndRule.LastDayOfMonth, "2024-03-01")] // + 30 days, no month end
    [InlineData("ditjenpas-practice", "2023-01-31", "1m", MonthEndRule.LastDayOfMonth, "2023-03-02")]
    [InlineData("ditjenpas-practice", "2024-03-31", "6m", MonthEndRule.LastDayOfMonth, "2024-09-27")] // + 180 days
    [InlineData("ditjenpas-practice", "2024-08-31", "1m15d", MonthEndRule.LastDayOfMonth, "2024-10-15")] // + 45 days
    [InlineData("ditjenpas-practice", "2024-01-31", "1m", MonthEndRule.FirstDayOfNextMonth, "2024-03-01")]
    [InlineData("ditjenpas-practice", "2024-05-15", "1y", MonthEndRule.FirstDayOfNextMonth, "2025-05-15")]
    [InlineData("ditjenpas-practice", "2024-02-29", "1y", MonthEndRule.FirstDayOfNextMonth, "2025-03-01")] // the years are clamped
    [InlineData("calendar-months", "2024-03-14", "2y6m", MonthEndRule.LastDayOfMonth, "2026-09-14")]
    [InlineData("calendar-months", "2024-01-31", "1m", MonthEndRule.LastDayOfMonth, "2024-02-29")]
    [InlineData("calendar-months", "2023-01-31", "1m", MonthEndRule.LastDayOfMonth, "2023-02-28")]
    [InlineData("calendar-months", "2024-03-31", "6m", MonthEndRule.LastDayOfMonth, "2024-09-30")]
    [InlineData("calendar-months", "2024-08-31", "1m15d", MonthEndRule.LastDayOfMonth, "2024-10-15")]
    [InlineData("calendar-months", "2024-01-31", "1m", MonthEndRule.FirstDayOfNextMonth, "2024-03-01")]
    [InlineData("calendar-months", "2024-05-15", "1y", MonthEndRule.FirstDayOfNextMonth, "2025-05-15")]
    public void Compute_MonthEnds_FollowTheMonthEndRule(string conventionName, string start, string term, MonthEndRule rule, string expiry)
    {
        var convention = Named(conventionName).WithMonthEnd("test", rule);
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D(start), SentenceTerm.Parse(term)), convention);
        dates.NaturalExpiry.Should().Be(D(expiry));
    }

    // 29 February: a year after a leap day is 28 February (or 1 March), four years after is 29 February. The practice
    // convention (docs/domain.md §8) adds the years on the calendar, then the months at 30 days: 2024-02-29 + 1y6m =
    // 2025-02-28 + 180 days = 2025-08-27 (2025-08-28 from 1 March). The calendar-months convention adds years and months
    // together: 2025-08-29, not 2025-08-28 (the older reading's row, kept under it).
    [Theory]
    [InlineData("ditjenpas-practice", "2024-02-29", "1y", MonthEndRule.LastDayOfMonth, "2025-02-28")]
    [InlineData("ditjenpas-practice", "2024-02-29", "1y", MonthEndRule.FirstDayOfNextMonth, "2025-03-01")]
    [InlineData("ditjenpas-practice", "2024-02-29", "4y", MonthEndRule.LastDayOfMonth, "2028-02-29")]
    [InlineData("ditjenpas-practice", "2024-02-29", "1y6m", MonthEndRule.LastDayOfMonth, "2025-08-27")]
    [InlineData("ditjenpas-practice", "2024-02-29", "1y6m", MonthEndRule.FirstDayOfNextMonth, "2025-08-28")]
    [InlineData("ditjenpas-practice", "2023-02-28", "1y", MonthEndRule.LastDayOfMonth, "2024-02-28")]
    [InlineData("calendar-months", "2024-02-29", "1y6m", MonthEndRule.LastDayOfMonth, "2025-08-29")]
    [InlineData("calendar-months", "2024-02-29", "1y", MonthEndRule.LastDayOfMonth, "2025-02-28")]
    public void Compute_LeapDay_IsClampedOnlyWhenMissing(string conventionName, string start, string term, MonthEndRule rule, string expiry)
    {
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D(start), SentenceTerm.Parse(term)), Named(conventionName).WithMonthEnd("test", rule));
        dates.NaturalExpiry.Should().Be(D(expiry));
    }

    [Fact]
    public void Compute_MonthEndClamped_SaysSoInTheBreakdown()
    {
        // Practice convention (docs/domain.md §8): only the years go on the calendar, so a leap day plus a year is clamped;
        // 2024-01-31 + 1 month is 30 days and is not (it was clamped under calendar months, kept below under that convention).
        var dates = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D("2024-02-29"), SentenceTerm.Parse("1y6m")), Default);
        dates.Render(Language.English).Should().Contain("= 2025-02-28 (that day does not exist in the month: the last day of the month is taken)");
        SentenceCalculator.Compute(SentenceHistory.Imprisonment(D("2024-01-31"), SentenceTerm.Parse("1m")), Default).Render(Language.English).Should().NotContain("the last day of the month is taken");
        var calendar = SentenceCalculator.Compute(SentenceHistory.Imprisonment(D("2024-01-31"), SentenceTerm.Parse("1m")), CountingConvention.CalendarMonths);
        calendar.Render(Language.English).Should().Contain("the last day of the month is taken");
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

    // docs/domain.md §8: a remission counts from the day it is granted. Practice convention: 2/3 of 1y is 240 days; with
    // the month granted on 17 August counted as served, 210 days would do (2024-07-29), but the remission was granted on
    // 17 August, so 17 August itself is the 2/3 date (229 served + 30 ≥ 240; the day before, 228 + 0). Under the
    // net-of-remission convention, a named alternative, 2/3 of 1y net of 1 month is 220 days (2024-08-08), the same day.
    [Fact]
    public void FractionDate_RemissionAfterTheNetDate_GivesTheGrantDay()
    {
        var history = SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromYears(1), new Remission(D("2024-08-17"), SentenceTerm.FromMonths(1), RemissionKind.General));
        var result = SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Default)!;
        result.Date.Should().Be(D("2024-08-17"));
        result.RequiredDays.Should().Be(210); // Practice convention (docs/domain.md §8): 240 − 30 counted as served; was 220 net of remission.
        result.Render(Language.English).Should().Contain("a remission counts from the day it is granted");
        var net = SentenceCalculator.FractionDate(history, Fraction.TwoThirds, CountingConvention.NetOfRemission)!;
        net.Date.Should().Be(D("2024-08-17"));
        net.RequiredDays.Should().Be(220);
        net.Render(Language.English).Should().Contain("a remission counts from the day it is granted");
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
        dates.NaturalExpiry.Should().Be(D("2026-09-30")); // Practice convention (docs/domain.md §8): 2026-09-10 + 20; was 2026-10-04 under calendar months.
        dates.Half!.Date.Should().Be(D("2025-06-27"));
        dates.OneThird!.Date.Should().Be(D("2025-01-28"));
        SentenceCalculator.Compute(history, CountingConvention.CalendarMonths).NaturalExpiry.Should().Be(D("2026-10-04"));
        dates.Breakdown.Select(s => s.Code).Should().Contain(["credit.gap", "reading.interrupted-detention"]);
        dates.Render(Language.English).Should().Contain("from the last detention (2024-05-21)");
    }

    // docs/domain.md §8 (old KUHAP Pasal 22(5)): 30 days of house arrest count 10 (1/3), of city arrest 6 (1/5).
    // Practice convention: the natural expiry 2026-09-10 (2026-03-14 + 180 days) pushed back 20 or 24 days; under
    // calendar months, a named alternative, 2026-09-14 pushed back the same (was 2026-10-04, 2026-10-08, 2026-09-14).
    [Theory]
    [InlineData("ditjenpas-practice", DetentionKind.HouseArrest, "2026-09-30", "2025-06-27")]
    [InlineData("ditjenpas-practice", DetentionKind.CityArrest, "2026-10-04", "2025-07-01")]
    [InlineData("ditjenpas-practice", DetentionKind.Ordinary, "2026-09-10", "2025-06-07")]
    [InlineData("calendar-months", DetentionKind.HouseArrest, "2026-10-04", "2025-06-27")]
    [InlineData("calendar-months", DetentionKind.CityArrest, "2026-10-08", "2025-07-01")]
    [InlineData("calendar-months", DetentionKind.Ordinary, "2026-09-14", "2025-06-07")]
    public void Compute_HouseOrCityArrest_CountsByTheFactor(string conventionName, DetentionKind kind, string naturalExpiry, string half)
    {
        var detention = new Detention(D("2024-03-14"), [new DetentionPeriod(kind, I("2024-03-14", "2024-04-12"))]);
        var dates = SentenceCalculator.Compute(new SentenceHistory([Sentence.Imprisonment("2y6m")], detention), Named(conventionName));
        dates.NaturalExpiry.Should().Be(D(naturalExpiry));
        dates.Half!.Date.Should().Be(D(half));
    }

    [Fact]
    public void Compute_OtherCreditFactors_AreTheConventions()
    {
        var detention = new Detention(D("2024-03-14"), [new DetentionPeriod(DetentionKind.HouseArrest, I("2024-03-14", "2024-04-12"))]);
        var full = Default.WithCredits("full-credit", Fraction.One, Fraction.One);
        // Practice convention (docs/domain.md §8): 2026-03-14 + 180 days; was 2026-09-14 under calendar months.
        SentenceCalculator.Compute(new SentenceHistory([Sentence.Imprisonment("2y6m")], detention), full).NaturalExpiry.Should().Be(D("2026-09-10"));
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
        // Practice convention (docs/domain.md §8): was 2026-07-01, 2026-08-15 and 2/3 2025-09-15 under the older readings.
        var dates = SentenceCalculator.Compute(WorkedExample().WithSubstitute(SentenceTerm.Parse("1m15d")), Default);
        dates.ExpiryAfterRemissions.Should().Be(D("2026-06-27"));
        dates.Expiry.Should().Be(D("2026-08-11"));
        dates.TwoThirds!.Date.Should().Be(D("2025-08-21"), "the fractions are of the main term");
    }

    // Consecutive sentences: 1y6m imprisonment then 8m kurungan = 1y14m, added once; basis 780 days. Practice convention
    // (docs/domain.md §8): 2024-01-10 + 1 year on the calendar + 14 × 30 days = 2026-03-06; under calendar months, a named
    // alternative, 2024-01-10 + 26 months = 2026-03-10 (the value before the practice convention).
    [Fact]
    public void Compute_ConsecutiveSentences_SumTheTerms()
    {
        var history = new SentenceHistory([Sentence.Imprisonment("1y6m"), Sentence.Kurungan(SentenceTerm.FromMonths(8))], Detention.Continuous(D("2024-01-10")));
        var dates = SentenceCalculator.Compute(history, Default);
        dates.NaturalExpiry.Should().Be(D("2026-03-06"));
        SentenceCalculator.Compute(history, CountingConvention.CalendarMonths).NaturalExpiry.Should().Be(D("2026-03-10"));
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
        // On 2025-01-03 only the 15-day remission was granted: expiry then 2026-08-26, 600 days away (practice convention,
        // docs/domain.md §8: natural expiry 2026-09-10; was 2026-08-30, 604 days, under calendar months).
        dates.RemainingDays.Should().Be(600);
        SentenceCalculator.Compute(WorkedExample(), CountingConvention.CalendarMonths, D("2025-01-03")).RemainingDays.Should().Be(604);
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
