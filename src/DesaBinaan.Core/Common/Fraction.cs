using Ardalis.GuardClauses;
using System.Globalization;

namespace DesaBinaan.Core.Common;

/// <summary>
/// An exact, non-negative rational number in lowest terms, such as <c>1/2</c> or <c>2/3</c> of a sentence.
/// No floating point is involved in any operation.
/// </summary>
/// <remarks>
/// Equality is by value: <c>2/4</c> equals <c>1/2</c>. The default value is zero (<c>0/1</c>).
/// </remarks>
[Immutable]
public readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>, ISpanFormattable
{
    private readonly long numerator;
    private readonly long denominatorMinusOne;

    /// <summary>Initializes a fraction and reduces it to lowest terms.</summary>
    /// <param name="numerator">The numerator; must not be negative.</param>
    /// <param name="denominator">The denominator; must be positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> is negative or <paramref name="denominator"/> is not positive.</exception>
    public Fraction(long numerator, long denominator)
    {
        Guard.Against.NegativeCount(numerator);
        Guard.Against.PositiveCount(denominator);
        var gcd = Gcd(numerator, denominator);
        this.numerator = numerator / gcd;
        denominatorMinusOne = (denominator / gcd) - 1;
    }

    /// <summary>Gets zero.</summary>
    public static Fraction Zero => default;

    /// <summary>Gets one.</summary>
    public static Fraction One => new(1, 1);

    /// <summary>Gets one third.</summary>
    public static Fraction OneThird => new(1, 3);

    /// <summary>Gets one half.</summary>
    public static Fraction OneHalf { get; } = new(1, 2);

    /// <summary>Gets two thirds.</summary>
    public static Fraction TwoThirds { get; } = new(2, 3);

    /// <summary>Gets the numerator in lowest terms.</summary>
    public long Numerator => numerator;

    /// <summary>Gets the denominator in lowest terms (at least 1).</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>Returns this fraction of a whole number, rounded up to the next whole number.</summary>
    /// <param name="value">The whole number; must not be negative.</param>
    /// <returns><c>ceiling(value × numerator ÷ denominator)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public long OfCeiling(long value)
    {
        Guard.Against.NegativeCount(value);
        var product = checked(value * numerator);
        var denominator = Denominator;
        return (product / denominator) + (product % denominator == 0 ? 0 : 1);
    }

    /// <summary>Returns this fraction of a whole number, rounded down.</summary>
    /// <param name="value">The whole number; must not be negative.</param>
    /// <returns><c>floor(value × numerator ÷ denominator)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public long OfFloor(long value)
    {
        Guard.Against.NegativeCount(value);
        return checked(value * numerator) / Denominator;
    }

    /// <summary>Returns whether this fraction of a whole number is itself a whole number.</summary>
    /// <param name="value">The whole number; must not be negative.</param>
    /// <returns>True when no rounding is needed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public bool IsWholeOf(long value)
    {
        Guard.Against.NegativeCount(value);
        return checked(value * numerator) % Denominator == 0;
    }

    /// <summary>Parses a fraction written as <c>n/d</c> (or a whole number <c>n</c>), with invariant digits.</summary>
    /// <param name="text">The text; must not be null.</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of the form <c>n/d</c> with a non-negative numerator and a positive denominator.</exception>
    public static Fraction Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException("A fraction must be written 'n/d' with a non-negative whole numerator and a positive whole denominator, such as '2/3'.");
    }

    /// <summary>Tries to parse a fraction written as <c>n/d</c> (or a whole number); never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The fraction, or zero when parsing fails.</param>
    /// <returns>True when the text is a valid fraction.</returns>
    public static bool TryParse(string? text, out Fraction result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var slash = span.IndexOf('/');
        var numeratorText = slash < 0 ? span : span[..slash];
        var denominatorText = slash < 0 ? "1".AsSpan() : span[(slash + 1)..];
        if (!long.TryParse(numeratorText, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !long.TryParse(denominatorText, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || d == 0)
        {
            return false;
        }

        result = new Fraction(n, d);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Fraction other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <summary>Compares two fractions by value.</summary>
    /// <param name="other">The other fraction.</param>
    /// <returns>Negative, zero or positive as this fraction is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Fraction other)
    {
        var left = (Int128)numerator * other.Denominator;
        var right = (Int128)other.numerator * Denominator;
        return left.CompareTo(right);
    }

    /// <summary>Returns the fraction as <c>n/d</c> (a whole number as <c>n</c>), with invariant digits.</summary>
    /// <returns>The fraction as text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Denominator == 1
            ? numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}");

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Denominator == 1
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"{numerator}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}", out charsWritten);

    /// <summary>Returns whether two fractions are equal.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Fraction left, Fraction right) => left.Equals(right);

    /// <summary>Returns whether two fractions differ.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Fraction left, Fraction right) => !left.Equals(right);

    /// <summary>Returns whether the first fraction is less than the second.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when <paramref name="left"/> is less.</returns>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether the first fraction is greater than the second.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether the first fraction is less than or equal to the second.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether the first fraction is greater than or equal to the second.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
