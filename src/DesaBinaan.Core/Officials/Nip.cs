using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Officials;

/// <summary>
/// A civil servant's number (<i>Nomor Induk Pegawai</i>, NIP): 18 digits, birth date <c>YYYYMMDD</c>, civil-service
/// start <c>YYYYMM</c>, sex (1 male, 2 female) and a three-digit serial, such as <c>19860926 201505 1 001</c>
/// (docs/domain.md §4).
/// </summary>
/// <remarks>
/// <para>The NIP is personal data. <see cref="ToString()"/> formats the number itself, because it is the value;
/// but no exception message of this type contains it, and other types never print it.</para>
/// <para>A civil-service start before the 18th birthday is plausible-but-odd: it is reported in
/// <see cref="Warnings"/>, not rejected.</para>
/// <para>Equality is by value. The default value is the <em>empty</em> NIP: <see cref="IsEmpty"/> is true, the
/// parts are the ISO minimum (<see cref="BirthDate"/> 0001-01-01), and it formats as the empty string.</para>
/// </remarks>
[Immutable]
public readonly struct Nip : IEquatable<Nip>
{
    private const long E4 = 10_000;
    private const long E6 = 1_000_000;
    private const long E10 = 10_000_000_000;
    private const long E12 = 1_000_000_000_000;
    private const long E14 = 100_000_000_000_000;

    private readonly long digits;

    private Nip(long digits) => this.digits = digits;

    /// <summary>Initializes a NIP from its parts.</summary>
    /// <param name="birthDate">The birth date; its year must be 1900–2099.</param>
    /// <param name="civilServiceStart">The civil-service start month; not before the birth month, year at most 2099.</param>
    /// <param name="sex">The sex; must be defined.</param>
    /// <param name="serial">The serial, 1–999.</param>
    /// <exception cref="ArgumentException">A part is outside its range (the message states the rule, not the value).</exception>
    public Nip(LocalDate birthDate, YearMonth civilServiceStart, Sex sex, int serial)
    {
        _ = Guard.Against.NonIsoDate(birthDate);
        Guard.Against.InvalidInput(birthDate, nameof(birthDate), d => d.Calendar == CalendarSystem.Iso && d.Year is >= 1900 and <= 2099, "The birth date of a NIP must be an ISO date in 1900–2099.");
        Guard.Against.InvalidInput(civilServiceStart, nameof(civilServiceStart), s => s.Calendar == CalendarSystem.Iso && s.Year <= 2099 && s.CompareTo(new YearMonth(birthDate.Year, birthDate.Month)) >= 0, "The civil-service start of a NIP must not be before the birth month nor after 2099.");
        Guard.Against.InvalidInput(sex, nameof(sex), s => s is Sex.Male or Sex.Female, "The sex of a NIP must be Male or Female.");
        Guard.Against.InvalidInput(serial, nameof(serial), s => s is >= 1 and <= 999, "The serial of a NIP must be from 001 to 999.");
        long date = (birthDate.Year * 10_000) + (birthDate.Month * 100) + birthDate.Day;
        long start = (civilServiceStart.Year * 100) + civilServiceStart.Month;
        digits = (((date * 1_000_000) + start) * 10_000) + ((int)sex * 1000) + serial;
    }

    /// <summary>Gets whether this is the empty NIP (the default value).</summary>
    public bool IsEmpty => digits == 0;

    /// <summary>Gets the birth date (digits 1–8).</summary>
    public LocalDate BirthDate => IsEmpty ? LocalDate.MinIsoValue : new LocalDate((int)(digits / E14), (int)(digits / E12 % 100), (int)(digits / E10 % 100));

    /// <summary>Gets the civil-service start month (digits 9–14); January of year 1 for the empty NIP.</summary>
    public YearMonth CivilServiceStart => IsEmpty ? new YearMonth(1, 1) : new YearMonth((int)(digits / E6 % 10_000), (int)(digits / E4 % 100));

    /// <summary>Gets the sex (digit 15); <see cref="Sex.Male"/> for the empty NIP.</summary>
    public Sex Sex => IsEmpty ? Sex.Male : (Sex)(digits / 1000 % 10);

    /// <summary>Gets the serial (digits 16–18), 1–999; 0 for the empty NIP.</summary>
    public int Serial => (int)(digits % 1000);

    /// <summary>Gets the plausibility warnings (empty when none).</summary>
    public ValueList<NipWarning> Warnings =>
        !IsEmpty && CivilServiceStart.CompareTo(new YearMonth(BirthDate.Year + 18, BirthDate.Month)) < 0
            ? [NipWarning.StartBeforeEighteenthBirthday]
            : ValueList<NipWarning>.Empty;

    /// <summary>Parses a NIP of 18 digits; spaces anywhere are ignored (<c>19860926 201505 1 001</c>).</summary>
    /// <param name="text">The text; must not be null.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid NIP; the message names the wrong part, never the number.</exception>
    public static Nip Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseCore(text.AsSpan(), out var result);
        return error is null ? result : throw new FormatException("The text is not a valid NIP: " + error + ".");
    }

    /// <summary>Tries to parse a NIP; never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The NIP, or the empty NIP when parsing fails.</param>
    /// <returns>True when the text is a valid NIP.</returns>
    public static bool TryParse(string? text, out Nip result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text.AsSpan(), out result) is null;
    }

    /// <summary>Tries to parse a NIP from characters; never throws and does not allocate.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The NIP, or the empty NIP when parsing fails.</param>
    /// <returns>True when the text is a valid NIP.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Nip result) => TryParseCore(text, out result) is null;

    /// <inheritdoc/>
    public bool Equals(Nip other) => digits == other.digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Nip other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <summary>Returns the NIP in its usual grouping, <c>19860926 201505 1 001</c> (the empty string for the empty NIP).</summary>
    /// <returns>The NIP.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var text = digits.ToString("D18", CultureInfo.InvariantCulture);
        return text[..8] + " " + text[8..14] + " " + text[14..15] + " " + text[15..];
    }

    /// <summary>Returns the 18 digits without spaces (the empty string for the empty NIP).</summary>
    /// <returns>The digits.</returns>
    public string ToDigits() => IsEmpty ? string.Empty : digits.ToString("D18", CultureInfo.InvariantCulture);

    /// <summary>Returns whether two NIPs are equal.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Nip left, Nip right) => left.Equals(right);

    /// <summary>Returns whether two NIPs differ.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Nip left, Nip right) => !left.Equals(right);

    // Returns null on success, or the description of the wrong part (never the number itself).
    private static string? TryParseCore(ReadOnlySpan<char> text, out Nip result)
    {
        result = default;
        long value = 0;
        var count = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                return "a NIP holds only digits and spaces";
            }

            if (++count > 18)
            {
                return "a NIP has exactly 18 digits";
            }

            value = (value * 10) + (c - '0');
        }

        if (count != 18)
        {
            return "a NIP has exactly 18 digits";
        }

        var year = (int)(value / E14);
        var month = (int)(value / E12 % 100);
        var day = (int)(value / E10 % 100);
        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return "the birth date (digits 1–8, YYYYMMDD) is not a real date in 1900–2099";
        }

        var startYear = (int)(value / E6 % 10_000);
        var startMonth = (int)(value / E4 % 100);
        if (startYear is < 1900 or > 2099 || startMonth is < 1 or > 12)
        {
            return "the civil-service start (digits 9–14, YYYYMM) is not a real month in 1900–2099";
        }

        if ((startYear * 12) + startMonth < (year * 12) + month)
        {
            return "the civil-service start (digits 9–14) is before the birth date";
        }

        var sex = (int)(value / 1000 % 10);
        if (sex is not (1 or 2))
        {
            return "the sex digit (digit 15) must be 1 (male) or 2 (female)";
        }

        if (value % 1000 == 0)
        {
            return "the serial (digits 16–18) must not be 000";
        }

        result = new Nip(value);
        return null;
    }
}
