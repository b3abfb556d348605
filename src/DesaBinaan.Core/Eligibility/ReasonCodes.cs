namespace DesaBinaan.Core.Eligibility;

/// <summary>Validation of stable codes: dotted, lower-case, such as <c>asimilasi.half-served</c>.</summary>
internal static class ReasonCodes
{
    /// <summary>Returns whether a code is lower-case ASCII letters, digits, '-' and '.', starting with a letter, with no empty segment.</summary>
    public static bool IsValid(string code)
    {
        if (code.Length == 0 || code[0] is < 'a' or > 'z' || code[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.';
            if (!ok || (c == '.' && code[i - 1] == '.'))
            {
                return false;
            }
        }

        return true;
    }

    public const string Rule = "A code must be dotted lower-case ASCII (letters, digits, '-' and '.'), start with a letter and have no empty segment, such as 'asimilasi.half-served'.";
}
