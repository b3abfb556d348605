using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using NodaTime.Utility;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Internal;

/// <summary>
/// NodaTime's converters for the caller's own types, in the formats of NodaTime.Serialization.SystemTextJson's
/// <c>ConfigureForNodaTime</c> (ISO patterns; intervals as <c>{"Start", "End"}</c> named by the options' naming policy),
/// built from its public <see cref="NodaPatternConverter{T}"/>. Its own interval converters (and its
/// <c>NodaConverters</c> class, which creates them) look the date and instant converters up with
/// <see cref="JsonSerializerOptions.GetConverter(Type)"/>, which needs reflection: trimmed and Native AOT apps reported
/// IL2026 and IL3050 for it. The interval converters here are given their date and instant converters instead.
/// </summary>
internal static class NodaTimeConverters
{
    // ZonedDateTime: ISO date and time (nanoseconds as needed), the offset, then the zone id.
    private const string ZonedPattern = "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G> z";

    public static void AddTo(IList<JsonConverter> converters, IDateTimeZoneProvider provider)
    {
        var instant = new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso);
        var date = new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, IsoOnly<LocalDate>(static d => d.Calendar));
        converters.Add(instant);
        converters.Add(new IntervalConverter(instant));
        converters.Add(date);
        converters.Add(new NodaPatternConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso, IsoOnly<LocalDateTime>(static d => d.Calendar)));
        converters.Add(new NodaPatternConverter<LocalTime>(LocalTimePattern.ExtendedIso));
        converters.Add(new NodaPatternConverter<AnnualDate>(AnnualDatePattern.Iso));
        converters.Add(new DateIntervalConverter(date));
        converters.Add(new NodaPatternConverter<Offset>(OffsetPattern.GeneralInvariant));
        converters.Add(new ZoneConverter(provider));
        converters.Add(new NodaPatternConverter<Duration>(DurationPattern.JsonRoundtrip));
        converters.Add(new NodaPatternConverter<Period>(PeriodPattern.Roundtrip));
        converters.Add(new NodaPatternConverter<OffsetDateTime>(OffsetDateTimePattern.Rfc3339, IsoOnly<OffsetDateTime>(static d => d.Calendar)));
        converters.Add(new NodaPatternConverter<OffsetDate>(OffsetDatePattern.GeneralIso, IsoOnly<OffsetDate>(static d => d.Calendar)));
        converters.Add(new NodaPatternConverter<OffsetTime>(OffsetTimePattern.ExtendedIso));
        converters.Add(new NodaPatternConverter<ZonedDateTime>(ZonedDateTimePattern.CreateWithInvariantCulture(ZonedPattern, provider), IsoOnly<ZonedDateTime>(static d => d.Calendar)));
    }

    // The ISO patterns write no calendar: a value of another calendar would come back as a different value.
    private static Action<T> IsoOnly<T>(Func<T, CalendarSystem> calendar) => value =>
    {
        if (calendar(value) != CalendarSystem.Iso)
        {
            throw new ArgumentException("A " + typeof(T).Name + " is written to JSON only in the ISO calendar, not in " + calendar(value).Id + ".", nameof(value));
        }
    };

    private static string Name(JsonSerializerOptions options, string name) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    private static bool Is(JsonSerializerOptions options, string? read, string name) =>
        string.Equals(read, Name(options, name), options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Reads the members of an object (the reader on its start), handing each value to <paramref name="member"/>, which returns false to skip it.</summary>
    private static void ReadObject(ref Utf8JsonReader reader, JsonSerializerOptions options, MemberReader member)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidNodaDataException("A JSON object with Start and End is expected, not " + reader.TokenType + ".");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (!reader.Read())
            {
                break;
            }

            if (!member(name, ref reader, options))
            {
                reader.Skip();
            }
        }
    }

    private delegate bool MemberReader(string? name, ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>A <see cref="DateInterval"/>: <c>{"Start": date, "End": date}</c>, both required.</summary>
    private sealed class DateIntervalConverter(JsonConverter<LocalDate> date) : NodaConverterBase<DateInterval>
    {
        protected override DateInterval ReadJsonImpl(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            LocalDate? start = null;
            LocalDate? end = null;
            ReadObject(ref reader, options, (string? name, ref Utf8JsonReader value, JsonSerializerOptions o) =>
            {
                if (Is(o, name, nameof(DateInterval.Start)))
                {
                    start = date.Read(ref value, typeof(LocalDate), o);
                    return true;
                }

                if (Is(o, name, nameof(DateInterval.End)))
                {
                    end = date.Read(ref value, typeof(LocalDate), o);
                    return true;
                }

                return false;
            });
            if (start is null || end is null)
            {
                throw new InvalidNodaDataException("A date interval needs both its " + Name(options, "Start") + " and its " + Name(options, "End") + " date.");
            }

            return new DateInterval(start.Value, end.Value);
        }

        protected override void WriteJsonImpl(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(Name(options, nameof(DateInterval.Start)));
            date.Write(writer, value.Start, options);
            writer.WritePropertyName(Name(options, nameof(DateInterval.End)));
            date.Write(writer, value.End, options);
            writer.WriteEndObject();
        }

        protected override void WriteJsonPropertyNameImpl(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options) =>
            throw new JsonException("A date interval is a JSON object and cannot be the name of a property.");
    }

    /// <summary>An <see cref="Interval"/>: <c>{"Start": instant, "End": instant}</c>, an unbounded side left out.</summary>
    private sealed class IntervalConverter(JsonConverter<Instant> instant) : NodaConverterBase<Interval>
    {
        protected override Interval ReadJsonImpl(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            Instant? start = null;
            Instant? end = null;
            ReadObject(ref reader, options, (string? name, ref Utf8JsonReader value, JsonSerializerOptions o) =>
            {
                if (Is(o, name, nameof(Interval.Start)))
                {
                    start = instant.Read(ref value, typeof(Instant), o);
                    return true;
                }

                if (Is(o, name, nameof(Interval.End)))
                {
                    end = instant.Read(ref value, typeof(Instant), o);
                    return true;
                }

                return false;
            });
            return new Interval(start, end);
        }

        protected override void WriteJsonImpl(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.HasStart)
            {
                writer.WritePropertyName(Name(options, nameof(Interval.Start)));
                instant.Write(writer, value.Start, options);
            }

            if (value.HasEnd)
            {
                writer.WritePropertyName(Name(options, nameof(Interval.End)));
                instant.Write(writer, value.End, options);
            }

            writer.WriteEndObject();
        }

        protected override void WriteJsonPropertyNameImpl(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options) =>
            throw new JsonException("An interval is a JSON object and cannot be the name of a property.");
    }

    /// <summary>A <see cref="DateTimeZone"/>: its id, read back through the provider.</summary>
    private sealed class ZoneConverter(IDateTimeZoneProvider provider) : NodaConverterBase<DateTimeZone>
    {
        protected override DateTimeZone ReadJsonImpl(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new InvalidNodaDataException("A time zone id string is expected, not " + reader.TokenType + ".");
            }

            return provider[reader.GetString()!];
        }

        protected override void WriteJsonImpl(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Id);

        protected override void WriteJsonPropertyNameImpl(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.Id);
    }
}
