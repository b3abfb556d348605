using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Common;

public sealed class FractionTests
{
    [Theory]
    [InlineData(2, 4, 1, 2)]
    [InlineData(6, 9, 2, 3)]
    [InlineData(0, 5, 0, 1)]
    [InlineData(7, 7, 1, 1)]
    public void Constructor_ReducesToLowestTerms(long n, long d, long expectedN, long expectedD)
    {
        var fraction = new Fraction(n, d);
        fraction.Numerator.Should().Be(expectedN);
        fraction.Denominator.Should().Be(expectedD);
    }

    [Fact]
    public void Default_IsZeroOverOne()
    {
        default(Fraction).Should().Be(Fraction.Zero);
        default(Fraction).Denominator.Should().Be(1);
        default(Fraction).ToString().Should().Be("0");
    }

    [Fact]
    public void Constructor_NegativeNumerator_Throws()
    {
        var act = () => new Fraction(-1, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").WithMessage("The numerator must not be negative.*");
    }

    [Fact]
    public void Constructor_ZeroDenominator_Throws()
    {
        var act = () => new Fraction(1, 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator").WithMessage("The denominator must be at least 1.*");
    }

    // docs/domain.md §8: 2/3 of a 1-year term (360 days) is 240 days; 1/2 of 885 days rounds up to 443.
    [Theory]
    [InlineData(2, 3, 360, 240)]
    [InlineData(1, 2, 885, 443)]
    [InlineData(1, 3, 885, 295)]
    [InlineData(2, 3, 825, 550)]
    public void OfCeiling_RoundsUp(long n, long d, long days, long expected)
    {
        new Fraction(n, d).OfCeiling(days).Should().Be(expected);
    }

    [Fact]
    public void OfFloorAndIsWholeOf_AgreeWithCeiling()
    {
        Fraction.OneHalf.OfFloor(885).Should().Be(442);
        Fraction.OneHalf.IsWholeOf(885).Should().BeFalse();
        Fraction.OneHalf.IsWholeOf(900).Should().BeTrue();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        EqualityAssert.Values(new Fraction(2, 4), Fraction.OneHalf, Fraction.OneThird, Fraction.TwoThirds);
        (new Fraction(2, 4) == Fraction.OneHalf).Should().BeTrue();
        (Fraction.OneHalf != Fraction.OneThird).Should().BeTrue();
    }

    [Fact]
    public void Comparison_IsByValue()
    {
        (Fraction.OneThird < Fraction.OneHalf).Should().BeTrue();
        (Fraction.TwoThirds > Fraction.OneHalf).Should().BeTrue();
        (Fraction.OneHalf <= new Fraction(3, 6)).Should().BeTrue();
        Fraction.One.CompareTo(Fraction.TwoThirds).Should().BePositive();
    }

    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData(" 1/2 ", 1, 2)]
    [InlineData("4", 4, 1)]
    [InlineData("10/4", 5, 2)]
    public void Parse_ValidText_ReturnsFraction(string text, long n, long d)
    {
        Fraction.Parse(text).Should().Be(new Fraction(n, d));
        Fraction.Parse(text).ToString().Should().Be(new Fraction(n, d).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    [InlineData("١/٢")]
    public void TryParse_InvalidText_ReturnsFalse(string text)
    {
        Fraction.TryParse(text, out _).Should().BeFalse();
        var act = () => Fraction.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*n/d*");
    }

    [Fact]
    public void TryFormat_WritesSameAsToString()
    {
        Span<char> buffer = stackalloc char[16];
        Fraction.TwoThirds.TryFormat(buffer, out var written, default, null).Should().BeTrue();
        buffer[..written].ToString().Should().Be("2/3");
    }
}
