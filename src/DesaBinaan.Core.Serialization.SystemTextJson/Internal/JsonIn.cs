using System.Globalization;
using System.Text.Json;
using DesaBinaan.Core.Common;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Internal;

/// <summary>
/// A JSON value being read, with its path from the value the converter was asked for (<c>$</c>). Every failure is a
/// <see cref="JsonException"/> whose message names that path and the rule broken.
/// </summary>
internal readonly struct JsonIn
{
    private readonly JsonElement element;

    public JsonIn(JsonElement element, string path)
    {
        this.element = element;
        Path = path;
    }

    public string Path { get; }

    public JsonValueKind Kind => element.ValueKind;

    public JsonException Error(string rule, Exception? inner = null) =>
        new("The JSON value at " + Path + " is not valid: " + rule, inner);

    public JsonIn Required(string name)
    {
        if (!TryGet(name, out var value))
        {
            throw new JsonException("The JSON object at " + Path + " lacks the required property '" + name + "'.");
        }

        return value;
    }

    public bool TryGet(string name, out JsonIn value)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error("a JSON object is expected, not " + Describe(element.ValueKind) + ".");
        }

        if (element.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Null)
        {
            value = new JsonIn(property, Path + "." + name);
            return true;
        }

        value = default;
        return false;
    }

    public T Get<T>(string name, Func<JsonIn, T> read) => read(Required(name));

    public T? Optional<T>(string name, Func<JsonIn, T> read)
        where T : class =>
        TryGet(name, out var value) ? read(value) : null;

    public T? OptionalValue<T>(string name, Func<JsonIn, T> read)
        where T : struct =>
        TryGet(name, out var value) ? read(value) : null;

    public string String()
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error("a JSON string is expected, not " + Describe(element.ValueKind) + ".");
        }

        return element.GetString()!;
    }

    public string String(string name) => Required(name).String();

    public string? OptionalString(string name) => TryGet(name, out var value) ? value.String() : null;

    public bool Boolean()
    {
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Error("true or false is expected, not " + Describe(element.ValueKind) + ".");
        }

        return element.GetBoolean();
    }

    public bool Boolean(string name) => Required(name).Boolean();

    public int Int32()
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
        {
            throw Error("a whole number within the range of a 32-bit integer is expected.");
        }

        return value;
    }

    public int Int32(string name) => Required(name).Int32();

    public int? OptionalInt32(string name) => TryGet(name, out var value) ? value.Int32() : null;

    public long Int64()
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value))
        {
            throw Error("a whole number within the range of a 64-bit integer is expected.");
        }

        return value;
    }

    public long Int64(string name) => Required(name).Int64();

    public long? OptionalInt64(string name) => TryGet(name, out var value) ? value.Int64() : null;

    public LocalDate Date()
    {
        var text = String();
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw Error("an ISO date such as 2026-04-29 is expected.", result.Exception);
        }

        return result.Value;
    }

    public LocalDate Date(string name) => Required(name).Date();

    public LocalDate? OptionalDate(string name) => TryGet(name, out var value) ? value.Date() : null;

    public DateInterval Interval()
    {
        var start = Date("start");
        var end = Date("end");
        if (end < start)
        {
            throw Error("the end of an interval must not be before its start.");
        }

        return new DateInterval(start, end);
    }

    public DateInterval Interval(string name) => Required(name).Interval();

    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        var text = String();
        if (text.Length == 0 || !char.IsLetter(text[0]) || !System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || !System.Enum.IsDefined(value))
        {
            throw Error("one of " + string.Join(", ", System.Enum.GetNames<TEnum>()) + " is expected.");
        }

        return value;
    }

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Required(name).Enum<TEnum>();

    public TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryGet(name, out var value) ? value.Enum<TEnum>() : null;

    public ValueList<T> List<T>(Func<JsonIn, T> read)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Error("a JSON array is expected, not " + Describe(element.ValueKind) + ".");
        }

        var items = new T[element.GetArrayLength()];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[index] = read(new JsonIn(item, Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]"));
            index++;
        }

        return ValueList.Create<T>(items);
    }

    public ValueList<T> List<T>(string name, Func<JsonIn, T> read) => Required(name).List(read);

    public ValueList<T> OptionalList<T>(string name, Func<JsonIn, T> read) => TryGet(name, out var value) ? value.List(read) : ValueList<T>.Empty;

    /// <summary>Parses a string with the type's own parser, turning its <see cref="FormatException"/> or <see cref="ArgumentException"/> into a <see cref="JsonException"/> at this path.</summary>
    public T Parse<T>(Func<string, T> parse, string expected)
    {
        var text = String();
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw Error(expected + " is expected.", e);
        }
    }

    /// <summary>Builds a value with its validating constructor, turning a broken rule into a <see cref="JsonException"/> at this path.</summary>
    public T Build<T>(Func<T> create, string what)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw Error(what + " breaks a rule of its type: " + e.Message, e);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
