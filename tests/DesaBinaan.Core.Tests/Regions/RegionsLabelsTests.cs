using DesaBinaan.Core.Common;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Regions;

public sealed class RegionsLabelsTests
{
    [Fact]
    public void EveryMember_HasBothLabels()
    {
        foreach (var value in Enum.GetValues<RegionLevel>())
        {
            value.Label().In(Language.English).Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<VillageKind>())
        {
            value.Label().In(Language.Indonesian).Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<AreaKind>())
        {
            value.Label().In(Language.English).Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Labels_UseTheOfficialTerms()
    {
        // docs/domain.md §2: kelurahan / desa.
        VillageKind.Kelurahan.Label().Indonesian.Should().Be("Kelurahan");
        AreaKind.City.Label().Indonesian.Should().Be("Kota");
        RegionLevel.District.Label().Indonesian.Should().Be("Kecamatan");
        var act = () => ((AreaKind)99).Label();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
