using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Sentencing;

/// <summary>
/// Expiry, 1/2 and 2/3 for a national population (280,000 synthetic sentences, up to 6 remissions each, one in ten
/// with a gap in detention, fixed seed): the library's allocation-free path against a hand-written day-number loop
/// over flat arrays.
/// </summary>
[MemoryDiagnoser]
public class SentenceDateBenchmarks
{
    private const int Population = 280_000;

    private SentenceHistory[] histories = [];
    private SentenceKeyDates[] results = [];
    private int[] startDays = [];
    private int[] termMonths = [];
    private int[] termDays = [];
    private int[] gapStarts = [];
    private int[] gapLengths = [];
    private int[] remissionOffsets = [];
    private int[] grantDays = [];
    private int[] remissionAmounts = [];
    private int[] handExpiry = [];
    private int[] handHalf = [];
    private int[] handTwoThirds = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260429);
        var epoch = new LocalDate(2015, 1, 1);
        histories = new SentenceHistory[Population];
        results = new SentenceKeyDates[Population];
        startDays = new int[Population];
        termMonths = new int[Population];
        termDays = new int[Population];
        remissionOffsets = new int[Population + 1];
        gapStarts = new int[Population];
        gapLengths = new int[Population];
        var grants = new List<int>();
        var amounts = new List<int>();
        for (var i = 0; i < Population; i++)
        {
            var start = epoch.PlusDays(random.Next(0, 3650));
            var term = new SentenceTerm(random.Next(0, 10), random.Next(0, 12), random.Next(0, 30));
            if (term.IsZero)
            {
                term = SentenceTerm.FromMonths(6);
            }

            var history = SentenceHistory.Imprisonment(start, term);
            if (random.Next(0, 10) == 0)
            {
                var gapStart = start.PlusDays(random.Next(10, 100));
                var gapLength = random.Next(1, 60);
                history = history.WithDetention(Detention.Continuous(start).WithGap(new DateInterval(gapStart, gapStart.PlusDays(gapLength - 1))));
                gapStarts[i] = gapStart.ToDateOnly().DayNumber;
                gapLengths[i] = gapLength;
            }

            var expiry = SentenceCalculator.ComputeKeyDates(history, CountingConvention.Default).Expiry;
            var count = random.Next(0, 7);
            var grant = start;
            for (var r = 0; r < count; r++)
            {
                grant = grant.PlusDays(random.Next(30, 200));
                var amount = new SentenceTerm(0, random.Next(0, 3), random.Next(0, 2) * 15);
                if (amount.IsZero)
                {
                    amount = SentenceTerm.FromDays(15);
                }

                var days = amount.ToDays(CountingConvention.Default);
                if (Period.DaysBetween(grant, expiry) < days)
                {
                    break;
                }

                history = history.WithRemission(new Remission(grant, amount, RemissionKind.General));
                expiry = expiry.PlusDays(-days);
                grants.Add(grant.ToDateOnly().DayNumber);
                amounts.Add(days);
            }

            histories[i] = history;
            startDays[i] = start.ToDateOnly().DayNumber;
            termMonths[i] = term.Years * 12;
            termDays[i] = (term.Months * 30) + term.Days;
            remissionOffsets[i + 1] = grants.Count;
        }

        grantDays = [.. grants];
        remissionAmounts = [.. amounts];
        handExpiry = new int[Population];
        handHalf = new int[Population];
        handTwoThirds = new int[Population];
        if (HandWritten() != Library())
        {
            throw new InvalidOperationException("The hand-written loop and the library disagree on the synthetic population.");
        }
    }

    /// <summary>
    /// The hand-written reference of the practice convention: flat arrays of day numbers, the years on the calendar
    /// (DateOnly), 30-day months, fractions reached by days served plus the remissions granted by the day, rounded up.
    /// </summary>
    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        long checksum = 0;
        for (var i = 0; i < Population; i++)
        {
            var start = startDays[i];
            var natural = DateOnly.FromDayNumber(start).AddMonths(termMonths[i]).DayNumber + termDays[i] + gapLengths[i];
            var basis = (termMonths[i] * 30) + termDays[i]; // years × 360 + months × 30 + days
            var first = remissionOffsets[i];
            var last = remissionOffsets[i + 1];
            var expiry = natural;
            for (var r = first; r < last; r++)
            {
                expiry -= remissionAmounts[r];
            }

            handExpiry[i] = expiry;
            handHalf[i] = Fraction(start, basis, first, last, 1, 2, gapStarts[i], gapLengths[i]);
            handTwoThirds[i] = Fraction(start, basis, first, last, 2, 3, gapStarts[i], gapLengths[i]);
            checksum += handExpiry[i] + handHalf[i] + handTwoThirds[i];
        }

        return checksum;
    }

    /// <summary>The library: <see cref="SentenceCalculator.ComputeKeyDates(ReadOnlySpan{SentenceHistory}, CountingConvention, Span{SentenceKeyDates})"/> into caller storage.</summary>
    [Benchmark]
    public long Library()
    {
        SentenceCalculator.ComputeKeyDates(histories, CountingConvention.Default, results);
        long checksum = 0;
        foreach (var dates in results)
        {
            checksum += dates.ExpiryDayNumber + dates.HalfDayNumber + dates.TwoThirdsDayNumber;
        }

        return checksum;
    }

    private int Fraction(int start, int basis, int first, int last, int numerator, int denominator, int gapStart, int gapLength)
    {
        var lower = start;
        var granted = 0;
        var whole = ((basis * numerator) + denominator - 1) / denominator;
        for (var r = first; ; r++)
        {
            var required = Math.Max(0, whole - granted);
            var reached = gapLength > 0 && start + required > gapStart ? start + required + gapLength : start + required;
            var candidate = Math.Max(lower, reached);
            if (r == last || candidate < grantDays[r])
            {
                return candidate;
            }

            lower = grantDays[r];
            granted += remissionAmounts[r];
        }
    }
}
