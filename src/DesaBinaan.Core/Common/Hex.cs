namespace DesaBinaan.Core.Common;

/// <summary>Lower-case hexadecimal text of bytes, the same on every target framework.</summary>
internal static class Hex
{
    private const string Digits = "0123456789abcdef";

    /// <summary>Returns the bytes as lower-case hexadecimal, two digits a byte.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Lower(ReadOnlySpan<byte> bytes)
    {
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(bytes);
#else
        return Portable(bytes);
#endif
    }

    /// <summary>Returns the bytes as lower-case hexadecimal without <c>Convert.ToHexStringLower</c> (.NET 9 and later), for .NET 8.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text.</returns>
    internal static string Portable(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
