using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Officials;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>Every value has a label in both languages; violation codes are stable, distinct and dotted.</summary>
public sealed class CommunityServiceLabelsTests
{
    [Fact]
    public void Labels_EveryValueHasBothLanguages()
    {
        foreach (var value in Enum.GetValues<CommunityServiceStatus>())
        {
            value.Label().English.Should().NotBe(value.Label().Indonesian);
        }

        foreach (var value in Enum.GetValues<SessionViolationKind>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<FailureOrderKind>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<FailureExtent>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<ReplacedPenaltyKind>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<ProRataRounding>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        var undefined = () => ((CommunityServiceStatus)99).Label();
        undefined.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void ViolationCodes_AreDistinctDottedAndCiteTheLaw()
    {
        var codes = Enum.GetValues<SessionViolationKind>().Select(CommunityServiceLabels.CodeOf).ToList();
        codes.Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.StartsWith("community-service.", StringComparison.Ordinal));
        Enum.GetValues<SessionViolationKind>().Select(CommunityServiceLabels.CitationOf).Should().OnlyContain(c => c.Instrument == "UU 1/2023");
    }

    [Fact]
    public void CommunityCounsellor_IsAPositionKindWithItsTerm()
    {
        // UU 1/2023 Pasal 85 ayat (8): guidance by a pembimbing kemasyarakatan of the Bapas.
        PositionKind.CommunityCounsellor.Label().Indonesian.Should().Be("Pembimbing Kemasyarakatan (PK)");
        PositionKind.CommunityCounsellor.IsUnitHead().Should().BeFalse();
    }
}
