using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// A length of a sentence or of a remission in years, months and days (<i>masa pidana</i>), such as
/// <c>2y6m</c> (2 years 6 months) or <c>1m15d</c>.
/// </summary>
/// <remarks>
/// The parts are kept as written: <c>1y</c> and <c>12m</c> are different values (they add the same on the calendar,
/// but the library never normalises what a judge wrote). Equality compares the three parts. The default value is
/// the zero term (<c>0d</c>). The text form is <c>NyNmNd</c> with any part omitted (see <see cref="Parse"/>).
/// </remarks>
[Immutable]
public readonly record struct SentenceTerm : ISpanFormattable
{
    /// <summary>Initializes a term.</summary>
    /// <param name="years">The years; 0 to 10,000.</param>
    /// <param name="months">The months; 0 to 120,000.</param>
    /// <param name="days">The days; 0 to 3,660,000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative or longer than the ISO calendar (10,000 years).</exception>
    public SentenceTerm(int years, int months, int days)
    {
        Guard.Against.OutOfRange(years, nameof(years), 0, PartLimits[0], WithinCalendarRule);
        Guard.Against.OutOfRange(months, nameof(months), 0, PartLimits[1], WithinCalendarRule);
        Guard.Against.OutOfRange(days, nameof(days), 0, PartLimits[2], WithinCalendarRule);
        Years = years;
        Months = months;
        Days = days;
    }

    /// <summary>The longest years, months and days part a term may have: the ISO calendar's 10,000 years.</summary>
    private static ReadOnlySpan<int> PartLimits => [10_000, 120_000, 3_660_000];

    /// <summary>The rule every term keeps, as a sentence.</summary>
    internal const string WithinCalendarRule = "A term has no negative part and no part longer than the ISO calendar: at most 10,000 years, 120,000 months or 3,660,000 days.";

    /// <summary>The rule of <see cref="IsFractionOfTerm"/>, as a sentence.</summary>
    internal const string FractionOfTermRule = "A fraction of a term is at most 1, with a denominator of at most 1000 (such as 1/2 or 2/3).";

    /// <summary>Gets the zero term.</summary>
    public static SentenceTerm Zero => default;

    /// <summary>Gets the years.</summary>
    public int Years { get; }

    /// <summary>Gets the months.</summary>
    public int Months { get; }

    /// <summary>Gets the days.</summary>
    public int Days { get; }

    /// <summary>Returns whether a fraction can be taken of a term (see <see cref="FractionOfTermRule"/>).</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>True when it can.</returns>
    internal static bool IsFractionOfTerm(Fraction fraction) => fraction <= Fraction.One && fraction.Denominator <= 1000;

    /// <summary>Gets whether every part is zero.</summary>
    public bool IsZero => Years == 0 && Months == 0 && Days == 0;

    /// <summary>Gets the years and months as months (<c>years × 12 + months</c>), the calendar part of the term.</summary>
    /// <exception cref="OverflowException">The months do not fit in 32 bits.</exception>
    public int TotalCalendarMonths => checked((Years * 12) + Months);

    /// <summary>Returns a term of years.</summary>
    /// <param name="years">The years; must not be negative.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public static SentenceTerm FromYears(int years) => new(years, 0, 0);

    /// <summary>Returns a term of months.</summary>
    /// <param name="months">The months; must not be negative.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public static SentenceTerm FromMonths(int months) => new(0, months, 0);

    /// <summary>Returns a term of days.</summary>
    /// <param name="days">The days; must not be negative.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static SentenceTerm FromDays(int days) => new(0, 0, days);

    /// <summary>Returns the sum of two terms, part by part (<c>1y6m + 8m = 1y14m</c>).</summary>
    /// <param name="other">The other term.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A part overflows.</exception>
    public SentenceTerm Plus(SentenceTerm other) =>
        new(checked(Years + other.Years), checked(Months + other.Months), checked(Days + other.Days));

    /// <summary>
    /// Returns the term in days at the convention's counting of days (<c>30</c> a month and <c>12</c> months a year
    /// by default, so <c>2y6m</c> is 900 days): the arithmetic of remissions, credits and fractions.
    /// </summary>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <returns>The days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    /// <exception cref="OverflowException">The days do not fit in 32 bits.</exception>
    public int ToDays(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        return ToDays(convention.DaysPerMonth, convention.MonthsPerYear);
    }

    /// <summary>Returns the term as a NodaTime period of years, months and days.</summary>
    /// <returns>The period.</returns>
    public Period ToPeriod() => Period.FromYears(Years) + Period.FromMonths(Months) + Period.FromDays(Days);

    /// <summary>
    /// Parses a term written <c>NyNmNd</c>, any part omitted but at least one present, in that order, such as
    /// <c>2y6m</c>, <c>15d</c>, <c>1y2m3d</c> or <c>0d</c>. Letters may be upper or lower case; no spaces inside.
    /// </summary>
    /// <param name="text">The text; must not be null.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of the form <c>NyNmNd</c>; the message says where.</exception>
    public static SentenceTerm Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var result, out var error)
            ? result
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The term {InputExcerpt.Of(text)} is not of the form NyNmNd (such as '2y6m' or '15d'): {error}"));
    }

    /// <summary>Tries to parse a term written <c>NyNmNd</c> (see <see cref="Parse"/>); never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The term, or zero when parsing fails.</param>
    /// <returns>True when the text is a valid term.</returns>
    public static bool TryParse(string? text, out SentenceTerm result) => TryParse(text, out result, out _);

    /// <summary>Returns the term as <c>NyNmNd</c> without zero parts (<c>2y6m</c>); the zero term is <c>0d</c>.</summary>
    /// <returns>The term as text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString()
    {
        if (IsZero)
        {
            return "0d";
        }

        var builder = new StringBuilder();
        if (Years > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{Years}y");
        }

        if (Months > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{Months}m");
        }

        if (Days > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{Days}d");
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    /// <summary>Returns the term in words, such as <c>2 tahun 6 bulan</c> or <c>2 years 6 months</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The term in words; the zero term is <c>0 hari</c> / <c>0 days</c>.</returns>
    public string ToText(Language language)
    {
        var parts = new List<string>(3);
        var english = language == Language.English;
        if (Years > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Years} {(english ? (Years == 1 ? "year" : "years") : "tahun")}"));
        }

        if (Months > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Months} {(english ? (Months == 1 ? "month" : "months") : "bulan")}"));
        }

        if (Days > 0 || parts.Count == 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Days} {(english ? (Days == 1 ? "day" : "days") : "hari")}"));
        }

        return string.Join(' ', parts);
    }

    internal int ToDays(int daysPerMonth, int monthsPerYear) =>
        checked((((Years * monthsPerYear) + Months) * daysPerMonth) + Days);

    private static bool TryParse(string? text, out SentenceTerm result, out string error)
    {
        result = default;
        if (text is null)
        {
            error = "no text was given";
            return false;
        }

        if (text.Length == 0)
        {
            error = "the text is empty";
            return false;
        }

        var parts = new int[3];
        var next = 0;
        var position = 0;
        while (position < text.Length)
        {
            var digitsStart = position;
            while (position < text.Length && text[position] is >= '0' and <= '9')
            {
                position++;
            }

            if (position == digitsStart)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"a number is expected at position {digitsStart + 1}");
                return false;
            }

            if (position == text.Length)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"the number at position {digitsStart + 1} has no unit (y, m or d)");
                return false;
            }

            var slot = char.ToLowerInvariant(text[position]) switch
            {
                'y' => 0,
                'm' => 1,
                'd' => 2,
                _ => -1,
            };
            if (slot < 0)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"{InputExcerpt.Of(text.AsSpan(position, 1))} at position {position + 1} is not a unit (y, m or d)");
                return false;
            }

            if (slot < next)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"the unit {InputExcerpt.Of(text.AsSpan(position, 1))} at position {position + 1} is repeated or out of order (years, then months, then days)");
                return false;
            }

            if (!int.TryParse(text.AsSpan(digitsStart, position - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"the number at position {digitsStart + 1} is too large");
                return false;
            }

            var limit = PartLimits[slot];
            if (value > limit)
            {
                var unit = slot switch { 0 => "years", 1 => "months", _ => "days" };
                error = string.Create(CultureInfo.InvariantCulture, $"the {unit} at position {digitsStart + 1} exceed the ISO calendar: at most {limit:N0} {unit}");
                return false;
            }

            parts[slot] = value;
            next = slot + 1;
            position++;
        }

        result = new SentenceTerm(parts[0], parts[1], parts[2]);
        error = string.Empty;
        return true;
    }
}
