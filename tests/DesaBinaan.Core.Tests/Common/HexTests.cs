using CsCheck;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Common;

// The fingerprint's hexadecimal text is the same on .NET 8 (the portable path) and .NET 9+ (Convert.ToHexStringLower).
public sealed class HexTests
{
    [Fact]
    public void Portable_IsConvertToHexStringLower()
    {
        Gen.Byte.Array[0, 300].Sample(bytes => Hex.Portable(bytes).Should().Be(Convert.ToHexStringLower(bytes)));
    }

    [Fact]
    public void Lower_KnownBytes()
    {
        Hex.Lower([0x00, 0x0f, 0xa0, 0xff]).Should().Be("000fa0ff");
    }
}
