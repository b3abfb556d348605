using Ardalis.GuardClauses;
using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Inmates;

/// <summary>
/// The text form of an evidence file kept in exports: entries separated by <c>;</c>, each <c>kind=status</c>, such as
/// <c>litmas=present;family-guarantee=absent;register-f-extract=not-recorded</c>. Kinds are <see cref="EvidenceKind"/>
/// names and statuses <see cref="EvidenceStatus"/> names, in any case, with or without hyphens. A kind not listed is
/// not recorded; an empty text is the empty file.
/// </summary>
public static class EvidenceList
{
    /// <summary>Parses an evidence file.</summary>
    /// <param name="text">The text; must not be null.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">An entry is not <c>kind=status</c> or repeats a kind; the message names the entry, quoting at most a short excerpt.</exception>
    public static EvidenceFile Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseCore(text, out var result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse an evidence file; never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The file, or the empty file when parsing fails.</param>
    /// <returns>True when every entry is a kind with a status.</returns>
    public static bool TryParse(string? text, out EvidenceFile result)
    {
        result = EvidenceFile.Empty;
        return text is not null && TryParseCore(text, out result) is null;
    }

    private static string? TryParseCore(string text, out EvidenceFile result)
    {
        result = EvidenceFile.Empty;
        var file = EvidenceFile.Empty;
        var seen = new HashSet<EvidenceKind>();
        var entries = text.Split(';');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"Evidence entry {i + 1} ({InputExcerpt.Of(entry)})");
            var parts = entry.Split('=');
            if (parts.Length != 2)
            {
                return where + " must be written kind=status, such as litmas=present.";
            }

            if (!TryName<EvidenceKind>(parts[0], out var kind))
            {
                return where + " does not name a kind of evidence, such as litmas or family-guarantee.";
            }

            if (!TryName<EvidenceStatus>(parts[1], out var status))
            {
                return where + " has no status: present, absent, not-recorded or not-required.";
            }

            if (!seen.Add(kind))
            {
                return where + " repeats a kind of evidence listed before.";
            }

            file = file.With(kind, status);
        }

        result = file;
        return null;
    }

    private static bool TryName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var name = text.Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value) && !name.All(char.IsAsciiDigit);
    }
}
