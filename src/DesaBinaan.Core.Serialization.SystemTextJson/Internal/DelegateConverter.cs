using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Internal;

/// <summary>
/// A converter made of a reader (over the parsed value, so that errors name their path) and a writer. Every
/// converter of the package is one of these; none uses reflection, so they work trimmed and under Native AOT.
/// </summary>
/// <typeparam name="T">The type converted.</typeparam>
internal sealed class DelegateConverter<T>(Func<JsonIn, T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return read(new JsonIn(document.RootElement, "$"));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        write(writer, value);
    }
}
