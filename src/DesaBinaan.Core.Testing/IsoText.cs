using System.Globalization;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>The one date format of this package's messages: ISO 8601 (<c>2026-04-29</c>), whatever the culture.</summary>
internal static class IsoText
{
    /// <summary>Formats a date as <c>uuuu-MM-dd</c> in the invariant culture.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2026-04-29</c>.</returns>
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
