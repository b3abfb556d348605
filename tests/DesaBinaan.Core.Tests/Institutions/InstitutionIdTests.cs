using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Tests.Institutions;

public sealed class InstitutionIdTests
{
    [Fact]
    public void Equality_IsOrdinalByValue()
    {
        EqualityAssert.Values(new InstitutionId("lapas-pekalongan"), new InstitutionId("lapas-pekalongan"), new InstitutionId("Lapas-Pekalongan"), default);
        EqualityAssert.Values(new UnitId("lapas/binadik"), new UnitId("lapas/binadik"), new UnitId("lapas/giatja"), default);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_Blank_Throws(string? value)
    {
        var institution = () => new InstitutionId(value!);
        institution.Should().Throw<ArgumentException>().WithParameterName(nameof(value));
        var unit = () => new UnitId(value!);
        unit.Should().Throw<ArgumentException>().WithParameterName(nameof(value));
    }

    [Fact]
    public void Default_IsTheEmptyId()
    {
        default(InstitutionId).IsEmpty.Should().BeTrue();
        default(InstitutionId).Value.Should().BeEmpty();
        default(UnitId).ToString().Should().BeEmpty();
        new InstitutionId("x").IsEmpty.Should().BeFalse();
        new InstitutionId("lapas-pekalongan").ToString().Should().Be("lapas-pekalongan");
    }
}
