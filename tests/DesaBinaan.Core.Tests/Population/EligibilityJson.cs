using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace DesaBinaan.Core.Tests.Population;

/// <summary>
/// System.Text.Json options with NodaTime's converters alone: the report rows round-trip through their public
/// constructors with nothing more. Decisions and every other type are covered by the JSON package
/// (DesaBinaan.Core.Serialization.SystemTextJson) and its tests.
/// </summary>
internal static class EligibilityJson
{
    public static JsonSerializerOptions Rows { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
}
