using System.Text.Json;
using System.Text.Json.Serialization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace DesaBinaan.Core.Tests.Population;

/// <summary>
/// System.Text.Json options for the package's types, kept out of the package (which does no I/O): NodaTime's own
/// converters for dates and intervals, plus three small converters for the types whose constructors are not
/// public or whose state is packed (<see cref="ValueList{T}"/>, <see cref="CriterionResult"/>, <see cref="Fact"/>).
/// Report rows need only NodaTime's converters.
/// </summary>
internal static class EligibilityJson
{
    public static JsonSerializerOptions Rows { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static JsonSerializerOptions Decisions { get; } = CreateDecisions();

    private static JsonSerializerOptions CreateDecisions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new ValueListConverterFactory());
        options.Converters.Add(new CriterionResultConverter());
        options.Converters.Add(new FactConverter());
        options.Converters.Add(new FractionConverter());
        return options;
    }

    private sealed class ValueListConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueList.From(JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }

    private sealed class CriterionResultConverter : JsonConverter<CriterionResult>
    {
        public override CriterionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var dto = JsonSerializer.Deserialize<ResultDto>(ref reader, options)!;
            return (dto.Outcome, dto.Date) switch
            {
                (CriterionOutcome.Met, null) => CriterionResult.Met,
                (CriterionOutcome.Met, { } d) => CriterionResult.MetSince(DayNumbers.FromDate(d)),
                (CriterionOutcome.NotMet, null) => CriterionResult.NotMet,
                (CriterionOutcome.NotMet, { } d) => CriterionResult.NotMetUntil(DayNumbers.FromDate(d)),
                (CriterionOutcome.NotApplicable, _) => CriterionResult.NotApplicable,
                _ => CriterionResult.Unknown,
            };
        }

        public override void Write(Utf8JsonWriter writer, CriterionResult value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new ResultDto(value.Outcome, value.Date), options);

        private sealed record ResultDto(CriterionOutcome Outcome, LocalDate? Date);
    }

    private sealed class FractionConverter : JsonConverter<Fraction>
    {
        public override Fraction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Fraction.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Fraction value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class FactConverter : JsonConverter<Fact>
    {
        public override Fact Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var d = JsonSerializer.Deserialize<FactDto>(ref reader, options)!;
            return d.Kind switch
            {
                FactKind.Missing => Fact.Missing(d.Code, d.Name),
                FactKind.Flag => Fact.OfFlag(d.Code, d.Name, d.Flag!.Value),
                FactKind.Number => Fact.OfNumber(d.Code, d.Name, d.Number!.Value),
                FactKind.Days => Fact.OfDays(d.Code, d.Name, d.Number!.Value),
                FactKind.DaysOf => Fact.OfDaysOf(d.Code, d.Name, d.Number!.Value, d.OutOf!.Value),
                FactKind.Date => Fact.OfDate(d.Code, d.Name, d.Date!.Value),
                FactKind.Fraction => Fact.OfFraction(d.Code, d.Name, d.Fraction!.Value),
                FactKind.Text => Fact.OfText(d.Code, d.Name, d.Text!),
                _ => Fact.OfLabel(d.Code, d.Name, d.LabelValue!, d.Text!),
            };
        }

        public override void Write(Utf8JsonWriter writer, Fact value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new FactDto(value.Code, value.Name, value.Kind, value.Number, value.OutOf, value.Date, value.Fraction, value.Text, value.LabelValue, value.Flag), options);

        private sealed record FactDto(string Code, LocalizedText Name, FactKind Kind, long? Number, long? OutOf, LocalDate? Date, Fraction? Fraction, string? Text, LocalizedText? LabelValue, bool? Flag);
    }
}
