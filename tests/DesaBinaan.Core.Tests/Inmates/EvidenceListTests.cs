using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Tests.Inmates;

public sealed class EvidenceListTests
{
    [Fact]
    public void Parse_LitmasPresentGuaranteeAbsent_RecordsBothAndNothingElse()
    {
        var file = EvidenceList.Parse("litmas=present; family-guarantee=absent");
        file.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.Present);
        file.Status(EvidenceKind.FamilyGuarantee).Should().Be(EvidenceStatus.Absent);
        file.Status(EvidenceKind.RegisterFExtract).Should().Be(EvidenceStatus.NotRecorded, "a kind not listed is not recorded");
    }

    [Theory]
    [InlineData("litmas", "*entry 1*kind=status*")]
    [InlineData("litmas=present;horoscope=present", "*entry 2*kind of evidence*")]
    [InlineData("litmas=maybe", "*present, absent*")]
    [InlineData("litmas=present;Litmas=absent", "*repeats*")]
    [InlineData("1=present", "*kind of evidence*")]
    public void Parse_BadEntry_SaysWhichEntry(string text, string message)
    {
        var act = () => EvidenceList.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(message);
        EvidenceList.TryParse(text, out var none).Should().BeFalse();
        none.Should().Be(EvidenceFile.Empty);
    }
}
