using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Shipcheck.Core.Expectations;

/// <summary>A value the expectation language works with: what probes observe and expressions compute.</summary>
public abstract record Value
{
    /// <summary>The value's type.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>The shared null value.</summary>
    public static readonly Value Null = new NullValue();

    /// <summary>Wraps a boolean.</summary>
    public static Value Of(bool value) => new BoolValue(value);

    /// <summary>Wraps a number.</summary>
    public static Value Of(double value) => new NumberValue(value);

    /// <summary>Wraps text; null becomes <see cref="Null"/>.</summary>
    public static Value Of(string? value) => value is null ? Null : new StringValue(value);

    /// <summary>Wraps a duration.</summary>
    public static Value Of(TimeSpan value) => new DurationValue(value);

    /// <summary>Wraps a point in time.</summary>
    public static Value Of(DateTimeOffset value) => new TimestampValue(value);

    /// <summary>A size in bytes.</summary>
    public static Value OfSize(long bytes) => new SizeValue(bytes);

    /// <summary>Converts parsed JSON into values: objects become maps, arrays lists.</summary>
    public static Value FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new MapValue(element.EnumerateObject()
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => FromJson(g.Last().Value), StringComparer.Ordinal)),
        JsonValueKind.Array => new ListValue([.. element.EnumerateArray().Select(FromJson)]),
        JsonValueKind.String => new StringValue(element.GetString()!),
        JsonValueKind.Number => new NumberValue(element.GetDouble()),
        JsonValueKind.True => new BoolValue(true),
        JsonValueKind.False => new BoolValue(false),
        _ => Null,
    };

    /// <summary>Writes the value as plain JSON (durations as text like "250ms", timestamps as ISO 8601).</summary>
    public abstract void WriteJson(Utf8JsonWriter writer);

    /// <summary>How the value reads in a report: <c>503</c>, <c>"healthy"</c>, <c>250ms</c>.</summary>
    public abstract string Display();
}

/// <summary>No value.</summary>
public sealed record NullValue : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Null;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteNullValue();
    /// <inheritdoc/>
    public override string Display() => "null";
}

/// <summary>true or false.</summary>
public sealed record BoolValue(bool Value) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Bool;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteBooleanValue(Value);
    /// <inheritdoc/>
    public override string Display() => Value ? "true" : "false";
}

/// <summary>A number.</summary>
public sealed record NumberValue(double Value) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Number;
    /// <inheritdoc/>
    /// <remarks>JSON has no NaN or infinity, which metrics do observe: those are written as the text Prometheus uses.</remarks>
    public override void WriteJson(Utf8JsonWriter writer)
    {
        if (double.IsFinite(Value))
        {
            writer.WriteNumberValue(Value);
        }
        else
        {
            writer.WriteStringValue(Display());
        }
    }
    /// <inheritdoc/>
    public override string Display() => Value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ => Value.ToString("0.############", CultureInfo.InvariantCulture),
    };
}

/// <summary>Text.</summary>
public sealed record StringValue(string Value) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.String;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(Value);
    /// <inheritdoc/>
    public override string Display() => JsonSerializer.Serialize(Value.Length > 200 ? Value[..200] + "…" : Value, ReadableJson);

    // The default encoder writes ' as \u0027 and é as \u00E9; reports are read by people, not embedded in HTML.
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>A length of time.</summary>
public sealed record DurationValue(TimeSpan Value) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Duration;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(Display());
    /// <inheritdoc/>
    public override string Display() => Durations.Format(Value);
}

/// <summary>A number of bytes.</summary>
public sealed record SizeValue(long Bytes) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Size;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteNumberValue(Bytes);
    /// <inheritdoc/>
    public override string Display() => Sizes.Format(Bytes);
}

/// <summary>A point in time.</summary>
public sealed record TimestampValue(DateTimeOffset Value) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Timestamp;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(Value);
    /// <inheritdoc/>
    public override string Display() => Value.ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>An ordered list.</summary>
public sealed record ListValue(IReadOnlyList<Value> Items) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.List;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var item in Items)
        {
            item.WriteJson(writer);
        }
        writer.WriteEndArray();
    }
    /// <inheritdoc/>
    public override string Display() => $"[{string.Join(", ", Items.Take(10).Select(i => i.Display()))}{(Items.Count > 10 ? ", …" : "")}]";
}

/// <summary>Named values.</summary>
public sealed record MapValue(IReadOnlyDictionary<string, Value> Entries) : Value
{
    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Map;
    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in Entries)
        {
            writer.WritePropertyName(key);
            value.WriteJson(writer);
        }
        writer.WriteEndObject();
    }
    /// <inheritdoc/>
    public override string Display() => $"{{{string.Join(", ", Entries.Take(5).Select(e => $"{e.Key}: {e.Value.Display()}"))}{(Entries.Count > 5 ? ", …" : "")}}}";
}
