using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Sentencing;

/// <summary>Invariants of the sentence arithmetic (the style notes, issue 4).</summary>
public sealed class SentencePropertyTests
{
    private static readonly CountingConvention Default = CountingConvention.Default;

    private static readonly LocalDate Epoch = new(2020, 1, 1);

    // A start day (not after the 28th, so that shifting by a few days crosses no month end), a term, and remissions.
    private static readonly Gen<(int Start, SentenceTerm Term, (int Offset, int Days)[] Remissions)> Inputs =
        Gen.Select(
            Gen.Int[0, 3000],
            Gen.Int[0, 8],
            Gen.Int[0, 11],
            Gen.Int[0, 29],
            Gen.Select(Gen.Int[0, 600], Gen.Int[1, 90]).Array[0, 6])
        .Where(x => x.Item2 + x.Item3 + x.Item4 > 0)
        .Select(x => (x.Item1, new SentenceTerm(x.Item2, x.Item3, x.Item4), x.Item5));

    private static SentenceHistory? Build(int start, SentenceTerm term, (int Offset, int Days)[] remissions, int shift = 0, DetentionPeriod? period = null)
    {
        var first = Epoch.PlusDays(start + shift);
        var history = new SentenceHistory([Sentence.Imprisonment(term)], period is null ? Detention.Continuous(first) : new Detention(first, [period]));
        var expiry = SentenceCalculator.ComputeKeyDates(history, Default).NaturalExpiry;
        foreach (var (offset, days) in remissions.OrderBy(r => r.Offset))
        {
            var grant = first.PlusDays(offset);
            var next = history.WithRemission(new Remission(grant, SentenceTerm.FromDays(days), RemissionKind.General));
            var left = Period.DaysBetween(grant, SentenceCalculator.ComputeKeyDates(history, Default).ExpiryAfterRemissionsOrExpiry());
            if (days <= left)
            {
                history = next;
            }
        }

        return expiry == default ? null : history;
    }

    [Fact]
    public void Property_ARemissionNeverDelaysADate()
    {
        Inputs.Sample(x =>
        {
            var with = Build(x.Start, x.Term, x.Remissions)!;
            var without = new SentenceHistory(with.Sentences, with.Detention, with.Remissions.Take(Math.Max(0, with.Remissions.Count - 1)));
            var a = SentenceCalculator.ComputeKeyDates(without, Default);
            var b = SentenceCalculator.ComputeKeyDates(with, Default);
            (b.Expiry <= a.Expiry && b.Half <= a.Half && b.TwoThirds <= a.TwoThirds
                && SentenceCalculator.FractionDate(with, Fraction.OneThird, Default)!.Date <= SentenceCalculator.FractionDate(without, Fraction.OneThird, Default)!.Date).Should().BeTrue();
        });
    }

    [Fact]
    public void Property_ARemissionNeverMovesAFractionBeforeItsGrantDay()
    {
        Inputs.Sample(x =>
        {
            var with = Build(x.Start, x.Term, x.Remissions)!;
            var without = new SentenceHistory(with.Sentences, with.Detention);
            var plain = SentenceCalculator.ComputeKeyDates(without, Default).TwoThirds;
            var date = SentenceCalculator.ComputeKeyDates(with, Default).TwoThirds;
            // The date is either unchanged by every remission, or on/after the grant day of a remission that moved it.
            (date == plain || with.Remissions.Any(r => r.GrantDate <= date)).Should().BeTrue();
        });
    }

    [Fact]
    public void Property_MoreCreditNeverDelaysADate()
    {
        Gen.Select(Inputs, Gen.Int[1, 120]).Sample((x, length) =>
        {
            var first = Epoch.PlusDays(x.Start);
            var interval = new DateInterval(first, first.PlusDays(length - 1));
            var city = Build(x.Start, x.Term, [], 0, new DetentionPeriod(DetentionKind.CityArrest, interval))!;
            var house = Build(x.Start, x.Term, [], 0, new DetentionPeriod(DetentionKind.HouseArrest, interval))!;
            var full = Build(x.Start, x.Term, [], 0, new DetentionPeriod(DetentionKind.Ordinary, interval))!;
            var c = SentenceCalculator.ComputeKeyDates(city, Default);
            var h = SentenceCalculator.ComputeKeyDates(house, Default);
            var f = SentenceCalculator.ComputeKeyDates(full, Default);
            (f.Expiry <= h.Expiry && h.Expiry <= c.Expiry && f.Half <= h.Half && h.Half <= c.Half && f.TwoThirds <= h.TwoThirds && h.TwoThirds <= c.TwoThirds).Should().BeTrue();
        });
    }

