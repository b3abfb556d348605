using DesaBinaan.Core.Rules;

namespace DesaBinaan.Core.Tests.Rules;

public sealed class AsimilasiKernelTests
{
    // The kernel reads the summary's masks from two-bit outcome codes by gathering their even bits; where the processor
    // has no BMI2 it does so in software. The software gather must give what gathering bit by bit gives.
    [Theory]
    [InlineData(0U)]
    [InlineData(0xFFFF_FFFFU)]
    [InlineData(0x5555_5555U)]
    [InlineData(0xAAAA_AAAAU)]
    [InlineData(0x8000_0001U)]
    public void GatherEvenBits_EdgeValues_GivesBitTwoIAtBitI(uint value) =>
        AsimilasiKernel.GatherEvenBits(value).Should().Be(BitByBit(value));

    [Fact]
    public void GatherEvenBits_RandomValues_GivesBitTwoIAtBitI()
    {
        var random = new Random(20260429);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (uint)random.NextInt64(0, 1L << 32);
            AsimilasiKernel.GatherEvenBits(value).Should().Be(BitByBit(value), "the value is {0:X8}", value);
        }
    }

    [Fact]
    public void GatherEvenBits_OutsideActivityCodes_GivesTheMetCriteria()
    {
        // 15 outcome codes, criterion i at bits 2i..2i+1: criteria 0, 3 and 14 met (01), 1 not met (10), the rest unknown (00).
        const uint codes = 0b01U | (0b10U << 2) | (0b01U << 6) | (0b01U << 28);

        AsimilasiKernel.GatherEvenBits(codes).Should().Be((1U << 0) | (1U << 3) | (1U << 14));
        AsimilasiKernel.GatherEvenBits(codes >> 1).Should().Be(1U << 1);
    }

    private static uint BitByBit(uint value)
    {
        uint gathered = 0;
        for (var i = 0; i < 16; i++)
        {
            gathered |= ((value >> (2 * i)) & 1U) << i;
        }

        return gathered;
    }
}
