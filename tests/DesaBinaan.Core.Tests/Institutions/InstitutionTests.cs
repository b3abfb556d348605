using System.ComponentModel;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Institutions;

// docs/domain.md §2–§3: UPT kinds and classes, security levels, village governments.
public sealed class InstitutionTests
{
    private static readonly InstitutionId LapasId = new("lapas-pekalongan");
    private static readonly InstitutionId KanwilId = new("kanwil-jateng");

    private static Institution Lapas() => new(LapasId, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA, KanwilId, SecurityLevel.Medium);

    [Fact]
    public void Constructor_KeepsTheFacts()
    {
        var lapas = Lapas();
        lapas.Kind.Should().Be(InstitutionKind.Lapas);
        lapas.Class.Should().Be(InstitutionClass.IIA);
        lapas.Supervisor.Should().Be(KanwilId);
        lapas.SecurityLevel.Should().Be(SecurityLevel.Medium);
        lapas.IsCorrectionalUnit.Should().BeTrue();
        lapas.ToString().Should().Be("lapas-pekalongan (Lapas Kelas IIA Pekalongan)");
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        EqualityAssert.Values(Lapas(), Lapas(), Lapas().WithSecurityLevel(SecurityLevel.Minimum), Lapas().WithSupervisor(null));
    }

    [Fact]
    public void LapasTerbuka_IsMinimumSecurityByDefault_AndRejectsAnotherLevel()
    {
        // docs/domain.md §3: Lapas Terbuka are minimum security.
        var open = new Institution(new("lapas-terbuka"), InstitutionKind.LapasTerbuka, "Lapas Terbuka Kendal", RegionCode.Parse("33.24"), InstitutionClass.IIB);
        open.SecurityLevel.Should().Be(SecurityLevel.Minimum);
        var act = () => open.WithSecurityLevel(SecurityLevel.Maximum);
        act.Should().Throw<ArgumentException>().WithParameterName("securityLevel").WithMessage("*minimum security*");
    }

    [Fact]
    public void SecurityLevel_OnNonCustodialKind_Throws()
    {
        var act = () => new Institution(new("bapas"), InstitutionKind.Bapas, "Bapas Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA, securityLevel: SecurityLevel.Medium);
        act.Should().Throw<ArgumentException>().WithParameterName("securityLevel").WithMessage("*custodial*");
    }

    [Fact]
    public void Class_OnKindWithoutClasses_Throws()
    {
        var act = () => new Institution(KanwilId, InstitutionKind.RegionalOffice, "Kanwil Ditjenpas Jawa Tengah", RegionCode.Parse("33"), InstitutionClass.I);
        act.Should().Throw<ArgumentException>().WithParameterName("class").WithMessage("*Only correctional technical units*");
    }

    [Fact]
    public void Kelurahan_OnDesaCode_Throws()
    {
        // docs/domain.md §4: the first digit of the village segment: 1 kelurahan, 2 desa.
        var act = () => new Institution(new("klesem"), InstitutionKind.Kelurahan, "Kelurahan Klesem", RegionCode.Parse("33.26.01.2001"));
        act.Should().Throw<ArgumentException>().WithParameterName("region").WithMessage("*kelurahan village code*");
        var desa = new Institution(new("klesem"), InstitutionKind.Desa, "Pemerintah Desa Klesem", RegionCode.Parse("33.26.01.2001"));
        desa.Kind.IsVillageGovernment().Should().BeTrue();
    }

    [Theory]
    [InlineData(InstitutionKind.CityGovernment, "33.26", "*city code*")]
    [InlineData(InstitutionKind.RegencyGovernment, "33.75", "*regency code*")]
    [InlineData(InstitutionKind.DistrictOffice, "33.75", "*district code*")]
    [InlineData(InstitutionKind.Desa, "33.75.03.1004", "*desa*")]
    public void Region_NotFittingKind_Throws(InstitutionKind kind, string code, string message)
    {
        var act = () => new Institution(new("x"), kind, "X", RegionCode.Parse(code));
        act.Should().Throw<ArgumentException>().WithParameterName("region").WithMessage(message);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        var region = RegionCode.Parse("33.75");
        var noId = () => new Institution(default, InstitutionKind.Lapas, "Lapas", region);
        noId.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage("*non-empty id*");
        var noName = () => new Institution(LapasId, InstitutionKind.Lapas, " ", region);
        noName.Should().Throw<ArgumentException>().WithParameterName("name");
        var noRegion = () => new Institution(LapasId, InstitutionKind.Lapas, "Lapas", default);
        noRegion.Should().Throw<ArgumentException>().WithParameterName("region").WithMessage("*region code*");
        var badKind = () => new Institution(LapasId, (InstitutionKind)99, "Lapas", region);
        badKind.Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
        var self = () => new Institution(LapasId, InstitutionKind.Lapas, "Lapas", region, supervisor: LapasId);
        self.Should().Throw<ArgumentException>().WithParameterName("supervisor").WithMessage("*another institution*");
        var badLevel = () => new Institution(LapasId, InstitutionKind.Lapas, "Lapas", region, securityLevel: (SecurityLevel)9);
        badLevel.Should().Throw<InvalidEnumArgumentException>().WithParameterName("securityLevel");
    }

    [Theory]
    [InlineData(InstitutionKind.Lapas, true, true)]
    [InlineData(InstitutionKind.Rutan, true, true)]
    [InlineData(InstitutionKind.Lpka, true, true)]
    [InlineData(InstitutionKind.Bapas, true, false)]
    [InlineData(InstitutionKind.Rupbasan, true, false)]
    [InlineData(InstitutionKind.RegionalOffice, false, false)]
    [InlineData(InstitutionKind.Kelurahan, false, false)]
    public void Kinds_KnowWhetherUptAndCustodial(InstitutionKind kind, bool upt, bool custodial)
    {
        // docs/domain.md §2: UPT Pemasyarakatan: Lapas, Rutan, LPKA, LPAS, Bapas (and Rupbasan).
        kind.IsCorrectionalUnit().Should().Be(upt);
        kind.IsCustodial().Should().Be(custodial);
        kind.HasClasses().Should().Be(upt);
    }

    [Fact]
    public void LocalGovernmentKinds_AreLocal()
    {
        InstitutionKind.Kelurahan.IsLocalGovernment().Should().BeTrue();
        InstitutionKind.Agency.IsLocalGovernment().Should().BeTrue();
        InstitutionKind.Lapas.IsLocalGovernment().Should().BeFalse();
        InstitutionKind.Ministry.IsLocalGovernment().Should().BeFalse();
    }
}
