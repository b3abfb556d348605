using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>The README's Sentencing example, proven to compile and run (docs/domain.md §8 worked example).</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class SentencingReadmeTests
{
    [Fact]
    public void SentencingExample_Runs()
    {
        // --- README: Sentencing ---
        var history = new SentenceHistory(
            [Sentence.Imprisonment(SentenceTerm.Parse("2y6m"))],
            Detention.Continuous(new LocalDate(2024, 3, 14)),
            [
                new Remission(new LocalDate(2024, 12, 25), SentenceTerm.Parse("15d"), RemissionKind.Special),
                new Remission(new LocalDate(2025, 8, 17), SentenceTerm.Parse("2m"), RemissionKind.General),
            ]);

        var dates = SentenceCalculator.Compute(history, CountingConvention.Default);
        // dates.NaturalExpiry == 2026-09-10, dates.Expiry == 2026-06-27
        // dates.Half!.Date == 2025-05-23, dates.TwoThirds!.Date == 2025-08-21
        Console.WriteLine(dates.Render(Language.English)); // the steps, naming the convention

        // Parole: 2/3 served, and at least 9 months.
        var parole = SentenceCalculator.FractionDate(history, Fraction.TwoThirds, CountingConvention.Default, SentenceTerm.FromMonths(9));

        // The remission due on 17 August 2025 under Keppres 174/1999 (time conditions only).
        var due = RemissionEntitlements.Assess(history, new LocalDate(2025, 8, 17), RemissionKind.General, CountingConvention.Default);
        // due.Amount == 2m (first year, 12 months or more served), due.Code == "remisi.general.year-1.twelve-months-or-more"
        // --- end ---

        // Practice convention (docs/domain.md §8): was 2026-09-14, 2026-07-01, 2025-05-31 and 2025-09-15 (parole too) under the older readings.
        dates.NaturalExpiry.Should().Be(new LocalDate(2026, 9, 10));
        dates.Expiry.Should().Be(new LocalDate(2026, 6, 27));
        dates.Half!.Date.Should().Be(new LocalDate(2025, 5, 23));
        dates.TwoThirds!.Date.Should().Be(new LocalDate(2025, 8, 21));
        parole!.Date.Should().Be(new LocalDate(2025, 8, 21));
        due.Amount.Should().Be(SentenceTerm.FromMonths(2));
        due.Code.Should().Be("remisi.general.year-1.twelve-months-or-more");
    }
}
