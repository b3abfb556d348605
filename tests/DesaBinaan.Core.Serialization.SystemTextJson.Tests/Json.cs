using System.Text.Json;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>The options the tests use: the package's entry point on default options, NIPs in full so that they round-trip.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions().ConfigureForDesaBinaan(new DesaBinaanJsonSettings(writeNipInFull: true));

    public static JsonSerializerOptions Masked { get; } = new JsonSerializerOptions().ConfigureForDesaBinaan();

    public static JsonSerializerOptions Indented { get; } = new JsonSerializerOptions { WriteIndented = true }.ConfigureForDesaBinaan();
}