    [Fact]
    public void Property_ShiftingEveryInputDateShiftsEveryOutput()
    {
        Gen.Select(Inputs, Gen.Int[-3, 3]).Sample((x, k) =>
        {
            var first = Epoch.PlusDays(x.Start);
            var shifted = first.PlusDays(k);
            // Where no month end intervenes: both first days are in the same month, on a day that exists in every month.
            if (first.Month != shifted.Month || first.Day > 28 || shifted.Day > 28)
            {
                return;
            }

            var a = Build(x.Start, x.Term, x.Remissions)!;
            var b = Build(x.Start, x.Term, x.Remissions, k)!;
            var da = SentenceCalculator.ComputeKeyDates(a, Default);
            var db = SentenceCalculator.ComputeKeyDates(b, Default);
            (db.NaturalExpiry == da.NaturalExpiry.PlusDays(k) && db.Expiry == da.Expiry.PlusDays(k)
                && db.Half == da.Half.PlusDays(k) && db.TwoThirds == da.TwoThirds.PlusDays(k)).Should().BeTrue();
        });
    }

    [Fact]
    public void Property_KeyDatesEqualTheRichResult()
    {
        Inputs.Sample(x =>
        {
            var history = Build(x.Start, x.Term, x.Remissions)!;
            var key = SentenceCalculator.ComputeKeyDates(history, Default);
            var rich = SentenceCalculator.Compute(history, Default);
            (key.Expiry == rich.Expiry && key.NaturalExpiry == rich.NaturalExpiry && key.Half == rich.Half!.Date && key.TwoThirds == rich.TwoThirds!.Date).Should().BeTrue();
        });
    }

    [Fact]
    public void Property_KeyDatesEqualTheRichResult_WithHouseOrCityArrest()
    {
        Gen.Select(Inputs, Gen.Int[1, 120], Gen.Int[1, 2]).Sample((x, length, kind) =>
        {
            var first = Epoch.PlusDays(x.Start);
            var period = new DetentionPeriod((DetentionKind)kind, new DateInterval(first, first.PlusDays(length - 1)));
            var history = Build(x.Start, x.Term, x.Remissions, 0, period)!;
            var key = SentenceCalculator.ComputeKeyDates(history, Default);
            var rich = SentenceCalculator.Compute(history, Default);
            (key.Expiry == rich.Expiry && key.NaturalExpiry == rich.NaturalExpiry && key.Half == rich.Half!.Date && key.TwoThirds == rich.TwoThirds!.Date).Should().BeTrue();
        });
    }

    // The first day on which N days are served is exactly where the served-days count reaches N, through gaps and
    // house/city arrest (docs/domain.md §8: credited days only).
    [Fact]
    public void Property_FirstDayServedInvertsServedDays()
    {
        Gen.Select(Gen.Int[1, 60], Gen.Int[0, 40], Gen.Int[1, 60], Gen.Int[0, 2], Gen.Int[0, 900]).Sample((before, length, gapAfter, kind, n) =>
        {
            var first = Epoch;
            var periodStart = first.PlusDays(before);
            var period = new DetentionPeriod((DetentionKind)kind, new DateInterval(periodStart, periodStart.PlusDays(length)));
            var gapStart = period.Interval.End.PlusDays(gapAfter);
            var detention = new Detention(first, [period], [new DateInterval(gapStart, gapStart.PlusDays(length))]);
            var history = new SentenceHistory([Sentence.Imprisonment("3y")], detention);
            var day = SentenceKernel.FirstDayServed(detention.FirstDayNumber, detention.Segments.AsSpan(), n, Default);
            var date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));
            (SentenceCalculator.ServedDays(history, date, Default) >= n
                && (n == 0 || SentenceCalculator.ServedDays(history, date.PlusDays(-1), Default) < n)).Should().BeTrue();
        });
    }

    [Fact]
    public void Property_TermParsesBackFromItsText()
    {
        Gen.Select(Gen.Int[0, 50], Gen.Int[0, 50], Gen.Int[0, 50]).Sample((y, m, d) =>
        {
            var term = new SentenceTerm(y, m, d);
            (SentenceTerm.Parse(term.ToString()) == term).Should().BeTrue();
        });
    }
}

internal static class KeyDatesTestExtensions
{
    public static LocalDate ExpiryAfterRemissionsOrExpiry(this SentenceKeyDates dates) => dates.Expiry;
}
