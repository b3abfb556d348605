using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// The official dates of the four holidays that give a special remission (Keppres 174/1999 Pasal 3): Idul Fitri, Natal,
/// Nyepi and Waisak. Natal is 25 December every year; the others move, and each year's date is set by the joint decree
/// (<i>Surat Keputusan Bersama</i>, SKB) of the Minister of Religious Affairs, the Minister of Manpower and the Minister for
/// Administrative Reform on national holidays and collective leave. <see cref="Official"/> holds the years whose decree
/// was found; a caller adds other years with <see cref="With(HolidayDate)"/>.
/// </summary>
/// <remarks>
/// A year without a date is <i>not known</i> (<see cref="TryGetDate"/> returns false): a projection that needs it is
/// undetermined, never a guess. Idul Fitri follows the lunar calendar and can fall twice in one Gregorian year (as in
/// 2033): a year holds one date per holiday, the first; a caller who needs the second adds it as the next year's date if
/// that year has none. Equality compares the dates.
/// </remarks>
[Immutable]
public sealed class HolidayCalendar : IEquatable<HolidayCalendar>
{
    private const string SkbTitle = "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun ";

    private const string Signed2022 = "ditetapkan 11 Oktober 2022";
    private const string Signed2023 = "ditetapkan 12 September 2023";
    private const string Numbers2025 = "No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024";
    private const string Numbers2026 = "No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025";

    private static readonly Citation Natal = new("Keppres 174/1999", "Pasal 3", "remisi khusus pada hari besar keagamaan; Natal jatuh pada 25 Desember setiap tahun");

    private readonly Dictionary<(ReligiousHoliday, int), HolidayDate> byYear;

    private HolidayCalendar(IEnumerable<HolidayDate> dates)
    {
        byYear = [];
        foreach (var date in dates)
        {
            byYear[(date.Holiday, date.Date.Year)] = date;
        }

        Dates = ValueList.From(byYear.Values.OrderBy(d => d.Date).ThenBy(d => d.Holiday));
    }

    /// <summary>
    /// Gets the built-in table: Natal every year, and the dates of Idul Fitri, Nyepi and Waisak set by the joint decrees
    /// on national holidays for 2017, 2021 and 2023 to 2026, each cited by its decree (by its numbers where they were
    /// found, otherwise by the day it was signed). Other years are not known until a caller adds them.
    /// </summary>
    public static HolidayCalendar Official { get; } = new(
    [
        Skb(ReligiousHoliday.Nyepi, 2017, 3, 28, "No. 684 Tahun 2016, No. 302 Tahun 2016, No. SKB/02/MENPAN-RB/11/2016"),
        Skb(ReligiousHoliday.Waisak, 2017, 5, 11, "No. 684 Tahun 2016, No. 302 Tahun 2016, No. SKB/02/MENPAN-RB/11/2016"),
        Skb(ReligiousHoliday.IdulFitri, 2017, 6, 25, "No. 684 Tahun 2016, No. 302 Tahun 2016, No. SKB/02/MENPAN-RB/11/2016"),
        Skb(ReligiousHoliday.Nyepi, 2021, 3, 14, "No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020"),
        Skb(ReligiousHoliday.IdulFitri, 2021, 5, 13, "No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020"),
        Skb(ReligiousHoliday.Waisak, 2021, 5, 26, "No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020"),
        Skb(ReligiousHoliday.Nyepi, 2023, 3, 22, Signed2022),
        Skb(ReligiousHoliday.IdulFitri, 2023, 4, 22, Signed2022),
        Skb(ReligiousHoliday.Waisak, 2023, 6, 4, Signed2022),
        Skb(ReligiousHoliday.Nyepi, 2024, 3, 11, Signed2023),
        Skb(ReligiousHoliday.IdulFitri, 2024, 4, 10, Signed2023),
        Skb(ReligiousHoliday.Waisak, 2024, 5, 23, Signed2023),
        Skb(ReligiousHoliday.Nyepi, 2025, 3, 29, Numbers2025),
        Skb(ReligiousHoliday.IdulFitri, 2025, 3, 31, Numbers2025),
        Skb(ReligiousHoliday.Waisak, 2025, 5, 12, Numbers2025),
        Skb(ReligiousHoliday.Nyepi, 2026, 3, 19, Numbers2026),
        Skb(ReligiousHoliday.IdulFitri, 2026, 3, 21, Numbers2026),
        Skb(ReligiousHoliday.Waisak, 2026, 5, 31, Numbers2026),
    ]);

    /// <summary>Gets the dates of the moving holidays held, in date order (Natal, which is every 25 December, is not listed).</summary>
    public ValueList<HolidayDate> Dates { get; }

    /// <summary>Returns a calendar with one more date (replacing the date of that holiday in that year, if any).</summary>
    /// <param name="date">The date; must not be null.</param>
    /// <returns>A new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public HolidayCalendar With(HolidayDate date)
    {
        Guard.Against.Null(date);
        return new HolidayCalendar(Dates.Add(date));
    }

    /// <summary>Returns a calendar with one more date, citing the caller's source.</summary>
    /// <param name="holiday">The holiday; must be defined.</param>
    /// <param name="date">The official date.</param>
    /// <param name="source">The instrument that set it; must not be null.</param>
    /// <returns>A new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is not defined, or Natal is not on 25 December.</exception>
    public HolidayCalendar With(ReligiousHoliday holiday, LocalDate date, Citation source) => With(new HolidayDate(holiday, date, source));

    /// <summary>Returns the official date of a holiday in a year, when known.</summary>
    /// <param name="holiday">The holiday; must be defined.</param>
    /// <param name="year">The year; 1 to 9999.</param>
    /// <param name="date">The date with its source, or null when the year is not known.</param>
    /// <returns>True when the date is known.</returns>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public bool TryGetDate(ReligiousHoliday holiday, int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HolidayDate? date)
    {
        Guard.Against.EnumOutOfRange(holiday);
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999, "A year is 1 to 9999.");
        if (holiday == ReligiousHoliday.Natal && !byYear.ContainsKey((holiday, year)))
        {
            date = new HolidayDate(ReligiousHoliday.Natal, new LocalDate(year, 12, 25), Natal);
            return true;
        }

        return byYear.TryGetValue((holiday, year), out date);
    }

    /// <inheritdoc/>
    public bool Equals(HolidayCalendar? other) => other is not null && Dates.Equals(other.Dates);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HolidayCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => Dates.GetHashCode();

    /// <summary>Returns the number of dates held, such as <c>16 holiday dates</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Dates.Count} holiday dates");

    private static HolidayDate Skb(ReligiousHoliday holiday, int year, int month, int day, string? numbers = null) =>
        new(holiday, new LocalDate(year, month, day), new Citation(SkbTitle + year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, numbers));
}
