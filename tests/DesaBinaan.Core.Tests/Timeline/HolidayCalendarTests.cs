using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Timeline;
using NodaTime;

namespace DesaBinaan.Core.Tests.Timeline;

/// <summary>The official holiday dates of the joint decrees on national holidays (SKB), and the caller's additions.</summary>
public sealed class HolidayCalendarTests
{
    [Theory]
    [InlineData(ReligiousHoliday.Nyepi, 2023, "2023-03-22")]
    [InlineData(ReligiousHoliday.Nyepi, 2024, "2024-03-11")]
    [InlineData(ReligiousHoliday.Nyepi, 2025, "2025-03-29")]
    [InlineData(ReligiousHoliday.Nyepi, 2026, "2026-03-19")]
    [InlineData(ReligiousHoliday.IdulFitri, 2023, "2023-04-22")]
    [InlineData(ReligiousHoliday.IdulFitri, 2024, "2024-04-10")]
    [InlineData(ReligiousHoliday.IdulFitri, 2025, "2025-03-31")]
    [InlineData(ReligiousHoliday.IdulFitri, 2026, "2026-03-21")]
    [InlineData(ReligiousHoliday.Waisak, 2023, "2023-06-04")]
    [InlineData(ReligiousHoliday.Waisak, 2024, "2024-05-23")]
    [InlineData(ReligiousHoliday.Waisak, 2025, "2025-05-12")]
    [InlineData(ReligiousHoliday.Waisak, 2026, "2026-05-31")]
    [InlineData(ReligiousHoliday.IdulFitri, 2021, "2021-05-13")]
    [InlineData(ReligiousHoliday.Nyepi, 2017, "2017-03-28")]
    [InlineData(ReligiousHoliday.Natal, 2031, "2031-12-25")]
    public void Official_KnownYear_GivesTheDecreedDate(ReligiousHoliday holiday, int year, string date)
    {
        HolidayCalendar.Official.TryGetDate(holiday, year, out var found).Should().BeTrue();
        found!.Date.ToString("uuuu-MM-dd", null).Should().Be(date);
        found.Source.Instrument.Should().Contain(holiday == ReligiousHoliday.Natal ? "Keppres 174/1999" : "SKB");
    }

    [Theory]
    [InlineData(ReligiousHoliday.IdulFitri, 2027)]
    [InlineData(ReligiousHoliday.Waisak, 2022)]
    [InlineData(ReligiousHoliday.Nyepi, 2019)]
    public void Official_YearNotSourced_NotKnown(ReligiousHoliday holiday, int year)
    {
        HolidayCalendar.Official.TryGetDate(holiday, year, out var found).Should().BeFalse();
        found.Should().BeNull();
    }

    [Theory]
    [InlineData(2025, "No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024")]
    [InlineData(2026, "No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025")]
    public void Official_CitesTheDecreeOfTheYear(int year, string numbers)
    {
        HolidayCalendar.Official.TryGetDate(ReligiousHoliday.IdulFitri, year, out var found).Should().BeTrue();
        found!.Source.Instrument.Should().EndWith("Tahun " + year);
        found.Source.Note.Should().Be(numbers);
    }

    [Fact]
    public void With_AddsTheCallersDate_AndLeavesTheOfficialTableUnchanged()
    {
        var source = new Citation("SKB Hari Libur Nasional Tahun 2027", null, "ditambahkan pengguna");
        var calendar = HolidayCalendar.Official.With(ReligiousHoliday.IdulFitri, new LocalDate(2027, 3, 10), source);

        calendar.TryGetDate(ReligiousHoliday.IdulFitri, 2027, out var found).Should().BeTrue();
        found!.Source.Should().Be(source);
        HolidayCalendar.Official.TryGetDate(ReligiousHoliday.IdulFitri, 2027, out _).Should().BeFalse();
        calendar.Should().NotBe(HolidayCalendar.Official);
        HolidayCalendar.Official.With(ReligiousHoliday.IdulFitri, new LocalDate(2027, 3, 10), source).Should().Be(calendar);
    }

    [Fact]
    public void HolidayDate_NatalNotOn25December_Refused()
    {
        var act = () => new HolidayDate(ReligiousHoliday.Natal, new LocalDate(2027, 12, 24), new Citation("x"));
        act.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*25 December*");
    }
}
