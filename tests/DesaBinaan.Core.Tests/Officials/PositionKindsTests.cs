using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Tests.Officials;

// DOMAIN.md §2: a kelurahan is headed by a Lurah, a desa by an elected Kepala Desa; §3: the Kalapas heads a Lapas.
public sealed class PositionKindsTests
{
    [Theory]
    [InlineData(InstitutionKind.Lapas, PositionKind.HeadOfInstitution)]
    [InlineData(InstitutionKind.Bapas, PositionKind.HeadOfInstitution)]
    [InlineData(InstitutionKind.Kelurahan, PositionKind.Lurah)]
    [InlineData(InstitutionKind.Desa, PositionKind.KepalaDesa)]
    [InlineData(InstitutionKind.CityGovernment, PositionKind.WaliKota)]
    [InlineData(InstitutionKind.RegencyGovernment, PositionKind.Bupati)]
    [InlineData(InstitutionKind.RegionalOffice, PositionKind.HeadOfRegionalOffice)]
    [InlineData(InstitutionKind.DistrictOffice, PositionKind.Camat)]
    public void HeadOf_GivesTheHeadsPositionKind(InstitutionKind institution, PositionKind head)
    {
        institution.HeadOf().Should().Be(head);
    }

    [Fact]
    public void HeadOf_CoversEveryKind_AndRejectsUndefined()
    {
        Enum.GetValues<InstitutionKind>().Should().OnlyContain(k => Enum.IsDefined(k.HeadOf()));
        var act = () => ((InstitutionKind)0).HeadOf();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void IsUnitHead_IsTrueForKasiAndKasubsiOnly()
    {
        PositionKind.HeadOfSection.IsUnitHead().Should().BeTrue();
        PositionKind.HeadOfSubsection.IsUnitHead().Should().BeTrue();
        PositionKind.HeadOfInstitution.IsUnitHead().Should().BeFalse();
        PositionKind.Lurah.IsUnitHead().Should().BeFalse();
    }
}
