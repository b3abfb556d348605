using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Internal;

/// <summary>Writing helpers: fixed camel-case names, ISO dates, intervals as start and end, nulls left out.</summary>
internal static class JsonOut
{
    public static void WriteDate(this Utf8JsonWriter writer, string name, LocalDate date) =>
        writer.WriteString(name, LocalDatePattern.Iso.Format(date));

    public static void WriteDate(this Utf8JsonWriter writer, LocalDate date) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(date));

    public static void WriteOptionalDate(this Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            writer.WriteDate(name, value);
        }
    }

    public static void WriteInterval(this Utf8JsonWriter writer, DateInterval interval)
    {
        writer.WriteStartObject();
        writer.WriteDate("start", interval.Start);
        writer.WriteDate("end", interval.End);
        writer.WriteEndObject();
    }

    public static void WriteInterval(this Utf8JsonWriter writer, string name, DateInterval interval)
    {
        writer.WritePropertyName(name);
        writer.WriteInterval(interval);
    }

    public static void WriteEnum<TEnum>(this Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum =>
        writer.WriteString(name, value.ToString());

    public static void WriteOptionalEnum<TEnum>(this Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } present)
        {
            writer.WriteEnum(name, present);
        }
    }

    public static void WriteOptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteOptionalNumber(this Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(name, present);
        }
    }

    public static void Write<T>(this Utf8JsonWriter writer, string name, T value, Action<Utf8JsonWriter, T> write)
    {
        writer.WritePropertyName(name);
        write(writer, value);
    }

    public static void WriteOptional<T>(this Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.Write(name, value, write);
        }
    }

    public static void WriteOptionalValue<T>(this Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : struct
    {
        if (value is { } present)
        {
            writer.Write(name, present, write);
        }
    }

    public static void WriteList<T>(this Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    public static void WriteList<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WritePropertyName(name);
        writer.WriteList(items, write);
    }

    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> items) =>
        writer.WriteList(name, items, static (w, s) => w.WriteStringValue(s));
}
