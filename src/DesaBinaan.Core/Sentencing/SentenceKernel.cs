using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The allocation-free arithmetic of sentence dates on day numbers (<see cref="DateOnly.DayNumber"/>): the population
/// path. The rich results of <see cref="SentenceCalculator"/> are built on the same functions.
/// </summary>
internal static class SentenceKernel
{
    /// <summary>Adds the term's years and months together on the calendar, then its days.</summary>
    public static int AddCalendar(int dayNumber, SentenceTerm term, MonthEndRule rule, out bool clamped)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        var added = date.AddMonths(term.TotalCalendarMonths);
        clamped = added.Day < date.Day;
        if (clamped && rule == MonthEndRule.FirstDayOfNextMonth)
        {
            added = added.AddDays(1);
        }

        return checked(added.DayNumber + term.Days);
    }

    /// <summary>Returns the credited days of a run of <paramref name="length"/> days of a kind (a gap when null).</summary>
    public static int Credited(int length, DetentionKind? kind, CountingConvention convention)
    {
        if (kind is null)
        {
            return 0;
        }

        var factor = convention.CreditOf(kind.Value);
        return (int)(convention.CreditRounding == DayRounding.Up ? factor.OfCeiling(length) : factor.OfFloor(length));
    }

    /// <summary>Returns the days by which the segments push the expiry back (days not credited).</summary>
    public static int Pushback(ReadOnlySpan<CreditSegment> segments, CountingConvention convention)
    {
        var total = 0;
        foreach (var segment in segments)
        {
            total += segment.Length - Credited(segment.Length, segment.Kind, convention);
        }

        return total;
    }

    /// <summary>Returns the credited days served from <paramref name="start"/> up to and excluding <paramref name="day"/>.</summary>
    public static int Served(int start, ReadOnlySpan<CreditSegment> segments, int day, CountingConvention convention)
    {
        if (day <= start)
        {
            return 0;
        }

        var total = day - start;
        foreach (var segment in segments)
        {
            if (segment.First >= day)
            {
                break;
            }

            if (segment.Last < start)
            {
                continue;
            }

            var first = Math.Max(segment.First, start);
            var k = Math.Min(segment.Last, day - 1) - first + 1;
            total -= k - Credited(k, segment.Kind, convention);
        }

        return total;
    }

    /// <summary>Returns the first day on which the credited days served from <paramref name="start"/> reach <paramref name="days"/>.</summary>
    public static int FirstDayServed(int start, ReadOnlySpan<CreditSegment> segments, long days, CountingConvention convention)
    {
        if (days <= 0)
        {
            return start;
        }

        var current = start;
        long reached = 0;
        foreach (var segment in segments)
        {
            if (segment.Last < start)
            {
                continue;
            }

            var first = Math.Max(segment.First, start);
            var ordinary = first - current;
            if (reached + ordinary >= days)
            {
                return checked((int)(current + (days - reached)));
            }

            reached += ordinary;
            var length = segment.Last - first + 1;
            var credited = Credited(length, segment.Kind, convention);
            if (reached + credited >= days)
            {
                var rest = days - reached;
                var factor = convention.CreditOf(segment.Kind!.Value);
                var needed = convention.CreditRounding == DayRounding.Up
                    ? ((rest - 1) * factor.Denominator / factor.Numerator) + 1
                    : ((rest * factor.Denominator) + factor.Numerator - 1) / factor.Numerator;
                return checked((int)(first + needed));
            }

            reached += credited;
            current = segment.Last + 1;
        }

        return checked((int)(current + (days - reached)));
    }

    /// <summary>Returns the natural expiry (calendar addition plus the days not credited).</summary>
    public static int NaturalExpiry(SentenceHistory history, CountingConvention convention) =>
        AddCalendar(history.Detention.FirstDayNumber, history.MainTerm, convention.MonthEnd, out _)
        + Pushback(history.Detention.Segments.AsSpan(), convention);

    /// <summary>Returns the expiry after every remission (before substitute imprisonment), checking that none is larger than what is left.</summary>
    public static int ExpiryAfterRemissions(SentenceHistory history, CountingConvention convention, int naturalExpiry)
    {
        var expiry = naturalExpiry;
        foreach (var remission in history.Remissions.AsSpan())
        {
            var days = remission.Amount.ToDays(convention.DaysPerMonth, convention.MonthsPerYear);
            var left = expiry - remission.GrantDayNumber;
            if (days > left)
            {
                throw RemissionTooLarge(remission, days, left, nameof(history));
            }

            expiry -= days;
        }

        return expiry;
    }

    /// <summary>Returns the days of the fraction of a basis, rounded by the convention.</summary>
    public static long FractionDays(Fraction fraction, long basis, CountingConvention convention)
    {
        if (basis <= 0)
        {
            return 0;
        }

        var product = checked(basis * fraction.Numerator);
        var denominator = fraction.Denominator;
        return convention.FractionRounding == DayRounding.Up ? (product + denominator - 1) / denominator : product / denominator;
    }

    /// <summary>
    /// Returns the first day on which the days served reach the fraction of the basis net of the remissions granted by
    /// that day (or of the whole basis when the convention does not take fractions net of remission).
    /// </summary>
    public static int FractionDay(SentenceHistory history, Fraction fraction, CountingConvention convention, int basis, out int remissionDays, out long requiredDays)
    {
        var start = history.Detention.FirstDayNumber;
        var segments = history.Detention.Segments.AsSpan();
        var remissions = history.Remissions.AsSpan();
        remissionDays = 0;
        if (!convention.FractionsNetOfRemission || remissions.Length == 0)
        {
            requiredDays = FractionDays(fraction, basis, convention);
            return FirstDayServed(start, segments, requiredDays, convention);
        }

        var lower = start;
        var granted = 0;
        for (var k = 0; ; k++)
        {
            requiredDays = FractionDays(fraction, basis - granted, convention);
            var candidate = Math.Max(lower, FirstDayServed(start, segments, requiredDays, convention));
            if (k == remissions.Length || candidate < remissions[k].GrantDayNumber)
            {
                remissionDays = granted;
                return candidate;
            }

            lower = remissions[k].GrantDayNumber;
            granted += remissions[k].Amount.ToDays(convention.DaysPerMonth, convention.MonthsPerYear);
        }
    }

    /// <summary>The population path: one pass over flat arrays (and the credit segments, when custody had gaps or house/city arrest).</summary>
    public static SentenceKeyDates KeyDates(SentenceHistory history, CountingConvention convention)
    {
        var daysPerMonth = convention.DaysPerMonth;
        var monthsPerYear = convention.MonthsPerYear;
        var start = history.Detention.FirstDayNumber;
        var term = history.MainTerm;
        var segments = history.Detention.Segments.AsSpan();
        var natural = AddCalendar(start, term, convention.MonthEnd, out _);
        if (!segments.IsEmpty)
        {
            natural += Pushback(segments, convention);
        }

        var grants = history.GrantDayNumbers;
        var amounts = history.RemissionAmounts;
        var expiry = natural;
        for (var r = 0; r < grants.Length; r++)
        {
            var amount = amounts[r];
            var days = (((amount.Years * monthsPerYear) + amount.Months) * daysPerMonth) + amount.Days;
            if (days > expiry - grants[r])
            {
                ThrowTooLarge(history, convention);
            }

            expiry -= days;
        }

        if (!history.Substitute.IsZero)
        {
            expiry += history.Substitute.ToDays(daysPerMonth, monthsPerYear);
        }

        var basis = term.ToDays(daysPerMonth, monthsPerYear);
        var up = convention.FractionRounding == DayRounding.Up;
        var net = convention.FractionsNetOfRemission;
        var half = ContinuousFraction(start, segments, basis, grants, amounts, 1, 2, up, net, convention);
        var twoThirds = ContinuousFraction(start, segments, basis, grants, amounts, 2, 3, up, net, convention);
        return new SentenceKeyDates(natural, expiry, half, twoThirds);
    }

    /// <summary>Returns the remission days granted on or before a day.</summary>
    public static int RemissionDaysBy(SentenceHistory history, CountingConvention convention, int day)
    {
        var total = 0;
        foreach (var remission in history.Remissions.AsSpan())
        {
            if (remission.GrantDayNumber > day)
            {
                break;
            }

            total += remission.Amount.ToDays(convention.DaysPerMonth, convention.MonthsPerYear);
        }

        return total;
    }

    private static int ContinuousFraction(int start, ReadOnlySpan<CreditSegment> segments, int basis, ReadOnlySpan<int> grants, ReadOnlySpan<SentenceTerm> amounts, int numerator, int denominator, bool up, bool net, CountingConvention convention)
    {
        var daysPerMonth = convention.DaysPerMonth;
        var monthsPerYear = convention.MonthsPerYear;
        var lower = start;
        var granted = 0;
        for (var r = 0; ; r++)
        {
            var rest = basis - granted;
            var required = rest <= 0 ? 0 : up ? ((rest * numerator) + denominator - 1) / denominator : rest * numerator / denominator;
            var candidate = Math.Max(lower, segments.IsEmpty ? start + required : FirstDayServed(start, segments, required, convention));
            if (!net || r == grants.Length || candidate < grants[r])
            {
                return candidate;
            }

            lower = grants[r];
            var amount = amounts[r];
            granted += (((amount.Years * monthsPerYear) + amount.Months) * daysPerMonth) + amount.Days;
        }
    }

    private static void ThrowTooLarge(SentenceHistory history, CountingConvention convention)
    {
        // Recompute on the slow path to name the remission and the days left.
        _ = ExpiryAfterRemissions(history, convention, NaturalExpiry(history, convention));
        throw new ArgumentException("A remission must not be larger than what is left of the sentence.", nameof(history));
    }

    private static ArgumentException RemissionTooLarge(Remission remission, int days, int left, string parameterName) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"A remission must not be larger than what is left of the sentence: the remission granted on {remission.GrantDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is {days} days, but {Math.Max(left, 0)} days were left."),
            parameterName);
}
