using System.Globalization;
using NodaTime;

namespace DesaBinaan.Core.Common;

/// <summary>The one text form of a date in every message, fact and <c>ToString</c> of the library: ISO 8601, <c>2026-04-29</c>.</summary>
internal static class IsoDate
{
    /// <summary>Returns the date as <c>uuuu-MM-dd</c> in the invariant culture.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2026-04-29</c>.</returns>
    public static string ToIso(this LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
