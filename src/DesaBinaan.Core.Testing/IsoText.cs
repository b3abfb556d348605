using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Testing;

/// <summary>The one date format of this package's messages: ISO 8601 (<c>2026-04-29</c>), whatever the culture.</summary>
internal static class IsoText
{
    /// <summary>Formats a date in NodaTime's ISO pattern (<see cref="LocalDatePattern.Iso"/>, <c>uuuu-MM-dd</c>), as the core does.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2026-04-29</c>.</returns>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
