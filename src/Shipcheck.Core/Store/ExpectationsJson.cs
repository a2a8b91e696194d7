using System.Text.Json;

namespace Shipcheck.Core.Store;

/// <summary>Expectation records as the JSON array stores keep them in: <c>[{"expression","holds","explanation"}]</c>.</summary>
public static class ExpectationsJson
{
    /// <summary>The records as a compact JSON array.</summary>
    public static string Write(IReadOnlyList<ExpectationRecord> expectations)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteArray(writer, expectations);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the records as a JSON array (also how the JSON report shows them).</summary>
    public static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<ExpectationRecord> expectations)
    {
        writer.WriteStartArray();
        foreach (var e in expectations)
        {
            writer.WriteStartObject();
            writer.WriteString("expression", e.Expression);
            writer.WriteBoolean("holds", e.Holds);
            writer.WriteString("explanation", e.Explanation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The records read back; members that are missing read as empty.</summary>
    public static IReadOnlyList<ExpectationRecord> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var list = new List<ExpectationRecord>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            list.Add(new ExpectationRecord(
                Text(item, "expression"),
                item.TryGetProperty("holds", out var holds) && holds.ValueKind == JsonValueKind.True,
                Text(item, "explanation")));
        }
        return list;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
