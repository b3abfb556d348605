using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The allocation-free arithmetic of sentence dates on day numbers (<see cref="DateOnly.DayNumber"/>): the population
/// path. The rich results of <see cref="SentenceCalculator"/> are built on the same functions.
/// </summary>
internal static class SentenceKernel
{
    /// <summary>
    /// Adds the term to a first day to reach the expiry before credits and remissions: the years on the calendar, then
    /// each month as the convention's days (<see cref="ExpiryMonths.ThirtyDays"/>) or the years and months together on
    /// the calendar (<see cref="ExpiryMonths.Calendar"/>), then the days.
    /// </summary>
    public static int AddTerm(int dayNumber, SentenceTerm term, CountingConvention convention, out bool clamped)
    {
        var thirtyDays = convention.ExpiryMonths == ExpiryMonths.ThirtyDays;
        var date = DateOnly.FromDayNumber(dayNumber);
        var added = date.AddMonths(thirtyDays ? checked(term.Years * 12) : term.TotalCalendarMonths);
        clamped = added.Day < date.Day;
        if (clamped && convention.MonthEnd == MonthEndRule.FirstDayOfNextMonth)
        {
            added = added.AddDays(1);
        }

        var days = thirtyDays ? checked((term.Months * convention.DaysPerMonth) + term.Days) : term.Days;
        return checked(added.DayNumber + days);
    }

    /// <summary>Returns the share of a day that a segment credits: none for a gap, its own factor, or the convention's for its kind.</summary>
    public static Fraction Factor(in CreditSegment segment, CountingConvention convention) =>
        segment.Kind is not { } kind ? Fraction.Zero : segment.OwnFactor ?? convention.CreditOf(kind);

    /// <summary>Returns the credited days of a run of <paramref name="length"/> days of a segment.</summary>
    public static int Credited(int length, in CreditSegment segment, CountingConvention convention)
    {
        if (segment.Kind is null)
        {
            return 0;
        }

        var factor = Factor(segment, convention);
        return (int)(convention.CreditRounding == DayRounding.Up ? factor.OfCeiling(length) : factor.OfFloor(length));
    }

