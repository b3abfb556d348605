using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Common;

/// <summary>The one text form of a date in every message, fact and <c>ToString</c> of the library: ISO 8601, <c>2026-04-29</c>.</summary>
internal static class IsoDate
{
    /// <summary>Returns the date in NodaTime's ISO pattern (<see cref="LocalDatePattern.Iso"/>, <c>uuuu-MM-dd</c>), whatever the culture.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2026-04-29</c>.</returns>
    public static string ToIso(this LocalDate date) => LocalDatePattern.Iso.Format(date);
}
