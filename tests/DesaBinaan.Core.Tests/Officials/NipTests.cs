using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Tests.Officials;

// docs/domain.md §4: NIP = birth date YYYYMMDD + start YYYYMM + sex 1/2 + 3-digit serial.
public sealed class NipTests
{
    private const string Example = "19860926 201505 1 001";

    [Fact]
    public void Parse_Example_ExposesParts()
    {
        var nip = Nip.Parse(Example);
        nip.BirthDate.Should().Be(new LocalDate(1986, 9, 26));
        nip.CivilServiceStart.Should().Be(new YearMonth(2015, 5));
        nip.Sex.Should().Be(Sex.Male);
        nip.Serial.Should().Be(1);
        nip.Warnings.Should().BeEmpty();
        nip.ToString().Should().Be(Example);
        nip.ToDigits().Should().Be("198609262015051001");
    }

    [Theory]
    [InlineData("198609262015051001")]
    [InlineData(" 1986 0926 2015 05 1 001 ")]
    public void Parse_SpacesAnywhere_AreIgnored(string text)
    {
        Nip.Parse(text).Should().Be(Nip.Parse(Example));
    }

    [Theory]
    [InlineData("19860230 201505 1 001", "*birth date*not a real date*")]
    [InlineData("19861326 201505 1 001", "*birth date*")]
    [InlineData("18991231 201505 1 001", "*birth date*1900–2099*")]
    [InlineData("19860926 201513 1 001", "*civil-service start*not a real month*")]
    [InlineData("19860926 198501 1 001", "*civil-service start*before the birth date*")]
    [InlineData("19860926 201505 3 001", "*sex digit*1 (male) or 2 (female)*")]
    [InlineData("19860926 201505 0 001", "*sex digit*")]
    [InlineData("19860926 201505 1 000", "*serial*000*")]
    [InlineData("19860926 201505 1 01", "*18 digits*")]
    [InlineData("19860926 201505 1 0011", "*18 digits*")]
    [InlineData("19860926-201505-1-001", "*only digits and spaces*")]
    public void Parse_BadText_ThrowsNamingThePart_WithoutTheNumber(string text, string message)
    {
        var act = () => Nip.Parse(text);
        var thrown = act.Should().Throw<FormatException>().WithMessage(message).Which;
        thrown.Message.Should().NotContain(text.Replace(" ", string.Empty, StringComparison.Ordinal)[..8], "a NIP is personal data and never appears in a message");
        Nip.TryParse(text, out var result).Should().BeFalse();
        result.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Parse_Null_Throws_AndTryParseRefuses()
    {
        var act = () => Nip.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        Nip.TryParse((string?)null, out _).Should().BeFalse();
        Nip.TryParse("19860926201505 2 001".AsSpan(), out var female).Should().BeTrue();
        female.Sex.Should().Be(Sex.Female);
    }

    [Fact]
    public void StartBeforeEighteenthBirthday_IsAWarningNotAnError()
    {
        // docs/domain.md §4: start after the 18th birthday is a sensible warning, not an error.
        var nip = Nip.Parse("20000115 201712 2 005");
        nip.Warnings.Should().Equal(NipWarning.StartBeforeEighteenthBirthday);
        Nip.Parse("20000115 201801 2 005").Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_FromParts_MatchesParse()
    {
        new Nip(new LocalDate(1986, 9, 26), new YearMonth(2015, 5), Sex.Male, 1).Should().Be(Nip.Parse(Example));
    }

    [Fact]
    public void Constructor_BadParts_Throw_WithoutValues()
    {
        var serial = () => new Nip(new LocalDate(1986, 9, 26), new YearMonth(2015, 5), Sex.Male, 1000);
        serial.Should().Throw<ArgumentException>().WithParameterName("serial").WithMessage("*001 to 999*");
        var sex = () => new Nip(new LocalDate(1986, 9, 26), new YearMonth(2015, 5), (Sex)3, 1);
        sex.Should().Throw<ArgumentException>().WithParameterName("sex");
        var start = () => new Nip(new LocalDate(1986, 9, 26), new YearMonth(1980, 5), Sex.Male, 1);
        start.Should().Throw<ArgumentException>().WithParameterName("civilServiceStart").WithMessage("*not be before the birth month*");
        var birth = () => new Nip(new LocalDate(1850, 1, 1), new YearMonth(2015, 5), Sex.Male, 1);
        birth.Should().Throw<ArgumentException>().WithParameterName("birthDate").Which.Message.Should().NotContain("1850");
    }

    [Fact]
    public void Default_IsTheEmptyNip()
    {
        var empty = default(Nip);
        empty.IsEmpty.Should().BeTrue();
        empty.ToString().Should().BeEmpty();
        empty.Warnings.Should().BeEmpty();
        empty.Serial.Should().Be(0);
        empty.BirthDate.Should().Be(LocalDate.MinIsoValue);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        EqualityAssert.Values(Nip.Parse(Example), Nip.Parse("198609262015051001"), Nip.Parse("19860926 201505 1 002"), Nip.Parse("19860926 201505 2 001"), default);
        (Nip.Parse(Example) == Nip.Parse(Example)).Should().BeTrue();
        (Nip.Parse(Example) != default).Should().BeTrue();
    }
}
