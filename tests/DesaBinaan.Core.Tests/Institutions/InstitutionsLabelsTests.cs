using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Tests.Institutions;

public sealed class InstitutionsLabelsTests
{
    [Fact]
    public void EveryMember_HasBothLabels()
    {
        Enum.GetValues<InstitutionKind>().Should().OnlyContain(v => v.Label().In(Language.English).Length > 0 && v.Label().In(Language.Indonesian).Length > 0);
        Enum.GetValues<InstitutionClass>().Should().OnlyContain(v => v.Label().English.Length > 0);
        Enum.GetValues<SecurityLevel>().Should().OnlyContain(v => v.Label().Indonesian.Length > 0);
        Enum.GetValues<UnitKind>().Should().OnlyContain(v => v.Label().English.Length > 0);
    }

    [Fact]
    public void Labels_UseTheOfficialTerms()
    {
        InstitutionClass.IIA.Label().Indonesian.Should().Be("Kelas IIA");
        InstitutionKind.Kelurahan.Label().Indonesian.Should().Be("Kelurahan");
        SecurityLevel.Minimum.Label().English.Should().Be("Minimum security");
        UnitKind.Subsection.Label().Indonesian.Should().Be("Subseksi");
        var act = () => ((SecurityLevel)0).Label();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
