using DesaBinaan.Core.Common;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Regions;

public sealed class AdministrativeAreaTests
{
    [Fact]
    public void Constructor_DerivesKindFromCode()
    {
        // docs/domain.md §4: 33.75.03.1004 Panjang Wetan is a kelurahan; 33.26.01.2001 Klesem is a desa.
        new AdministrativeArea(RegionCode.Parse("33.75.03.1004"), "Panjang Wetan").Kind.Should().Be(AreaKind.Kelurahan);
        new AdministrativeArea(RegionCode.Parse("33.26.01.2001"), "Klesem").Kind.Should().Be(AreaKind.Desa);
        new AdministrativeArea(RegionCode.Parse("33.75"), "Kota Pekalongan").Kind.Should().Be(AreaKind.City);
        new AdministrativeArea(RegionCode.Parse("33.26"), "Kabupaten Pekalongan").Kind.Should().Be(AreaKind.Regency);
        new AdministrativeArea(RegionCode.Parse("33.75.03"), "Pekalongan Utara").Level.Should().Be(RegionLevel.District);
    }

    [Fact]
    public void Title_PrefixesKindUnlessPresent()
    {
        new AdministrativeArea(RegionCode.Parse("33.75.03"), "Pekalongan Utara").Title().Should().Be("Kecamatan Pekalongan Utara");
        new AdministrativeArea(RegionCode.Parse("33.75.03"), "Pekalongan Utara").Title(Language.English).Should().Be("District Pekalongan Utara");
        new AdministrativeArea(RegionCode.Parse("33.75"), "Kota Pekalongan").Title().Should().Be("Kota Pekalongan");
        new AdministrativeArea(RegionCode.Parse("33"), "Jawa Tengah").Title().Should().Be("Provinsi Jawa Tengah");
    }

    [Fact]
    public void Constructor_EmptyCode_Throws()
    {
        var act = () => new AdministrativeArea(default, "Somewhere");
        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*needs a region code*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankName_Throws(string? name)
    {
        var act = () => new AdministrativeArea(RegionCode.Parse("33"), name!);
        act.Should().Throw<ArgumentException>().WithParameterName(nameof(name));
    }

    [Fact]
    public void Equality_ComparesCodeAndName()
    {
        var code = RegionCode.Parse("33.75.03.1004");
        EqualityAssert.Values(
            new AdministrativeArea(code, "Panjang Wetan"),
            new AdministrativeArea(code, "Panjang Wetan"),
            new AdministrativeArea(code, "Panjang Baru"),
            new AdministrativeArea(RegionCode.Parse("33.75.03.1010"), "Panjang Wetan"));
        new AdministrativeArea(code, "Panjang Wetan").ToString().Should().Be("33.75.03.1004 Panjang Wetan");
    }
}
