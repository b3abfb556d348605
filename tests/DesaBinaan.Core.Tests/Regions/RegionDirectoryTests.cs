using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Regions;

// docs/domain.md §4: the table of Kota Pekalongan codes.
public sealed class RegionDirectoryTests
{
    private static AdministrativeArea Area(string code, string name) => new(RegionCode.Parse(code), name);

    private static readonly AdministrativeArea[] Pekalongan =
    [
        Area("33", "Jawa Tengah"),
        Area("33.75", "Kota Pekalongan"),
        Area("33.75.01", "Pekalongan Barat"),
        Area("33.75.03", "Pekalongan Utara"),
        Area("33.75.03.1004", "Panjang Wetan"),
        Area("33.75.03.1002", "Krapyak"),
        Area("33.26", "Kabupaten Pekalongan"),
        Area("33.26.01", "Kandangserang"),
        Area("33.26.01.2001", "Klesem"),
    ];

    [Fact]
    public void PathToProvince_GoesFromProvinceDownToArea()
    {
        var directory = new RegionDirectory(Pekalongan);
        directory.PathToProvince(RegionCode.Parse("33.75.03.1004")).Select(a => a.Title())
            .Should().Equal("Provinsi Jawa Tengah", "Kota Pekalongan", "Kecamatan Pekalongan Utara", "Kelurahan Panjang Wetan");
        directory.PathToProvince(RegionCode.Parse("34")).Should().BeEmpty();
    }

    [Fact]
    public void ChildrenOf_AreOrderedByCode()
    {
        var directory = new RegionDirectory(Pekalongan);
        directory.ChildrenOf(RegionCode.Parse("33.75.03")).Select(a => a.Name).Should().Equal("Krapyak", "Panjang Wetan");
        directory.ChildrenOf(RegionCode.Parse("33")).Select(a => a.Code.ToString()).Should().Equal("33.26", "33.75");
        directory.ChildrenOf(RegionCode.Parse("33.75.03.1004")).Should().BeEmpty();
    }

    [Fact]
    public void Find_ReturnsAreaOrNull()
    {
        var directory = new RegionDirectory(Pekalongan);
        directory.Find(RegionCode.Parse("33.26.01.2001"))!.Name.Should().Be("Klesem");
        directory.Find(RegionCode.Parse("33.75.03.1003")).Should().BeNull();
        directory.Contains(RegionCode.Parse("33")).Should().BeTrue();
        directory.Count.Should().Be(9);
        directory.Provinces.Should().ContainSingle();
        directory.CountAt(RegionLevel.Village).Should().Be(3);
        var act = () => directory.Get(RegionCode.Parse("34"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*34*");
    }

    [Fact]
    public void Constructor_Duplicate_ThrowsNamingCode()
    {
        var act = () => new RegionDirectory([.. Pekalongan, Area("33.75", "Kota Pekalongan")]);
        act.Should().Throw<ArgumentException>().WithParameterName("areas").WithMessage("*33.75 appears more than once*");
    }

    [Fact]
    public void Constructor_Orphan_ThrowsNamingMissingParent()
    {
        var act = () => new RegionDirectory([Area("33", "Jawa Tengah"), Area("33.75.03.1004", "Panjang Wetan")]);
        act.Should().Throw<ArgumentException>().WithParameterName("areas").WithMessage("*33.75.03.1004 has no parent 33.75.03*");
    }

    [Fact]
    public void FindProblems_ReportsProblemsAsData()
    {
        RegionDirectory.FindProblems(Pekalongan).Should().BeEmpty();
        RegionDirectory.FindProblems([Area("33.75", "Kota Pekalongan"), Area("33.75", "Kota")])
            .Should().Equal("33.75 appears more than once", "33.75 has no parent 33");
    }

    [Fact]
    public void Constructor_NullOrNullElement_Throws()
    {
        var act = () => new RegionDirectory(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("areas");
        var withNull = () => new RegionDirectory([Area("33", "Jawa Tengah"), null!]);
        withNull.Should().Throw<ArgumentException>().WithParameterName("areas");
    }
}
