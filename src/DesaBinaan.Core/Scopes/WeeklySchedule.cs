using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Scopes;

/// <summary>
/// A recurring schedule in local time: on given days of the week, every <see cref="EveryWeeks"/> weeks, from a start
/// to an end time in a time zone, between two dates (inclusive), except on given dates. For example every Friday
/// 07:00–10:00 WIB (<c>Asia/Jakarta</c>) from 8 May to 31 July 2026.
/// </summary>
/// <remarks>
/// Weeks are ISO weeks (Monday first), counted from the week of <see cref="Period"/>'s start. Local times that do
/// not exist or are ambiguous in the zone (there are none in Indonesian zones today) are resolved leniently.
/// Equality compares the period, days, times, zone id, interval and exception dates.
/// </remarks>
[Immutable]
public sealed record WeeklySchedule
{
    /// <summary>The largest number of occurrences one query returns.</summary>
    public const int MaximumOccurrencesPerQuery = 10_000;

    /// <summary>Initializes a schedule.</summary>
    /// <param name="period">The first and last dates on which the activity may occur; must not be null.</param>
    /// <param name="days">The days of the week; at least one, none of them <see cref="IsoDayOfWeek.None"/>.</param>
    /// <param name="start">The local start time.</param>
    /// <param name="end">The local end time; after <paramref name="start"/> on the same day.</param>
    /// <param name="zone">The time zone, such as <c>Asia/Jakarta</c>; must not be null.</param>
    /// <param name="everyWeeks">The interval in weeks, from 1 (every week) to 52.</param>
    /// <param name="exceptions">Dates within <paramref name="period"/> on which the activity does not take place, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/>, <paramref name="days"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException">No day is given, a day is <see cref="IsoDayOfWeek.None"/>, the end is not after the start, or an exception date is outside the period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="everyWeeks"/> is not between 1 and 52.</exception>
    public WeeklySchedule(DateInterval period, IEnumerable<IsoDayOfWeek> days, LocalTime start, LocalTime end, DateTimeZone zone, int everyWeeks = 1, IEnumerable<LocalDate>? exceptions = null)
    {
        _ = Guard.Against.NonIsoInterval(period);
        Period = Guard.Against.Null(period);
        Guard.Against.Null(days);
        var dayList = ValueList.From(days.Distinct().Order());
        Guard.Against.InvalidInput(dayList, nameof(days), d => !d.IsEmpty, "A weekly schedule needs at least one day of the week.");
        Guard.Against.InvalidInput(dayList, nameof(days), d => !d.Contains(IsoDayOfWeek.None), "IsoDayOfWeek.None is not a day of the week.");
        Guard.Against.InvalidInput(end, nameof(end), e => e > start, "An activity must end after it starts on the same day.");
        Zone = Guard.Against.Null(zone);
        EveryWeeks = Guard.Against.CountOutOfRange(everyWeeks, 1, 52);
        var exceptionList = ValueList.From((exceptions ?? []).Distinct().Order());
        Guard.Against.InvalidInput(exceptionList, nameof(exceptions), l => l.All(period.Contains), "Every exception date must fall within the schedule's period.");
        Days = dayList;
        Start = start;
        End = end;
        Exceptions = exceptionList;
    }

    /// <summary>Gets the first and last dates on which the activity may occur.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the days of the week, Monday first, without repeats.</summary>
    public ValueList<IsoDayOfWeek> Days { get; }

    /// <summary>Gets the local start time.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local end time.</summary>
    public LocalTime End { get; }

    /// <summary>Gets the time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the interval in weeks (1 = every week).</summary>
    public int EveryWeeks { get; }

    /// <summary>Gets the dates on which the activity does not take place, in order.</summary>
    public ValueList<LocalDate> Exceptions { get; }

    /// <summary>Creates a weekly schedule on one day of the week in a zone of the TZDB (such as <c>Asia/Jakarta</c>).</summary>
    /// <param name="period">The first and last dates; must not be null.</param>
    /// <param name="day">The day of the week.</param>
    /// <param name="start">The local start time.</param>
    /// <param name="end">The local end time, after the start.</param>
    /// <param name="zoneId">A TZDB zone id such as <c>Asia/Jakarta</c>, <c>Asia/Makassar</c> or <c>Asia/Jayapura</c>.</param>
    /// <param name="exceptions">Dates on which the activity does not take place, or null.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="zoneId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is not a TZDB zone id, or see the constructor.</exception>
    public static WeeklySchedule Every(DateInterval period, IsoDayOfWeek day, LocalTime start, LocalTime end, string zoneId, IEnumerable<LocalDate>? exceptions = null)
    {
        _ = Guard.Against.NonIsoInterval(period);
        Guard.Against.BlankText(zoneId);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new ArgumentException(InputExcerpt.Of(zoneId) + " is not a time zone id of the TZDB, such as 'Asia/Jakarta'.", nameof(zoneId));
        return new WeeklySchedule(period, [day], start, end, zone, 1, exceptions);
    }

