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
        check(dates.NaturalExpiry == new LocalDate(2026, 9, 14), "natural expiry 2026-09-14");
        check(dates.Expiry == new LocalDate(2026, 7, 1), "expiry after remissions 2026-07-01");
        check(dates.OneThird?.Date == new LocalDate(2025, 1, 3), "1/3 on 2025-01-03");
        check(dates.Half?.Date == new LocalDate(2025, 5, 31), "1/2 on 2025-05-31");
        check(dates.TwoThirds?.Date == new LocalDate(2025, 9, 15), "2/3 on 2025-09-15");
        check(dates.Render(Language.English).Contains("keppres-174-1999", StringComparison.Ordinal), "the breakdown names the convention");
        var key = SentenceCalculator.ComputeKeyDates(history, CountingConvention.Default);
        check(key.TwoThirds == new LocalDate(2025, 9, 15), "the population path agrees");
        check(!SentenceTerm.TryParse("6m2y", out _), "TryParse refuses parts out of order");
        check(SentenceTerm.Parse("1m15d").ToDays(CountingConvention.Default) == 45, "1m15d is 45 days");
        var due = RemissionEntitlements.Assess(history, new LocalDate(2025, 8, 17), RemissionKind.General, CountingConvention.Default);
        check(due.IsDue && due.Amount == SentenceTerm.FromMonths(2), "first-year general remission after 12 months served is 2 months");
        var life = new SentenceHistory([Sentence.Life], Detention.Continuous(new LocalDate(2020, 1, 1)));
        check(!SentenceCalculator.Compute(life, CountingConvention.Default).HasDates, "a life sentence has no expiry");
    }
}
