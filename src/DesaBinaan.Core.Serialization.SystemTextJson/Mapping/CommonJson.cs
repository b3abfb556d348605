using System.Text.Json;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Mapping;

/// <summary>The small values: written as the strings their own <c>Parse</c> reads, or as small objects.</summary>
internal static class CommonJson
{
    // LocalizedText: {"id": "...", "en": "..."}
    public static LocalizedText ReadText(JsonIn json) =>
        json.Build(() => new LocalizedText(json.String("id"), json.String("en")), "A localized text");

    public static void WriteText(Utf8JsonWriter writer, LocalizedText value)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Indonesian);
        writer.WriteString("en", value.English);
        writer.WriteEndObject();
    }

    // Citation: {"instrument": "...", "article"?: "...", "note"?: "..."}
    public static Citation ReadCitation(JsonIn json) =>
        json.Build(() => new Citation(json.String("instrument"), json.OptionalString("article"), json.OptionalString("note")), "A citation");

    public static void WriteCitation(Utf8JsonWriter writer, Citation value)
    {
        writer.WriteStartObject();
        writer.WriteString("instrument", value.Instrument);
        writer.WriteOptionalString("article", value.Article);
        writer.WriteOptionalString("note", value.Note);
        writer.WriteEndObject();
    }

    // Fraction: "2/3" (a whole number alone when the denominator is 1).
    public static Fraction ReadFraction(JsonIn json) => json.Parse(Fraction.Parse, "a fraction such as \"2/3\"");

    public static void WriteFraction(Utf8JsonWriter writer, Fraction value) => writer.WriteStringValue(value.ToString());

    // SentenceTerm: "2y6m15d" (as SentenceTerm.Parse reads it).
    public static SentenceTerm ReadTerm(JsonIn json) => json.Parse(SentenceTerm.Parse, "a sentence term such as \"2y6m\"");

    public static void WriteTerm(Utf8JsonWriter writer, SentenceTerm value) => writer.WriteStringValue(value.ToString());

    // RegionCode: "33.75.03.1004".
    public static RegionCode ReadRegion(JsonIn json) => json.Parse(RegionCode.Parse, "a Kemendagri region code such as \"33.75.03.1004\"");

    public static void WriteRegion(Utf8JsonWriter writer, RegionCode value) => writer.WriteStringValue(value.ToString());

    // The opaque ids: their value as a string; the empty id (the default value) as "".
    private static T Id<T>(JsonIn json, Func<string, T> create, string what)
        where T : struct
    {
        var value = json.String();
        return value.Length == 0 ? default : json.Build(() => create(value), what);
    }

    public static InmateId ReadInmateId(JsonIn json) => Id(json, static v => new InmateId(v), "An inmate id");

    public static void WriteInmateId(Utf8JsonWriter writer, InmateId value) => writer.WriteStringValue(value.Value);

    public static PersonId ReadPersonId(JsonIn json) => Id(json, static v => new PersonId(v), "A person id");

    public static void WritePersonId(Utf8JsonWriter writer, PersonId value) => writer.WriteStringValue(value.Value);

    public static PositionId ReadPositionId(JsonIn json) => Id(json, static v => new PositionId(v), "A position id");

    public static void WritePositionId(Utf8JsonWriter writer, PositionId value) => writer.WriteStringValue(value.Value);

    public static InstitutionId ReadInstitutionId(JsonIn json) => Id(json, static v => new InstitutionId(v), "An institution id");

    public static void WriteInstitutionId(Utf8JsonWriter writer, InstitutionId value) => writer.WriteStringValue(value.Value);

    public static UnitId ReadUnitId(JsonIn json) => Id(json, static v => new UnitId(v), "A unit id");

    public static void WriteUnitId(Utf8JsonWriter writer, UnitId value) => writer.WriteStringValue(value.Value);

    public static string ReadString(JsonIn json) => json.String();

    public static void WriteString(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);
}
