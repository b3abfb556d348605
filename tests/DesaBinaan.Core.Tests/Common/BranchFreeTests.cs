using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Common;

public sealed class BranchFreeTests
{
    [Theory]
    [InlineData(true, 1, 2, 1)]
    [InlineData(false, 1, 2, 2)]
    [InlineData(true, int.MinValue, int.MaxValue, int.MinValue)]
    [InlineData(false, int.MinValue, int.MaxValue, int.MaxValue)]
    [InlineData(true, -3, 0, -3)]
    [InlineData(false, -3, 0, 0)]
    public void Pick_Int_GivesTheFirstValueWhenTheConditionHoldsElseTheSecond(bool condition, int ifTrue, int ifFalse, int expected) =>
        BranchFree.Pick(condition, ifTrue, ifFalse).Should().Be(expected);

    [Theory]
    [InlineData(true, ulong.MaxValue, 0UL, ulong.MaxValue)]
    [InlineData(false, ulong.MaxValue, 0UL, 0UL)]
    [InlineData(true, 0x0123_4567_89AB_CDEFUL, 0xFEDC_BA98_7654_3210UL, 0x0123_4567_89AB_CDEFUL)]
    [InlineData(false, 0x0123_4567_89AB_CDEFUL, 0xFEDC_BA98_7654_3210UL, 0xFEDC_BA98_7654_3210UL)]
    public void Pick_ULong_GivesTheFirstValueWhenTheConditionHoldsElseTheSecond(bool condition, ulong ifTrue, ulong ifFalse, ulong expected) =>
        BranchFree.Pick(condition, ifTrue, ifFalse).Should().Be(expected);

    [Theory]
    [InlineData(true, uint.MaxValue, 0U, uint.MaxValue)]
    [InlineData(false, uint.MaxValue, 0U, 0U)]
    [InlineData(true, 0x0123_4567U, 0xFEDC_BA98U, 0x0123_4567U)]
    [InlineData(false, 0x0123_4567U, 0xFEDC_BA98U, 0xFEDC_BA98U)]
    public void Pick_UInt_GivesTheFirstValueWhenTheConditionHoldsElseTheSecond(bool condition, uint ifTrue, uint ifFalse, uint expected) =>
        BranchFree.Pick(condition, ifTrue, ifFalse).Should().Be(expected);
}
