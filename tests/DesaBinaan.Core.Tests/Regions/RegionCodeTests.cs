using System.Globalization;
using CsCheck;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Regions;

// docs/domain.md §4: Kemendagri code PP.KK.CC.DDDD; regency 01–69, city 71–99; village first digit 1/2/3.
public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("33", RegionLevel.Province, "33")]
    [InlineData("33.75", RegionLevel.RegencyOrCity, "33.75")]
    [InlineData("3375", RegionLevel.RegencyOrCity, "33.75")]
    [InlineData("33.75.03", RegionLevel.District, "33.75.03")]
    [InlineData("337503", RegionLevel.District, "33.75.03")]
    [InlineData("33.75.03.1004", RegionLevel.Village, "33.75.03.1004")]
    [InlineData("3375031004", RegionLevel.Village, "33.75.03.1004")]
    [InlineData("  33.26.01.2001 ", RegionLevel.Village, "33.26.01.2001")]
    public void Parse_WithOrWithoutDots_GivesLevelAndDottedText(string text, RegionLevel level, string dotted)
    {
        var code = RegionCode.Parse(text);
        code.Level.Should().Be(level);
        code.ToString().Should().Be(dotted);
    }

    [Theory]
    [InlineData("33.75.3.1004", "*district*two digits*")]
    [InlineData("3.75", "*province*two digits*")]
    [InlineData("33.7", "*regency/city*two digits*")]
    [InlineData("33.75.03.104", "*village*four digits*")]
    [InlineData("33.70", "*regency/city*01–69*71–99*")]
    [InlineData("33.00", "*regency/city*")]
    [InlineData("00", "*province*00*")]
    [InlineData("33.75.00", "*district*00*")]
    [InlineData("33.75.03.4004", "*village*1 (kelurahan)*")]
    [InlineData("33.75.03.1000", "*village*000*")]
    [InlineData("33.75.03.1004.01", "*at most four segments*")]
    [InlineData("337", "*2, 4, 6 or 10 digits*")]
    [InlineData("33a5", "*only digits*")]
    [InlineData("", "*empty*")]
    [InlineData("33.", "*regency/city*two digits*")]
    public void Parse_BadText_ThrowsFormatExceptionNamingSegment(string text, string message)
    {
        var act = () => RegionCode.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(message);
        RegionCode.TryParse(text, out var result).Should().BeFalse();
        result.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => RegionCode.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        RegionCode.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_Span_ParsesWithoutAllocatingAString()
    {
        RegionCode.TryParse("33.75.03.1004".AsSpan(), out var code).Should().BeTrue();
        code.Should().Be(new RegionCode(33, 75, 3, 1004));
    }

    [Fact]
    public void Segments_OfPanjangWetan_AreExposed()
    {
        // docs/domain.md §4: Panjang Wetan is 33.75.03.1004.
        var code = RegionCode.Parse("33.75.03.1004");
        code.ProvinceSegment.Should().Be(33);
        code.RegencyOrCitySegment.Should().Be(75);
        code.DistrictSegment.Should().Be(3);
        code.VillageSegment.Should().Be(1004);
        code.VillageKind.Should().Be(VillageKind.Kelurahan);
        code.AreaKind.Should().Be(AreaKind.Kelurahan);
        code.IsCity.Should().BeTrue();
        code.IsRegency.Should().BeFalse();
    }

    [Theory]
    [InlineData("33.26.01.2001", VillageKind.Desa)]
    [InlineData("33.75.03.1004", VillageKind.Kelurahan)]
    [InlineData("51.03.01.3001", VillageKind.DesaAdat)]
    public void VillageKind_FollowsFirstDigitOfVillageSegment(string text, VillageKind kind)
    {
        RegionCode.Parse(text).VillageKind.Should().Be(kind);
    }

    [Theory]
    [InlineData("33.26", false, true, AreaKind.Regency)]
    [InlineData("33.69", false, true, AreaKind.Regency)]
    [InlineData("33.71", true, false, AreaKind.City)]
    [InlineData("33.75", true, false, AreaKind.City)]
    [InlineData("33", false, false, AreaKind.Province)]
    public void CityOrRegency_FollowsSegmentRange(string text, bool city, bool regency, AreaKind kind)
    {
        var code = RegionCode.Parse(text);
        code.IsCity.Should().Be(city);
        code.IsRegency.Should().Be(regency);
        code.AreaKind.Should().Be(kind);
        code.VillageKind.Should().BeNull();
    }

    [Fact]
    public void Parent_WalksUpToProvince()
    {
        var village = RegionCode.Parse("33.75.03.1004");
        village.Parent.Should().Be(RegionCode.Parse("33.75.03"));
        village.Parent!.Value.Parent.Should().Be(RegionCode.Parse("33.75"));
        village.Parent!.Value.Parent!.Value.Parent.Should().Be(RegionCode.Parse("33"));
        RegionCode.Parse("33").Parent.Should().BeNull();
    }

    [Fact]
    public void IsAncestorOf_IsStrictAndHierarchical()
    {
        var city = RegionCode.Parse("33.75");
        city.IsAncestorOf(RegionCode.Parse("33.75.03.1004")).Should().BeTrue();
        city.IsAncestorOf(city).Should().BeFalse();
        city.IsAncestorOf(RegionCode.Parse("33.26.01.2001")).Should().BeFalse();
        RegionCode.Parse("33.75.03.1004").IsAncestorOf(city).Should().BeFalse();
        default(RegionCode).IsAncestorOf(city).Should().BeFalse();
    }

    [Fact]
    public void Default_IsTheEmptyCode()
    {
        var empty = default(RegionCode);
        empty.IsEmpty.Should().BeTrue();
        empty.Level.Should().Be(RegionLevel.None);
        empty.Parent.Should().BeNull();
        empty.AreaKind.Should().BeNull();
        empty.ToString().Should().BeEmpty();
        empty.IsCity.Should().BeFalse();
        empty.CompareTo(RegionCode.Parse("11")).Should().BeNegative();
    }

    [Fact]
    public void Child_BuildsNextLevel()
    {
        var code = new RegionCode(33).Child(75).Child(3).Child(1004);
        code.Should().Be(RegionCode.Parse("3375031004"));
        var act = () => code.Child(1);
        act.Should().Throw<InvalidOperationException>();
        var bad = () => new RegionCode(33).Child(70);
        bad.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("segment").WithMessage("*01–69*71–99*");
    }

    [Theory]
    [InlineData(0, 75, 3, 1004, "province")]
    [InlineData(33, 70, 3, 1004, "regencyOrCity")]
    [InlineData(33, 0, 3, 1004, "regencyOrCity")]
    [InlineData(33, 75, 100, 1004, "district")]
    [InlineData(33, 75, 3, 4004, "village")]
    [InlineData(33, 75, 3, 2000, "village")]
    [InlineData(33, 75, 3, 999, "village")]
    public void Constructor_OutOfRangeSegment_Throws(int p, int r, int d, int v, string parameter)
    {
        var act = () => new RegionCode(p, r, d, v);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage("*segment*");
    }

    [Fact]
    public void AncestorAt_DeeperLevel_Throws()
    {
        var act = () => RegionCode.Parse("33.75").AncestorAt(RegionLevel.Village);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        RegionCode.Parse("33.75.03.1004").AncestorAt(RegionLevel.RegencyOrCity).Should().Be(RegionCode.Parse("33.75"));
    }

    [Fact]
    public void Format_N_WritesDigitsOnly_AndUnknownFormatThrows()
    {
        var code = RegionCode.Parse("33.75.03.1004");
        code.ToString("N", CultureInfo.InvariantCulture).Should().Be("3375031004");
        string.Create(CultureInfo.InvariantCulture, $"{code}").Should().Be("33.75.03.1004");
        string.Create(CultureInfo.InvariantCulture, $"{code:N}").Should().Be("3375031004");
        var act = () => code.ToString("X", CultureInfo.InvariantCulture);
        act.Should().Throw<FormatException>().WithMessage("*\"D\"*\"N\"*");
        code.TryFormat(new char[5], out var written, default, null).Should().BeFalse();
        written.Should().Be(0);
    }

    [Fact]
    public void CompareTo_SortsParentBeforeChildrenAndSiblingsByNumber()
    {
        var codes = new[] { "33.75.03.1004", "33.75", "33.26", "33", "33.75.03", "33.75.01" }.Select(RegionCode.Parse).Order().Select(c => c.ToString());
        codes.Should().Equal("33", "33.26", "33.75", "33.75.01", "33.75.03", "33.75.03.1004");
        (RegionCode.Parse("33") < RegionCode.Parse("33.01")).Should().BeTrue();
        (RegionCode.Parse("34") >= RegionCode.Parse("33.99")).Should().BeTrue();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        EqualityAssert.Values(
            RegionCode.Parse("33.75.03.1004"),
            RegionCode.Parse("3375031004"),
            RegionCode.Parse("33.75.03"),
            RegionCode.Parse("33.75.03.1003"),
            default);
        (RegionCode.Parse("33") == new RegionCode(33)).Should().BeTrue();
        (RegionCode.Parse("33") != new RegionCode(34)).Should().BeTrue();
    }

    [Fact]
    public void FormatThenParse_RoundTrips_ForAnyValidCode()
    {
        var gen = Gen.Select(Gen.Int[1, 99], Gen.Int[1, 99].Where(r => r != 70), Gen.Int[1, 99], Gen.Int[1, 3], Gen.Int[1, 999]);
        gen.Sample((p, r, d, k, s) =>
        {
            var code = new RegionCode(p, r, d, (k * 1000) + s);
            return RegionCode.Parse(code.ToString()) == code
                && RegionCode.Parse(code.ToString("N", CultureInfo.InvariantCulture)) == code
                && code.Parent!.Value.IsAncestorOf(code)
                && (int)code.VillageKind!.Value == k;
        });
    }

    [Fact]
    public void TryParse_NeverThrows_OnArbitraryText()
    {
        Gen.String.Sample(s => RegionCode.TryParse(s, out var code) ? !code.IsEmpty : code.IsEmpty);
        Gen.String[Gen.Char["0123456789."], 0, 14].Sample(s => RegionCode.TryParse(s, out var code) ? RegionCode.Parse(code.ToString()) == code : code.IsEmpty);
    }
}
