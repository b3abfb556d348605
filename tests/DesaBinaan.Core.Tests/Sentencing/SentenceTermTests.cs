using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Tests.Sentencing;

public sealed class SentenceTermTests
{
    // The amount syntax of the sample: NyNmNd with any part omitted (issue 4).
    [Theory]
    [InlineData("2y6m", 2, 6, 0)]
    [InlineData("15d", 0, 0, 15)]
    [InlineData("1m15d", 0, 1, 15)]
    [InlineData("1y2m3d", 1, 2, 3)]
    [InlineData("3y", 3, 0, 0)]
    [InlineData("1y15d", 1, 0, 15)]
    [InlineData("0d", 0, 0, 0)]
    [InlineData("2Y6M", 2, 6, 0)]
    [InlineData("18m", 0, 18, 0)]
    public void Parse_ValidText_GivesParts(string text, int years, int months, int days)
    {
        var term = SentenceTerm.Parse(text);
        term.Should().Be(new SentenceTerm(years, months, days));
        SentenceTerm.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(term);
    }

    [Theory]
    [InlineData("", "*empty*")]
    [InlineData("2", "*no unit*")]
    [InlineData("y", "*number is expected at position 1*")]
    [InlineData("6m2y", "*out of order*")]
    [InlineData("2y2y", "*repeated*")]
    [InlineData("2w", "*'w' at position 2 is not a unit*")]
    [InlineData("2y 6m", "*number is expected at position 3*")]
    [InlineData("-1y", "*number is expected at position 1*")]
    [InlineData("99999999999d", "*too large*")]
    [InlineData("985783m", "*months at position 1 exceed the ISO calendar: at most 120,000 months*")]
    [InlineData("10001y", "*years at position 1 exceed the ISO calendar*")]
    public void Parse_InvalidText_ThrowsFormatExceptionSayingWhere(string text, string message)
    {
        var act = () => SentenceTerm.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(message);
        SentenceTerm.TryParse(text, out var result).Should().BeFalse();
        result.Should().Be(SentenceTerm.Zero);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        SentenceTerm.TryParse(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(2, 6, 0, "2y6m")]
    [InlineData(0, 1, 15, "1m15d")]
    [InlineData(0, 0, 0, "0d")]
    [InlineData(1, 0, 3, "1y3d")]
    public void ToString_WritesNonZeroParts_AndParsesBack(int years, int months, int days, string expected)
    {
        var term = new SentenceTerm(years, months, days);
        term.ToString().Should().Be(expected);
        SentenceTerm.Parse(expected).Should().Be(term);
    }

    // docs/domain.md §8: 30 days a month and 12 months a year: 2y6m is 900 days, 1y is 360 days, 2m is 60 days.
    [Theory]
    [InlineData("2y6m", 900)]
    [InlineData("1y", 360)]
    [InlineData("2m", 60)]
    [InlineData("1m15d", 45)]
    [InlineData("15d", 15)]
    public void ToDays_DefaultConvention_CountsThirtyDaysAMonth(string text, int days)
    {
        SentenceTerm.Parse(text).ToDays(CountingConvention.Default).Should().Be(days);
    }

    [Theory]
    [InlineData(-1, 0, 0, "years")]
    [InlineData(0, -1, 0, "months")]
    [InlineData(0, 0, -1, "days")]
    public void Constructor_NegativePart_Throws(int years, int months, int days, string parameter)
    {
        var act = () => new SentenceTerm(years, months, days);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Default_IsZeroTerm()
    {
        default(SentenceTerm).IsZero.Should().BeTrue();
        default(SentenceTerm).ToString().Should().Be("0d");
    }

    [Fact]
    public void Equality_ComparesPartsAsWritten()
    {
        // 1y and 12m add the same on the calendar but are kept as written.
        EqualityAssert.Values(new SentenceTerm(2, 6, 0), SentenceTerm.Parse("2y6m"), new SentenceTerm(0, 30, 0), new SentenceTerm(2, 6, 1), SentenceTerm.Zero);
    }

    [Theory]
    [InlineData("2y6m", Language.Indonesian, "2 tahun 6 bulan")]
    [InlineData("2y6m", Language.English, "2 years 6 months")]
    [InlineData("1m1d", Language.English, "1 month 1 day")]
    [InlineData("0d", Language.Indonesian, "0 hari")]
    public void ToText_WritesWords(string text, Language language, string expected)
    {
        SentenceTerm.Parse(text).ToText(language).Should().Be(expected);
    }

    [Fact]
    public void Plus_AddsPartByPart()
    {
        SentenceTerm.Parse("1y6m").Plus(SentenceTerm.Parse("8m")).Should().Be(new SentenceTerm(1, 14, 0));
    }
}
