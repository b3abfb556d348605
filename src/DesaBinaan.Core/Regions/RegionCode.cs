using Ardalis.GuardClauses;
using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Regions;

/// <summary>
/// A Kemendagri administrative region code <c>PP.KK.CC.DDDD</c>, such as <c>33</c> (Provinsi Jawa Tengah),
/// <c>33.75</c> (Kota Pekalongan), <c>33.75.03</c> (Kecamatan Pekalongan Utara) or <c>33.75.03.1004</c>
/// (Kelurahan Panjang Wetan). Kepmendagri 300.2.2-2138/2025 as amended by 300.2.2-2430/2025; docs/domain.md §4.
/// </summary>
/// <remarks>
/// <para>Segments: province (2 digits, not 00), regency/city (2 digits: 01–69 a <i>kabupaten</i>, 71–99 a
/// <i>kota</i>), district (2 digits, not 00), village (4 digits: the first 1 = kelurahan, 2 = desa, 3 = desa adat,
/// the last three not 000).</para>
/// <para>Equality is by value. Ordering is hierarchical: a code sorts before its descendants, and siblings sort by
/// number. The default value is the <em>empty</em> code: <see cref="IsEmpty"/> is true, <see cref="Level"/> is
/// <see cref="RegionLevel.None"/>, it has no parent, is the ancestor of nothing and formats as the empty string.</para>
/// </remarks>
[Immutable]
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>, ISpanFormattable
{
    private const long ProvinceFactor = 100_000_000;
    private const long RegencyFactor = 1_000_000;
    private const long DistrictFactor = 10_000;

    // The ten digits of the code (zero-padded on the right) times 8, plus the level (0 for the empty code).
    private readonly long packed;

    private RegionCode(long digits, RegionLevel level) => packed = (digits * 8) + (long)level;

    /// <summary>Initializes a province code.</summary>
    /// <param name="province">The province segment, 1–99.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="province"/> is outside 1–99.</exception>
    public RegionCode(int province)
        : this(CheckProvince(province) * ProvinceFactor, RegionLevel.Province)
    {
    }

    /// <summary>Initializes a regency or city code.</summary>
    /// <param name="province">The province segment, 1–99.</param>
    /// <param name="regencyOrCity">The regency/city segment: 1–69 for a regency, 71–99 for a city.</param>
    /// <exception cref="ArgumentOutOfRangeException">A segment is out of its range.</exception>
    public RegionCode(int province, int regencyOrCity)
        : this((CheckProvince(province) * ProvinceFactor) + (CheckRegency(regencyOrCity) * RegencyFactor), RegionLevel.RegencyOrCity)
    {
    }

    /// <summary>Initializes a district code.</summary>
    /// <param name="province">The province segment, 1–99.</param>
    /// <param name="regencyOrCity">The regency/city segment: 1–69 for a regency, 71–99 for a city.</param>
    /// <param name="district">The district segment, 1–99.</param>
    /// <exception cref="ArgumentOutOfRangeException">A segment is out of its range.</exception>
    public RegionCode(int province, int regencyOrCity, int district)
        : this((CheckProvince(province) * ProvinceFactor) + (CheckRegency(regencyOrCity) * RegencyFactor) + (CheckDistrict(district) * DistrictFactor), RegionLevel.District)
    {
    }

    /// <summary>Initializes a village code.</summary>
    /// <param name="province">The province segment, 1–99.</param>
    /// <param name="regencyOrCity">The regency/city segment: 1–69 for a regency, 71–99 for a city.</param>
    /// <param name="district">The district segment, 1–99.</param>
    /// <param name="village">The village segment, four digits 1001–3999 whose first digit gives the <see cref="VillageKind"/> and whose last three are not 000.</param>
    /// <exception cref="ArgumentOutOfRangeException">A segment is out of its range.</exception>
    public RegionCode(int province, int regencyOrCity, int district, int village)
        : this((CheckProvince(province) * ProvinceFactor) + (CheckRegency(regencyOrCity) * RegencyFactor) + (CheckDistrict(district) * DistrictFactor) + CheckVillage(village), RegionLevel.Village)
    {
    }

    /// <summary>Gets the level of the code, <see cref="RegionLevel.None"/> for the empty code.</summary>
    public RegionLevel Level => (RegionLevel)(packed & 7);

    /// <summary>Gets whether this is the empty code (the default value).</summary>
    public bool IsEmpty => packed == 0;

    /// <summary>Gets the province segment (such as 33), or 0 for the empty code.</summary>
    public int ProvinceSegment => (int)(Digits / ProvinceFactor);

    /// <summary>Gets the regency/city segment (such as 75), or 0 when the code is a province.</summary>
    public int RegencyOrCitySegment => (int)(Digits / RegencyFactor % 100);

    /// <summary>Gets the district segment (such as 3), or 0 when the code is above a district.</summary>
    public int DistrictSegment => (int)(Digits / DistrictFactor % 100);

    /// <summary>Gets the village segment (such as 1004), or 0 when the code is not a village.</summary>
    public int VillageSegment => (int)(Digits % DistrictFactor);

    /// <summary>Gets whether the code is, or lies within, a regency (<i>kabupaten</i>, segment 01–69).</summary>
    public bool IsRegency => Level >= RegionLevel.RegencyOrCity && RegencyOrCitySegment <= 69;

    /// <summary>Gets whether the code is, or lies within, a city (<i>kota</i>, segment 71–99).</summary>
    public bool IsCity => Level >= RegionLevel.RegencyOrCity && RegencyOrCitySegment >= 71;

    /// <summary>Gets the kind of village for a village code, or null for any other level.</summary>
    public VillageKind? VillageKind => Level == RegionLevel.Village ? (VillageKind)(VillageSegment / 1000) : null;

    /// <summary>Gets the kind of area the code denotes (province, regency, city, district, kelurahan, desa, desa adat), or null for the empty code.</summary>
    public AreaKind? AreaKind => Level switch
    {
        RegionLevel.Province => Regions.AreaKind.Province,
        RegionLevel.RegencyOrCity => IsCity ? Regions.AreaKind.City : Regions.AreaKind.Regency,
        RegionLevel.District => Regions.AreaKind.District,
        RegionLevel.Village => VillageKind switch
        {
            Regions.VillageKind.Kelurahan => Regions.AreaKind.Kelurahan,
            Regions.VillageKind.Desa => Regions.AreaKind.Desa,
            _ => Regions.AreaKind.DesaAdat,
        },
        _ => null,
    };

    /// <summary>Gets the parent code (the village's district, the district's regency or city, the regency's province), or null for a province or the empty code.</summary>
    public RegionCode? Parent => Level > RegionLevel.Province ? AncestorAt(Level - 1) : null;

    private long Digits => packed >> 3;

    /// <summary>Returns the ancestor of this code at a level, or the code itself at its own level.</summary>
    /// <param name="level">The level; from <see cref="RegionLevel.Province"/> to this code's own level.</param>
    /// <returns>The code truncated to <paramref name="level"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is <see cref="RegionLevel.None"/> or deeper than this code.</exception>
    public RegionCode AncestorAt(RegionLevel level)
    {
        if (level < RegionLevel.Province || level > Level)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be from Province down to the level of the code itself.");
        }

        var digits = level switch
        {
            RegionLevel.Province => Digits / ProvinceFactor * ProvinceFactor,
            RegionLevel.RegencyOrCity => Digits / RegencyFactor * RegencyFactor,
            RegionLevel.District => Digits / DistrictFactor * DistrictFactor,
            _ => Digits,
        };
        return new RegionCode(digits, level);
    }

    /// <summary>Returns whether this code is a strict ancestor of another (33.75 is an ancestor of 33.75.03.1004).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when <paramref name="other"/> lies strictly within this area; false for the empty code.</returns>
    public bool IsAncestorOf(RegionCode other) =>
        !IsEmpty && other.Level > Level && other.AncestorAt(Level) == this;

    /// <summary>Returns the code of a child area.</summary>
    /// <param name="segment">The child's segment: a regency/city segment below a province, a district segment below a regency or city, a village segment below a district.</param>
    /// <returns>The child code.</returns>
    /// <exception cref="InvalidOperationException">This code is a village or empty, and has no children.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is outside the range of its level.</exception>
    public RegionCode Child(int segment) => Level switch
    {
        RegionLevel.Province => new RegionCode(Digits + (CheckRegency(segment, nameof(segment)) * RegencyFactor), RegionLevel.RegencyOrCity),
        RegionLevel.RegencyOrCity => new RegionCode(Digits + (CheckDistrict(segment, nameof(segment)) * DistrictFactor), RegionLevel.District),
        RegionLevel.District => new RegionCode(Digits + CheckVillage(segment, nameof(segment)), RegionLevel.Village),
        _ => throw new InvalidOperationException("A village code or the empty code has no child codes."),
    };

    /// <summary>Parses a code written with dots (<c>33.75.03.1004</c>) or without (<c>3375031004</c>); surrounding white space is ignored.</summary>
    /// <param name="text">The text; must not be null.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a region code; the message names the wrong segment.</exception>
    public static RegionCode Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseCore(text.AsSpan(), out var result);
        return error is null ? result : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{InputExcerpt.Of(text)} is not a region code: {error}."));
    }

    /// <summary>Tries to parse a code written with or without dots; never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The code, or the empty code when parsing fails.</param>
    /// <returns>True when the text is a valid region code.</returns>
    public static bool TryParse(string? text, out RegionCode result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text.AsSpan(), out result) is null;
    }

    /// <summary>Tries to parse a code written with or without dots from characters; never throws and does not allocate.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The code, or the empty code when parsing fails.</param>
    /// <returns>True when the text is a valid region code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RegionCode result) => TryParseCore(text, out result) is null;

    /// <inheritdoc/>
    public bool Equals(RegionCode other) => packed == other.packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => packed.GetHashCode();

    /// <summary>Compares codes hierarchically: a code before its descendants, siblings by number; the empty code first.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(RegionCode other) => packed.CompareTo(other.packed);

    /// <summary>Returns the code with dots, such as <c>33.75.03.1004</c> (the empty string for the empty code).</summary>
    /// <returns>The dotted code.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the code: format null, empty or <c>"D"</c> writes it with dots, <c>"N"</c> as digits only (<c>3375031004</c>).</summary>
    /// <param name="format">Null, <c>""</c>, <c>"D"</c> or <c>"N"</c>.</param>
    /// <param name="formatProvider">Ignored: codes are culture-invariant.</param>
    /// <returns>The formatted code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the supported formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[13];
        TryFormat(buffer, out var written, format, formatProvider);
        return new string(buffer[..written]);
    }

    /// <summary>Formats the code into characters: format empty or <c>"D"</c> with dots, <c>"N"</c> digits only.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">Empty, <c>"D"</c> or <c>"N"</c>.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>True when <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the supported formats.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        bool dots;
        if (format.IsEmpty || format.SequenceEqual("D"))
        {
            dots = true;
        }
        else if (format.SequenceEqual("N"))
        {
            dots = false;
        }
        else
        {
            throw new FormatException("A region code supports the formats \"D\" (with dots) and \"N\" (digits only).");
        }

        var level = Level;
        var length = level switch
        {
            RegionLevel.None => 0,
            RegionLevel.Province => 2,
            RegionLevel.RegencyOrCity => dots ? 5 : 4,
            RegionLevel.District => dots ? 8 : 6,
            _ => dots ? 13 : 10,
        };
        charsWritten = 0;
        if (destination.Length < length)
        {
            return false;
        }

        var position = 0;
        if (level >= RegionLevel.Province)
        {
            WriteDigits(destination, ref position, ProvinceSegment, 2);
        }

        if (level >= RegionLevel.RegencyOrCity)
        {
            WriteSeparator(destination, ref position, dots);
            WriteDigits(destination, ref position, RegencyOrCitySegment, 2);
        }

        if (level >= RegionLevel.District)
        {
            WriteSeparator(destination, ref position, dots);
            WriteDigits(destination, ref position, DistrictSegment, 2);
        }

        if (level >= RegionLevel.Village)
        {
            WriteSeparator(destination, ref position, dots);
            WriteDigits(destination, ref position, VillageSegment, 4);
        }

        charsWritten = position;
        return true;
    }

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Returns whether the first code sorts before the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether the first code sorts after the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts after.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether the first code sorts before or equals the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether the first code sorts after or equals the second.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts after or is equal.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left.CompareTo(right) >= 0;

    private static void WriteSeparator(Span<char> destination, ref int position, bool dots)
    {
        if (dots)
        {
            destination[position++] = '.';
        }
    }

    private static void WriteDigits(Span<char> destination, ref int position, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[position + i] = (char)('0' + (value % 10));
            value /= 10;
        }

        position += width;
    }

    private static long CheckProvince(int province, string name = "province")
    {
        if (province is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(name, province, "The province segment must be from 01 to 99.");
        }

        return province;
    }

    private static long CheckRegency(int regencyOrCity, string name = "regencyOrCity")
    {
        if (regencyOrCity is < 1 or > 99 or 70)
        {
            throw new ArgumentOutOfRangeException(name, regencyOrCity, "The regency/city segment must be 01–69 (a regency) or 71–99 (a city).");
        }

        return regencyOrCity;
    }

    private static long CheckDistrict(int district, string name = "district")
    {
        if (district is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(name, district, "The district segment must be from 01 to 99.");
        }

        return district;
    }

    private static long CheckVillage(int village, string name = "village")
    {
        if (village is < 1001 or > 3999 || village % 1000 == 0)
        {
            throw new ArgumentOutOfRangeException(name, village, "The village segment must be four digits whose first is 1 (kelurahan), 2 (desa) or 3 (desa adat) and whose last three are not 000.");
        }

        return village;
    }

    // Returns null on success, or the description of the first wrong segment.
    private static string? TryParseCore(ReadOnlySpan<char> text, out RegionCode result)
    {
        result = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return "it is empty";
        }

        Span<int> segments = stackalloc int[4];
        int count;
        // The usual case first: every segment has its width, dots (if any) in their places.
        if (TryReadWellFormed(text, segments, out count))
        {
            segments[count..].Clear();
        }
        else if (text.IndexOf('.') >= 0)
        {
            segments.Clear();
            count = 0;
            var rest = text;
            while (true)
            {
                var dot = rest.IndexOf('.');
                var part = dot < 0 ? rest : rest[..dot];
                if (count == 4)
                {
                    return "a code has at most four segments (province.regency-or-city.district.village)";
                }

                var width = count == 3 ? 4 : 2;
                if (part.Length != width || !AllDigits(part))
                {
                    return SegmentName(count) + (width == 4 ? " segment must be four digits" : " segment must be two digits");
                }

                segments[count++] = Number(part);
                if (dot < 0)
                {
                    break;
                }

                rest = rest[(dot + 1)..];
            }
        }
        else
        {
            if (!AllDigits(text))
            {
                return "a code holds only digits, optionally separated by dots";
            }

            switch (text.Length)
            {
                case 2: count = 1; break;
                case 4: count = 2; break;
                case 6: count = 3; break;
                case 10: count = 4; break;
                default: return "without dots a code has 2, 4, 6 or 10 digits";
            }

            segments[0] = Number(text[..2]);
            if (count > 1)
            {
                segments[1] = Number(text.Slice(2, 2));
            }

            if (count > 2)
            {
                segments[2] = Number(text.Slice(4, 2));
            }

            if (count > 3)
            {
                segments[3] = Number(text.Slice(6, 4));
            }
        }

        if (segments[0] == 0)
        {
            return "the province segment must not be 00";
        }

        if (count > 1 && segments[1] is 0 or 70)
        {
            return "the regency/city segment must be 01–69 (regency) or 71–99 (city)";
        }

        if (count > 2 && segments[2] == 0)
        {
            return "the district segment must not be 00";
        }

        if (count > 3 && (segments[3] / 1000 is < 1 or > 3 || segments[3] % 1000 == 0))
        {
            return "the village segment must start with 1 (kelurahan), 2 (desa) or 3 (desa adat) and must not end in 000";
        }

        var digits = (segments[0] * ProvinceFactor) + (segments[1] * RegencyFactor) + (segments[2] * DistrictFactor) + segments[3];
        result = new RegionCode(digits, (RegionLevel)count);
        return null;
    }

    // Reads PP, PPKK, PPKKCC, PPKKCCDDDD or their dotted forms in one pass; false on any other shape.
    private static bool TryReadWellFormed(ReadOnlySpan<char> text, Span<int> segments, out int count)
    {
        count = 0;
        var dotted = text.Length > 2 && text[2] == '.';
        var position = 0;
        while (true)
        {
            var width = count == 3 ? 4 : 2;
            if (position + width > text.Length)
            {
                return false;
            }

            var value = 0;
            for (var i = 0; i < width; i++)
            {
                var digit = unchecked((uint)(text[position + i] - '0'));
                if (digit > 9)
                {
                    return false;
                }

                value = (value * 10) + (int)digit;
            }

            segments[count++] = value;
            position += width;
            if (position == text.Length)
            {
                return true;
            }

            if (count == 4)
            {
                return false;
            }

            if (dotted)
            {
                if (text[position] != '.')
                {
                    return false;
                }

                position++;
            }
        }
    }

    private static string SegmentName(int index) => index switch
    {
        0 => "the province",
        1 => "the regency/city",
        2 => "the district",
        _ => "the village",
    };

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
