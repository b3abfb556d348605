using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace PackageConsumer;

/// <summary>Sentence arithmetic as a package user calls it: the worked example of the domain reference.</summary>
internal static class SentencingChecks
{
    public static void Run(Action<bool, string> check)
    {
        var history = new SentenceHistory(
            [Sentence.Imprisonment(SentenceTerm.Parse("2y6m"))],
            Detention.Continuous(new LocalDate(2024, 3, 14)),
            [
                new Remission(new LocalDate(2024, 12, 25), SentenceTerm.Parse("15d"), RemissionKind.Special),
                new Remission(new LocalDate(2025, 8, 17), SentenceTerm.Parse("2m"), RemissionKind.General),
            ]);
        var dates = SentenceCalculator.Compute(history, CountingConvention.Default);
        // The practice convention (docs/domain.md §8): years on the calendar, 30-day months, remissions count as served.
        check(dates.NaturalExpiry == new LocalDate(2026, 9, 10), "natural expiry 2026-09-10");
        check(dates.Expiry == new LocalDate(2026, 6, 27), "expiry after remissions 2026-06-27");
        check(dates.OneThird?.Date == new LocalDate(2024, 12, 25), "1/3 on 2024-12-25");
        check(dates.Half?.Date == new LocalDate(2025, 5, 23), "1/2 on 2025-05-23");
        check(dates.TwoThirds?.Date == new LocalDate(2025, 8, 21), "2/3 on 2025-08-21");
        check(dates.ProbationEnd == new LocalDate(2027, 6, 27), "probation ends one year after the expiry");
        check(dates.Render(Language.English).Contains("ditjenpas-practice", StringComparison.Ordinal), "the breakdown names the convention");
        var key = SentenceCalculator.ComputeKeyDates(history, CountingConvention.Default);
        check(key.TwoThirds == new LocalDate(2025, 8, 21), "the population path agrees");
        var older = SentenceCalculator.Compute(history, CountingConvention.NetOfRemissionCalendarMonths);
        check(older.Expiry == new LocalDate(2026, 7, 1) && older.TwoThirds?.Date == new LocalDate(2025, 9, 15), "the older readings stay available by name");
        check(!SentenceTerm.TryParse("6m2y", out _), "TryParse refuses parts out of order");
        check(SentenceTerm.Parse("1m15d").ToDays(CountingConvention.Default) == 45, "1m15d is 45 days");
        var due = RemissionEntitlements.Assess(history, new LocalDate(2025, 8, 17), RemissionKind.General, CountingConvention.Default);
        check(due.IsDue && due.Amount == SentenceTerm.FromMonths(2), "first-year general remission after 12 months served is 2 months");
        var life = new SentenceHistory([Sentence.Life], Detention.Continuous(new LocalDate(2020, 1, 1)));
        check(!SentenceCalculator.Compute(life, CountingConvention.Default).HasDates, "a life sentence has no expiry");
    }
}
