using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Tests.Officials;

public sealed class OfficialsLabelsTests
{
    [Fact]
    public void EveryMember_HasBothLabels()
    {
        Enum.GetValues<AppointmentCapacity>().Should().OnlyContain(v => v.Label().In(Language.English).Length > 0 && v.Label().Indonesian.Length > 0);
        Enum.GetValues<AgreementKind>().Should().OnlyContain(v => v.Label().English.Length > 0);
        Enum.GetValues<PositionKind>().Should().OnlyContain(v => v.Label().English.Length > 0);
        Enum.GetValues<Sex>().Should().OnlyContain(v => v.Label().English.Length > 0);
        Enum.GetValues<AuthorityOutcome>().Should().OnlyContain(v => v.Label().English.Length > 0);
        Enum.GetValues<ActingSigningRule>().Should().OnlyContain(v => v.Label().English.Length > 0);
        Enum.GetValues<NipWarning>().Should().OnlyContain(v => v.Label().English.Length > 0);
    }

    [Fact]
    public void Labels_UseTheOfficialTerms()
    {
        // docs/domain.md §2: Nota Kesepahaman, PKS, Perjanjian Bersama, Plh/Plt.
        AgreementKind.MemorandumOfUnderstanding.Label().Indonesian.Should().Be("Nota Kesepahaman");
        AgreementKind.CooperationAgreement.Label().Indonesian.Should().Contain("PKS");
        AgreementKind.JointAgreement.Label().Indonesian.Should().Be("Perjanjian Bersama");
        AppointmentCapacity.Plh.Label().Indonesian.Should().Contain("Plh");
        var act = () => ((AppointmentCapacity)0).Label();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
