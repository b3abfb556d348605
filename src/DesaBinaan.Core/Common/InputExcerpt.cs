using System.Globalization;
using System.Text;

namespace DesaBinaan.Core.Common;

/// <summary>
/// What a message may repeat of a caller's input: a short, printable excerpt with every long run of digits masked, so
/// that a NIK passed by mistake never reaches a log (UU 27/2022) and a huge input never makes a huge message.
/// Every parser of the package quotes its input through here.
/// </summary>
internal static class InputExcerpt
{
    /// <summary>The most characters of the input a message repeats.</summary>
    public const int MaximumLength = 24;

    /// <summary>The longest run of digits repeated as is; longer runs are masked.</summary>
    public const int MaximumDigits = 6;

    /// <summary>Returns the excerpt of an input, quoted, with its length when it was cut: <c>'33.75.3.1004'</c>, <c>'33##########…' (280,000 characters)</c>.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The quoted excerpt.</returns>
    public static string Of(ReadOnlySpan<char> input)
    {
        var builder = new StringBuilder(MaximumLength + 32).Append('\'');
        var digits = 0;
        var run = 0;
        var length = Math.Min(input.Length, MaximumLength);
        for (var i = 0; i < length; i++)
        {
            var c = input[i];
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            run = digits == 1 ? RunLength(input, i) : run;

            // A long run of digits keeps its first two and masks the rest.
            var masked = digits > 2 && run > MaximumDigits;
            builder.Append(masked ? '#' : char.IsControl(c) || char.IsSurrogate(c) ? '?' : c);
        }

        builder.Append(input.Length > MaximumLength ? "…'" : "'");
        if (input.Length > MaximumLength)
        {
            builder.Append(" (").Append(input.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }

    private static int RunLength(ReadOnlySpan<char> input, int start)
    {
        var end = start;
        while (end < input.Length && char.IsAsciiDigit(input[end]))
        {
            end++;
        }

        return end - start;
    }
}