    /// <summary>Returns whether the activity takes place on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date is in the period, on a scheduled day of a scheduled week, and not an exception.</returns>
    public bool OccursOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Period.Contains(date)
            && HasDay(date.DayOfWeek)
            && WeekIndex(date) % EveryWeeks == 0
            && !Exceptions.AsSpan().Contains(date);
    }

    /// <summary>Returns the occurrence on a date, or null when the activity does not take place then.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The occurrence or null.</returns>
    public ScheduledOccurrence? OccurrenceOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return OccursOn(date) ? Occurrence(date) : null;
    }

    /// <summary>Returns the next occurrences on or after a date, in order.</summary>
    /// <param name="from">The first date to consider.</param>
    /// <param name="count">How many occurrences at most, from 0 to <see cref="MaximumOccurrencesPerQuery"/>.</param>
    /// <returns>Up to <paramref name="count"/> occurrences (fewer when the period ends).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large.</exception>
    public ValueList<ScheduledOccurrence> NextOccurrences(LocalDate from, int count)
    {
        _ = Guard.Against.NonIsoDate(from);
        Guard.Against.CountOutOfRange(count, 0, MaximumOccurrencesPerQuery);
        var result = new List<ScheduledOccurrence>(Math.Min(count, 64));
        var date = from < Period.Start ? Period.Start : from;
        while (result.Count < count && date <= Period.End)
        {
            if (OccursOn(date))
            {
                result.Add(Occurrence(date));
            }

            date = date.PlusDays(1);
        }

        return ValueList.From(result);
    }

    /// <summary>Returns every occurrence within an interval, in order.</summary>
    /// <param name="interval">The dates to consider; must not be null.</param>
    /// <returns>The occurrences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public ValueList<ScheduledOccurrence> OccurrencesIn(DateInterval interval)
    {
        _ = Guard.Against.NonIsoInterval(interval);
        Guard.Against.Null(interval);
        var result = new List<ScheduledOccurrence>();
        foreach (var date in interval)
        {
            if (OccursOn(date))
            {
                result.Add(Occurrence(date));
            }
        }

        return ValueList.From(result);
    }

    /// <summary>Returns a schedule with one more exception date.</summary>
    /// <param name="date">The date on which the activity will not take place; within the period.</param>
    /// <returns>A new schedule.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is outside the period.</exception>
    public WeeklySchedule Except(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Period.Contains(date)
            ? new(Period, Days, Start, End, Zone, EveryWeeks, Exceptions.Add(date))
            : throw new ArgumentOutOfRangeException(nameof(date), "An exception date must fall within the schedule's period.");
    }

    /// <summary>Returns whether another schedule has the same period, days, times, zone id, interval and exceptions.</summary>
    /// <param name="other">The other schedule.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(WeeklySchedule? other) =>
        other is not null
        && Period.Equals(other.Period)
        && Days.Equals(other.Days)
        && Start == other.Start
        && End == other.End
        && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal)
        && EveryWeeks == other.EveryWeeks
        && Exceptions.Equals(other.Exceptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Days, Start, End, StringComparer.Ordinal.GetHashCode(Zone.Id), EveryWeeks, Exceptions);

    /// <summary>Returns the schedule in a compact invariant form, such as <c>Friday 07:00-10:00 Asia/Jakarta [2026-05-08, 2026-07-31]</c>.</summary>
    /// <returns>The schedule as text.</returns>
    public override string ToString() =>
        string.Join("/", Days)
        + string.Create(CultureInfo.InvariantCulture, $" {Start:HH':'mm}-{End:HH':'mm} {Zone.Id} {Period}")
        + (EveryWeeks == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" every {EveryWeeks} weeks"))
        + (Exceptions.IsEmpty ? string.Empty : " except " + Exceptions);

    private bool HasDay(IsoDayOfWeek day)
    {
        foreach (var scheduled in Days.AsSpan())
        {
            if (scheduled == day)
            {
                return true;
            }
        }

        return false;
    }

    private long WeekIndex(LocalDate date)
    {
        var firstMonday = Period.Start.PlusDays(1 - (int)Period.Start.DayOfWeek);
        return NodaTime.Period.DaysBetween(firstMonday, date) / 7;
    }

    private ScheduledOccurrence Occurrence(LocalDate date) =>
        new(date.At(Start).InZoneLeniently(Zone), date.At(End).InZoneLeniently(Zone));
}
