using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>
/// The NodaTime converters that ConfigureForDesaBinaan adds for the caller's own types write what NodaTime's own
/// ConfigureForNodaTime writes, without its reflection lookups (so that trimmed and Native AOT apps have no warning).
/// </summary>
public sealed class NodaTimeFormatTests
{
    private static readonly DateTimeZone Jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    // A family visit at a Lapas in Western Indonesia Time (UTC+7), with every NodaTime type a caller may hold.
    private static readonly Visit Sample = new(
        Logged: Instant.FromUtc(2026, 6, 20, 2, 30, 15),
        Window: new Interval(Instant.FromUtc(2026, 6, 20, 2, 0), Instant.FromUtc(2026, 6, 20, 4, 0)),
        OpenWindow: new Interval(Instant.FromUtc(2026, 6, 20, 2, 0), null),
        Day: new LocalDate(2026, 6, 20),
        At: new LocalDateTime(2026, 6, 20, 9, 30, 15, 250),
        Clock: new LocalTime(9, 30),
        Anniversary: new AnnualDate(8, 17),
        Term: new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
        Offset: Offset.FromHours(7),
        Zone: Jakarta,
        Length: Duration.FromMinutes(90),
        Gap: Period.FromMonths(6) + Period.FromDays(3),
        Stamp: new OffsetDateTime(new LocalDateTime(2026, 6, 20, 9, 30), Offset.FromHours(7)),
        OffsetDay: new OffsetDate(new LocalDate(2026, 6, 20), Offset.FromHours(7)),
        OffsetClock: new OffsetTime(new LocalTime(9, 30), Offset.FromHours(7)),
        Zoned: new LocalDateTime(2026, 6, 20, 9, 30).InZoneStrictly(Jakarta),
        Until: null);

    [Fact]
    public void CallersNodaTimeValues_AreWrittenAsNodaTimeWritesThem()
    {
        var nodaTime = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        var json = JsonSerializer.Serialize(Sample, Json.Options);

        json.Should().Be(JsonSerializer.Serialize(Sample, nodaTime));
        json.Should().Contain("\"Term\":{\"Start\":\"2026-01-01\",\"End\":\"2026-12-31\"}").And.Contain("\"OpenWindow\":{\"Start\":\"2026-06-20T02:00:00Z\"}");
        JsonSerializer.Deserialize<Visit>(json, Json.Options).Should().Be(Sample);
        JsonSerializer.Deserialize<Visit>(json, nodaTime).Should().Be(Sample);
    }

    [Fact]
    public void CallersIntervals_FollowTheNamingPolicyAndCaseRule_AsNodaTimeDoes()
    {
        var ours = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true }.ConfigureForDesaBinaan();
        var nodaTime = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        var json = JsonSerializer.Serialize(Sample, ours);

        json.Should().Be(JsonSerializer.Serialize(Sample, nodaTime)).And.Contain("\"term\":{\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}");
        (JsonSerializer.Deserialize<DateInterval>("{\"START\":\"2026-01-01\",\"End\":\"2026-12-31\",\"note\":{\"x\":1}}", ours) == Sample.Term).Should().BeTrue();
    }

    [Fact]
    public void CallersDateInterval_WithoutItsEnd_IsAJsonException()
    {
        var act = () => JsonSerializer.Deserialize<DateInterval>("{\"Start\":\"2026-01-01\"}", Json.Options);

        act.Should().Throw<JsonException>().WithInnerException<NodaTime.Utility.InvalidNodaDataException>().WithMessage("*Start*End*");
    }

    [Fact]
    public void CallersZone_UnknownToTzdb_IsAJsonException()
    {
        var act = () => JsonSerializer.Deserialize<DateTimeZone>("\"Asia/Pekalongan\"", Json.Options);

        act.Should().Throw<JsonException>().WithInnerException<NodaTime.TimeZones.DateTimeZoneNotFoundException>();
    }

    [Fact]
    public void CallersDate_InAnotherCalendar_IsRefusedOnWriting()
    {
        var hijri = new LocalDate(1448, 1, 1, CalendarSystem.IslamicBcl);

        var act = () => JsonSerializer.Serialize(hijri, Json.Options);

        act.Should().Throw<ArgumentException>().WithMessage("*ISO calendar*");
    }

    [Fact]
    public void Options_WithNodaTimesOwnConverters_KeepThem()
    {
        var options = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        options.ConfigureForDesaBinaan();

        options.Converters.Should().Contain(NodaConverters.LocalDateConverter).And.Contain(NodaConverters.DateIntervalConverter);
        options.Converters.Count(c => c.CanConvert(typeof(LocalDate))).Should().Be(1);
        options.Converters.Count(c => c.CanConvert(typeof(DateInterval))).Should().Be(1);
    }

    private sealed record Visit(
        Instant Logged, Interval Window, Interval OpenWindow, LocalDate Day, LocalDateTime At, LocalTime Clock, AnnualDate Anniversary, DateInterval Term,
        Offset Offset, DateTimeZone Zone, Duration Length, Period Gap, OffsetDateTime Stamp, OffsetDate OffsetDay, OffsetTime OffsetClock, ZonedDateTime Zoned,
        LocalDate? Until);
}
