using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Institutions;

// docs/domain.md §3: Lapas Kelas IIA Pekalongan under Kanwil Ditjenpas Jawa Tengah; §5: a kelurahan is part of the city.
public sealed class InstitutionDirectoryTests
{
    private static readonly InstitutionId Ditjenpas = new("ditjenpas");
    private static readonly InstitutionId Kanwil = new("kanwil-jateng");
    private static readonly InstitutionId Lapas = new("lapas-pekalongan");
    private static readonly InstitutionId Kota = new("pemkot-pekalongan");
    private static readonly InstitutionId PanjangWetan = new("kel-panjang-wetan");

    private static Institution[] World() =>
    [
        new(Ditjenpas, InstitutionKind.DirectorateGeneral, "Direktorat Jenderal Pemasyarakatan", RegionCode.Parse("31")),
        new(Kanwil, InstitutionKind.RegionalOffice, "Kanwil Ditjenpas Jawa Tengah", RegionCode.Parse("33"), supervisor: Ditjenpas),
        new(Lapas, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA, Kanwil),
        new(Kota, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75")),
        new(PanjangWetan, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", RegionCode.Parse("33.75.03.1004"), supervisor: Kota),
    ];

    [Fact]
    public void SupervisorsOf_Lapas_IsKanwilThenDitjenpas()
    {
        var directory = new InstitutionDirectory(World(), [OrganisationTemplates.LapasClassIIA(Lapas)]);
        directory.SupervisorsOf(Lapas).Select(i => i.Id).Should().Equal(Kanwil, Ditjenpas);
        directory.SupervisedBy(Kanwil).Select(i => i.Id).Should().Equal(Lapas);
        directory.SupervisorsOf(new("unknown")).Should().BeEmpty();
    }

    [Fact]
    public void LocalGovernmentOf_Kelurahan_IsTheCity()
    {
        var directory = new InstitutionDirectory(World());
        directory.LocalGovernmentOf(RegionCode.Parse("33.75.03.1004"))!.Id.Should().Be(Kota);
        directory.LocalGovernmentOf(RegionCode.Parse("33")).Should().BeNull();
        directory.LocalGovernmentOf(RegionCode.Parse("33.26.01.2001")).Should().BeNull();
    }

    [Fact]
    public void Lookups_FindInstitutionsChartsAndUnits()
    {
        var directory = new InstitutionDirectory(World(), [OrganisationTemplates.LapasClassIIA(Lapas)]);
        directory.Get(Lapas).Class.Should().Be(InstitutionClass.IIA);
        directory.Find(new("none")).Should().BeNull();
        directory.ChartOf(Lapas)!.Units.Should().HaveCount(12);
        directory.ChartOf(Kota).Should().BeNull();
        var binadik = OrganisationTemplates.UnitOf(Lapas, OrganisationTemplates.Binadik);
        directory.OwnerOf(binadik).Should().Be(Lapas);
        directory.FindUnit(binadik)!.Name.Should().Be("Seksi Bimbingan Narapidana/Anak Didik");
        directory.FindUnit(new("nowhere")).Should().BeNull();
        directory.InRegion(RegionCode.Parse("33.75")).Select(i => i.Id).Should().Equal(Lapas, Kota, PanjangWetan);
        var act = () => directory.Get(new("none"));
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var act = () => new InstitutionDirectory([.. World(), World()[0]]);
        act.Should().Throw<ArgumentException>().WithParameterName("institutions").WithMessage("*'ditjenpas' appears more than once*");
    }

    [Fact]
    public void Constructor_SupervisorCycle_Throws()
    {
        var a = new Institution(new("a"), InstitutionKind.RegionalOffice, "A", RegionCode.Parse("33"), supervisor: new("b"));
        var b = new Institution(new("b"), InstitutionKind.RegionalOffice, "B", RegionCode.Parse("33"), supervisor: new("a"));
        var act = () => new InstitutionDirectory([a, b]);
        act.Should().Throw<ArgumentException>().WithParameterName("institutions").WithMessage("*cycle of supervisors*");
    }

    [Fact]
    public void Constructor_ChartOfUnknownOrTwice_Throws()
    {
        var unknown = () => new InstitutionDirectory(World(), [OrganisationTemplates.LapasClassIIA(new("other"))]);
        unknown.Should().Throw<ArgumentException>().WithParameterName("charts").WithMessage("*belongs to no institution*");
        var twice = () => new InstitutionDirectory(World(), [OrganisationTemplates.LapasClassIIA(Lapas), OrganisationTemplates.LapasClassIIA(Lapas)]);
        twice.Should().Throw<ArgumentException>().WithParameterName("charts").WithMessage("*more than one organisation chart*");
        var nulls = () => new InstitutionDirectory(null!);
        nulls.Should().Throw<ArgumentNullException>().WithParameterName("institutions");
    }
}
