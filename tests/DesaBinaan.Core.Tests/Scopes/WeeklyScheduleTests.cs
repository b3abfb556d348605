using CsCheck;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Tests.Scopes;

public sealed class WeeklyScheduleTests
{
    private static readonly DateTimeZone Jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    // DOMAIN.md §7: an outside activity has a schedule in local time; Pekalongan is WIB (Asia/Jakarta, UTC+7).
    private static WeeklySchedule FridayCleanUp(params LocalDate[] exceptions) =>
        WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 5, 8), new LocalDate(2026, 7, 31)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta", exceptions);

    [Fact]
    public void NextOccurrences_CrossesAMonthBoundary()
    {
        var next = FridayCleanUp().NextOccurrences(new LocalDate(2026, 5, 23), 3);
        next.Select(o => o.Date).Should().Equal(new LocalDate(2026, 5, 29), new LocalDate(2026, 6, 5), new LocalDate(2026, 6, 12));
        next[0].Start.Should().Be(new LocalDateTime(2026, 5, 29, 7, 0).InZoneStrictly(Jakarta));
        next[0].Start.ToInstant().Should().Be(Instant.FromUtc(2026, 5, 29, 0, 0), "WIB is UTC+7");
        next[0].Length.Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void NextOccurrences_SkipsExceptionDates()
    {
        // 29 May 2026 is a Friday; suppose it is a holiday (an exception date of the schedule).
        var schedule = FridayCleanUp(new LocalDate(2026, 5, 29));
        schedule.OccursOn(new LocalDate(2026, 5, 29)).Should().BeFalse();
        schedule.OccurrenceOn(new LocalDate(2026, 5, 29)).Should().BeNull();
        schedule.NextOccurrences(new LocalDate(2026, 5, 23), 2).Select(o => o.Date)
            .Should().Equal(new LocalDate(2026, 6, 5), new LocalDate(2026, 6, 12));
    }

    [Fact]
    public void NextOccurrences_StopsAtTheEndOfThePeriod_AndStartsAtItsStart()
    {
        var schedule = FridayCleanUp();
        schedule.NextOccurrences(new LocalDate(2026, 7, 25), 5).Select(o => o.Date).Should().Equal(new LocalDate(2026, 7, 31));
        schedule.NextOccurrences(new LocalDate(2026, 1, 1), 1).Single().Date.Should().Be(new LocalDate(2026, 5, 8));
        schedule.NextOccurrences(new LocalDate(2026, 8, 1), 5).Should().BeEmpty();
        schedule.NextOccurrences(new LocalDate(2026, 5, 8), 0).Should().BeEmpty();
        schedule.OccurrencesIn(new DateInterval(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 31))).Should().HaveCount(4);
    }

    [Fact]
    public void EveryTwoWeeks_CountsWeeksFromTheFirstWeek()
    {
        var schedule = new WeeklySchedule(new DateInterval(new LocalDate(2026, 5, 4), new LocalDate(2026, 6, 30)), [IsoDayOfWeek.Wednesday, IsoDayOfWeek.Monday], new LocalTime(8, 0), new LocalTime(11, 0), Jakarta, everyWeeks: 2);
        schedule.Days.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday);
        schedule.NextOccurrences(new LocalDate(2026, 5, 4), 4).Select(o => o.Date).Should().Equal(
            new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 6), new LocalDate(2026, 5, 18), new LocalDate(2026, 5, 20));
    }

    [Fact]
    public void Occurrences_AreInTheScheduleZone()
    {
        // Asia/Jayapura (WIT) is UTC+9: 07:00 WIT is 22:00 UTC the day before.
        var schedule = new WeeklySchedule(new DateInterval(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 31)), [IsoDayOfWeek.Friday], new LocalTime(7, 0), new LocalTime(9, 0), DateTimeZoneProviders.Tzdb["Asia/Jayapura"]);
        schedule.NextOccurrences(new LocalDate(2026, 5, 1), 1)[0].Start.ToInstant().Should().Be(Instant.FromUtc(2026, 4, 30, 22, 0));
    }

    [Fact]
    public void Occurrences_AllFallOnScheduledDaysWithinThePeriod()
    {
        // Property: whatever the start date, occurrences are ordered Fridays within the period and never exceptions.
        var schedule = FridayCleanUp(new LocalDate(2026, 6, 19));
        Gen.Int[0, 120].Sample(offset =>
        {
            var from = new LocalDate(2026, 4, 15).PlusDays(offset);
            var next = schedule.NextOccurrences(from, 6);
            return next.All(o => o.Date.DayOfWeek == IsoDayOfWeek.Friday && o.Date >= from && schedule.Period.Contains(o.Date) && o.Date != new LocalDate(2026, 6, 19))
                && next.Zip(next.Skip(1)).All(p => p.First.Date < p.Second.Date);
        });
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        var period = new DateInterval(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 31));
        var noDay = () => new WeeklySchedule(period, [], new LocalTime(7, 0), new LocalTime(10, 0), Jakarta);
        noDay.Should().Throw<ArgumentException>().WithParameterName("days").WithMessage("*at least one day*");
        var none = () => new WeeklySchedule(period, [IsoDayOfWeek.None], new LocalTime(7, 0), new LocalTime(10, 0), Jakarta);
        none.Should().Throw<ArgumentException>().WithParameterName("days");
        var backwards = () => new WeeklySchedule(period, [IsoDayOfWeek.Friday], new LocalTime(10, 0), new LocalTime(7, 0), Jakarta);
        backwards.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*end after it starts*");
        var interval = () => new WeeklySchedule(period, [IsoDayOfWeek.Friday], new LocalTime(7, 0), new LocalTime(10, 0), Jakarta, everyWeeks: 0);
        interval.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("everyWeeks");
        var outside = () => new WeeklySchedule(period, [IsoDayOfWeek.Friday], new LocalTime(7, 0), new LocalTime(10, 0), Jakarta, exceptions: [new LocalDate(2026, 6, 5)]);
        outside.Should().Throw<ArgumentException>().WithParameterName("exceptions").WithMessage("*within the schedule's period*");
        var zone = () => WeeklySchedule.Every(period, IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Pekalongan");
        zone.Should().Throw<ArgumentException>().WithParameterName("zoneId").WithMessage("*not a time zone id*");
        var count = () => FridayCleanUp().NextOccurrences(new LocalDate(2026, 5, 1), -1);
        count.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Values(FridayCleanUp(), FridayCleanUp(), FridayCleanUp(new LocalDate(2026, 5, 29)), FridayCleanUp().Except(new LocalDate(2026, 6, 5)));
        var occurrence = FridayCleanUp().NextOccurrences(new LocalDate(2026, 5, 8), 1)[0];
        EqualityAssert.Values(occurrence, FridayCleanUp().NextOccurrences(new LocalDate(2026, 5, 8), 1)[0], FridayCleanUp().NextOccurrences(new LocalDate(2026, 5, 9), 1)[0]);
        FridayCleanUp().ToString().Should().Be("Friday 07:00-10:00 Asia/Jakarta [2026-05-08, 2026-07-31]");
    }
}
