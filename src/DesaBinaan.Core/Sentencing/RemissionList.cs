using Ardalis.GuardClauses;
using System.Globalization;
using DesaBinaan.Core.Common;
using NodaTime.Text;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The text form of a list of remissions kept in exports and spreadsheets: entries separated by <c>;</c>, each
/// <c>grant-date:amount:kind</c>, such as <c>2024-12-25:15d:special;2025-08-17:2m:general</c>. The date is ISO
/// (<c>yyyy-MM-dd</c>), the amount a term (<see cref="SentenceTerm.Parse"/>) and the kind a <see cref="RemissionKind"/>
/// name in any case. White space around entries and parts is ignored; an empty text is the empty list.
/// </summary>
public static class RemissionList
{
    /// <summary>Parses a list of remissions.</summary>
    /// <param name="text">The text; must not be null.</param>
    /// <returns>The remissions, in the order written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">An entry is not <c>grant-date:amount:kind</c>; the message names the entry and the part, quoting at most a short excerpt.</exception>
    public static ValueList<Remission> Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseCore(text, out var result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse a list of remissions; never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The remissions, or the empty list when parsing fails.</param>
    /// <returns>True when every entry is a remission.</returns>
    public static bool TryParse(string? text, out ValueList<Remission> result)
    {
        if (text is null)
        {
            result = ValueList<Remission>.Empty;
            return false;
        }

        return TryParseCore(text, out result) is null;
    }

    private static string? TryParseCore(string text, out ValueList<Remission> result)
    {
        result = ValueList<Remission>.Empty;
        var remissions = new List<Remission>();
        var entries = text.Split(';');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"Remission entry {i + 1} ({InputExcerpt.Of(entry)})");
            var parts = entry.Split(':');
            if (parts.Length != 3)
            {
                return where + " must be written grant-date:amount:kind, such as 2024-12-25:15d:special.";
            }

            var date = LocalDatePattern.Iso.Parse(parts[0].Trim());
            if (!date.Success || date.Value.Year < 1)
            {
                return where + " has no grant date of the form yyyy-MM-dd on or after 0001-01-01.";
            }

            if (!SentenceTerm.TryParse(parts[1].Trim(), out var amount) || amount.IsZero)
            {
                return where + " has no non-zero amount of the form NyNmNd, such as 15d or 1m15d.";
            }

            if (!Enum.TryParse<RemissionKind>(parts[2].Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(parts[2], out _))
            {
                return where + " has no kind: general, special, additional, decennial or humanitarian.";
            }

            remissions.Add(new Remission(date.Value, amount, kind));
        }

        result = ValueList.From(remissions);
        return null;
    }
}
