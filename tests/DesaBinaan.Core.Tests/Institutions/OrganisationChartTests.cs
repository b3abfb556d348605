using System.ComponentModel;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Tests.Institutions;

// docs/domain.md §3: the organisation of a Lapas Kelas IIA.
public sealed class OrganisationChartTests
{
    private static readonly InstitutionId Lapas = new("lapas-pekalongan");

    private static UnitId U(string key) => OrganisationTemplates.UnitOf(Lapas, key);

    [Fact]
    public void LapasClassIIA_HasTheUsualStructure()
    {
        var chart = OrganisationTemplates.LapasClassIIA(Lapas);
        chart.Head.Kind.Should().Be(UnitKind.HeadOffice);
        chart.Units.Should().HaveCount(12);
        chart.ChildrenOf(chart.Head.Id).Select(u => u.Name).Should().Equal(
            "Subbagian Tata Usaha",
            "Seksi Bimbingan Narapidana/Anak Didik",
            "Seksi Kegiatan Kerja",
            "Seksi Administrasi Keamanan dan Tata Tertib",
            "Kesatuan Pengamanan Lembaga Pemasyarakatan");
        chart.ChildrenOf(U(OrganisationTemplates.Binadik)).Select(u => u.Name).Should().Equal("Subseksi Registrasi", "Subseksi Bimbingan Kemasyarakatan dan Perawatan");
        chart.ChildrenOf(U(OrganisationTemplates.Giatja)).Should().HaveCount(2);
        chart.ChildrenOf(U(OrganisationTemplates.AdministrasiKamtib)).Should().HaveCount(2);
    }

    [Fact]
    public void Kplp_IsDirectlyUnderTheKalapas()
    {
        var chart = OrganisationTemplates.LapasClassIIA(Lapas);
        chart.Find(U(OrganisationTemplates.Kplp))!.Parent.Should().Be(U(OrganisationTemplates.Head));
        chart.Find(U(OrganisationTemplates.Kplp))!.Kind.Should().Be(UnitKind.Kplp);
    }

    [Fact]
    public void PathTo_GoesFromHeadToUnit()
    {
        var chart = OrganisationTemplates.LapasClassIIA(Lapas);
        chart.PathTo(U(OrganisationTemplates.Bimkemaswat)).Select(u => u.Kind).Should().Equal(UnitKind.HeadOffice, UnitKind.Section, UnitKind.Subsection);
        chart.PathTo(new UnitId("elsewhere")).Should().BeEmpty();
        chart.IsUnder(U(OrganisationTemplates.Registrasi), U(OrganisationTemplates.Binadik)).Should().BeTrue();
        chart.IsUnder(U(OrganisationTemplates.Registrasi), U(OrganisationTemplates.Giatja)).Should().BeFalse();
        chart.IsUnder(U(OrganisationTemplates.Binadik), U(OrganisationTemplates.Binadik)).Should().BeFalse();
        chart.Contains(U(OrganisationTemplates.TataUsaha)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_TwoHeads_Throws()
    {
        var act = () => new OrganisationChart(Lapas, [new(new("a"), "A", UnitKind.HeadOffice), new(new("b"), "B", UnitKind.HeadOffice)]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*exactly one head*found 2*");
    }

    [Fact]
    public void Constructor_MissingParent_Throws()
    {
        var act = () => new OrganisationChart(Lapas, [new(new("a"), "A", UnitKind.HeadOffice), new(new("b"), "B", UnitKind.Section, new("zzz"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*parent 'zzz'*not in the chart*");
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var act = () => new OrganisationChart(Lapas, [new(new("a"), "A", UnitKind.HeadOffice), new(new("a"), "B", UnitKind.Section, new("a2"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*'a' appears more than once*");
    }

    [Fact]
    public void Constructor_Cycle_Throws()
    {
        var act = () => new OrganisationChart(Lapas,
        [
            new(new("head"), "Head", UnitKind.HeadOffice),
            new(new("b"), "B", UnitKind.Section, new("c")),
            new(new("c"), "C", UnitKind.Section, new("b")),
        ]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*cycle*");
    }

    [Fact]
    public void Constructor_EmptyInstitutionOrNullUnits_Throws()
    {
        var noInstitution = () => new OrganisationChart(default, [new(new("a"), "A", UnitKind.HeadOffice)]);
        noInstitution.Should().Throw<ArgumentException>().WithParameterName("institution");
        var noUnits = () => new OrganisationChart(Lapas, null!);
        noUnits.Should().Throw<ArgumentNullException>().WithParameterName("units");
        var template = () => OrganisationTemplates.LapasClassIIA(default);
        template.Should().Throw<ArgumentException>().WithParameterName("institution");
        var key = () => OrganisationTemplates.UnitOf(Lapas, " ");
        key.Should().Throw<ArgumentException>().WithParameterName("key");
    }

    [Fact]
    public void Unit_BadArguments_Throw()
    {
        var noId = () => new OrganisationUnit(default, "A", UnitKind.Section);
        noId.Should().Throw<ArgumentException>().WithParameterName("id");
        var self = () => new OrganisationUnit(new("a"), "A", UnitKind.Section, new("a"));
        self.Should().Throw<ArgumentException>().WithParameterName("parent").WithMessage("*another unit*");
        var kind = () => new OrganisationUnit(new("a"), "A", (UnitKind)0);
        kind.Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
        var name = () => new OrganisationUnit(new("a"), "", UnitKind.Section);
        name.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        EqualityAssert.Values(
            new OrganisationUnit(new("a"), "Seksi", UnitKind.Section, new("h")),
            new OrganisationUnit(new("a"), "Seksi", UnitKind.Section, new("h")),
            new OrganisationUnit(new("a"), "Seksi", UnitKind.Subsection, new("h")),
            new OrganisationUnit(new("a"), "Seksi", UnitKind.Section));
        EqualityAssert.Values(
            OrganisationTemplates.LapasClassIIA(Lapas),
            OrganisationTemplates.LapasClassIIA(Lapas),
            OrganisationTemplates.LapasClassIIA(new("lapas-other")));
    }
}