    /// <summary>Returns the days by which the segments push the expiry back (days not credited).</summary>
    public static int Pushback(ReadOnlySpan<CreditSegment> segments, CountingConvention convention)
    {
        var total = 0;
        foreach (var segment in segments)
        {
            total += segment.Length - Credited(segment.Length, segment, convention);
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
            total -= k - Credited(k, segment, convention);
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
            var credited = Credited(length, segment, convention);
            if (reached + credited >= days)
            {
                var rest = days - reached;
                var factor = Factor(segment, convention);
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

    /// <summary>Returns the natural expiry (the term added, plus the days not credited).</summary>
    public static int NaturalExpiry(SentenceHistory history, CountingConvention convention) =>
        AddTerm(history.Detention.FirstDayNumber, history.MainTerm, convention, out _)
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
    /// Returns the first day on which a fraction of the term is reached under the convention's <see cref="FractionBasis"/>:
    /// the days served plus the remissions granted by that day reach the fraction of the basis
    /// (<see cref="FractionBasis.RemissionCountsAsServed"/>), the days served reach the fraction of the basis net of the
    /// remissions granted by that day (<see cref="FractionBasis.NetOfRemission"/>), or the days served alone reach it
    /// (<see cref="FractionBasis.ImposedTermOnly"/>). A remission counts from the day it is granted, never before.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <param name="fraction">The fraction.</param>
    /// <param name="convention">The convention.</param>
    /// <param name="basis">The term in convention days.</param>
    /// <param name="remissionDays">The remission days granted by the returned day and counted.</param>
    /// <param name="requiredDays">The days to be served (in custody) on the returned day.</param>
    public static int FractionDay(SentenceHistory history, Fraction fraction, CountingConvention convention, int basis, out int remissionDays, out long requiredDays) =>
        Reach(history, FractionDays(fraction, basis, convention), fraction, basis, convention.FractionBasis, convention, out remissionDays, out requiredDays);

    /// <summary>
    /// Returns the first day on which a minimum time served is reached under the convention's <see cref="MinimumServed"/>:
    /// days in custody only, or with the remissions granted by the day counted as served.
    /// </summary>
    public static int MinimumDay(SentenceHistory history, long minimumDays, CountingConvention convention, out int remissionDays) =>
        Reach(history, minimumDays, Fraction.One, 0, convention.MinimumServed == MinimumServed.WithRemissionCredit ? FractionBasis.RemissionCountsAsServed : FractionBasis.ImposedTermOnly, convention, out remissionDays, out _);

    /// <summary>The one loop behind fraction and minimum dates: walks the remissions in grant order while the target is not reached before the next grant.</summary>
    private static int Reach(SentenceHistory history, long whole, Fraction fraction, int basis, FractionBasis mode, CountingConvention convention, out int remissionDays, out long requiredDays)
    {
        var start = history.Detention.FirstDayNumber;
        var segments = history.Detention.Segments.AsSpan();
        var grants = history.Grants;
        var lower = start;
        var granted = 0;
        for (var k = 0; ; k++)
        {
            requiredDays = mode switch
            {
                FractionBasis.RemissionCountsAsServed => Math.Max(0, whole - granted),
                FractionBasis.NetOfRemission => FractionDays(fraction, basis - granted, convention),
                _ => whole,
            };
            var reached = segments.IsEmpty ? checked((int)(start + requiredDays)) : FirstDayServed(start, segments, requiredDays, convention);
            var candidate = Math.Max(lower, reached);
            if (mode == FractionBasis.ImposedTermOnly || k == grants.Length || candidate < grants[k].Day)
            {
                remissionDays = granted;
                return candidate;
            }

            lower = grants[k].Day;
            granted += grants[k].Amount.ToDays(convention.DaysPerMonth, convention.MonthsPerYear);
        }
    }

    /// <summary>The population path: one pass over flat arrays (and the credit segments, when custody had gaps or house/city arrest).</summary>
    public static SentenceKeyDates KeyDates(SentenceHistory history, CountingConvention convention)
    {
        var daysPerMonth = convention.DaysPerMonth;
        var monthsPerYear = convention.MonthsPerYear;
        var term = history.MainTerm;
        var segments = history.Detention.Segments.AsSpan();
        var natural = AddTerm(history.Detention.FirstDayNumber, term, convention, out _);
        if (!segments.IsEmpty)
        {
            natural += Pushback(segments, convention);
        }

        var expiry = natural;
        foreach (ref readonly var grant in history.Grants)
        {
            var days = grant.Amount.ToDays(daysPerMonth, monthsPerYear);
            if (days > expiry - grant.Day)
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
        var half = FractionDay(history, Fraction.OneHalf, convention, basis, out _, out _);
        var twoThirds = FractionDay(history, Fraction.TwoThirds, convention, basis, out _, out _);
        return new SentenceKeyDates(natural, expiry, half, twoThirds);
    }

    /// <summary>Returns the remission days granted on or before a day.</summary>
    public static int RemissionDaysBy(SentenceHistory history, CountingConvention convention, int day)
    {
        var total = 0;
        foreach (ref readonly var grant in history.Grants)
        {
            if (grant.Day > day)
            {
                break;
            }

            total += grant.Amount.ToDays(convention.DaysPerMonth, convention.MonthsPerYear);
        }

        return total;
    }

    private static void ThrowTooLarge(SentenceHistory history, CountingConvention convention)
    {
        // Recompute on the slow path to name the remission and the days left.
        _ = ExpiryAfterRemissions(history, convention, NaturalExpiry(history, convention));
        throw new ArgumentException("A remission must not be larger than what is left of the sentence.", nameof(history));
    }

    private static ArgumentException RemissionTooLarge(Remission remission, int days, int left, string parameterName) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"A remission must not be larger than what is left of the sentence: the remission granted on {remission.GrantDate.ToIso()} is {days} days, but {Math.Max(left, 0)} days were left."),
            parameterName);
}
