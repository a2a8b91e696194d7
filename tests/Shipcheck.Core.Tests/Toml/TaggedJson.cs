using System.Globalization;
using System.Text.Json;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.Toml;

/// <summary>
/// Compares what the reader produced with toml-test's tagged JSON ({"type": "integer", "value": "1"} leaves,
/// objects for tables, arrays for arrays) by value: numbers as numbers, NaN as NaN, date-times as instants
/// with their offsets. The expected side is parsed by the BCL, never by the reader under test.
/// </summary>
internal static class TaggedJson
{
    /// <summary>The differences, each with its path; empty when the values agree.</summary>
    public static List<string> Differences(object actual, JsonElement expected)
    {
        var differences = new List<string>();
        Compare(actual, expected, "$", differences);
        return differences;
    }

    private static void Compare(object actual, JsonElement expected, string path, List<string> differences)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Array when actual is TomlArray array:
                var items = expected.EnumerateArray().ToList();
                if (items.Count != array.Count)
                {
                    differences.Add($"{path}: {array.Count} items, expected {items.Count}");
                    return;
                }
                for (var i = 0; i < items.Count; i++)
                {
                    Compare(array[i], items[i], $"{path}[{i}]", differences);
                }
                return;
            case JsonValueKind.Object when actual is TomlTable table:
                CompareTable(table, expected, path, differences);
                return;
            case JsonValueKind.Object when expected.TryGetProperty("type", out var type) && expected.TryGetProperty("value", out var value):
                if (!LeafEquals(actual, type.GetString()!, value.GetString()!))
                {
                    differences.Add($"{path}: {Show(actual)}, expected {type.GetString()} {value.GetString()}");
                }
                return;
            default:
                differences.Add($"{path}: {Show(actual)}, expected {expected.GetRawText()}");
                return;
        }
    }

    private static void CompareTable(TomlTable table, JsonElement expected, string path, List<string> differences)
    {
        var expectedKeys = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var actualKeys = table.Keys.Order(StringComparer.Ordinal).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys))
        {
            differences.Add($"{path}: keys [{string.Join(", ", actualKeys)}], expected [{string.Join(", ", expectedKeys)}]");
            return;
        }
        foreach (var property in expected.EnumerateObject())
        {
            Compare(table[property.Name], property.Value, $"{path}.{property.Name}", differences);
        }
    }

    private static bool LeafEquals(object actual, string type, string value) => (type, actual) switch
    {
        ("string", string text) => text == value,
        ("integer", long number) => number == long.Parse(value, CultureInfo.InvariantCulture),
        ("float", double number) => FloatEquals(number, value),
        ("bool", bool flag) => flag == (value == "true"),
        ("datetime", DateTimeOffset instant) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture) is var want
            && want == instant && want.Offset == instant.Offset,
        ("datetime-local", TomlDateTime { Kind: TomlDateTimeKind.LocalDateTime } local) =>
            DateTime.Parse(value, CultureInfo.InvariantCulture) == local.Date!.Value.ToDateTime(local.Time!.Value),
        ("date-local", TomlDateTime { Kind: TomlDateTimeKind.LocalDate } local) =>
            DateOnly.Parse(value, CultureInfo.InvariantCulture) == local.Date,
        ("time-local", TomlDateTime { Kind: TomlDateTimeKind.LocalTime } local) =>
            TimeOnly.Parse(value, CultureInfo.InvariantCulture) == local.Time,
        _ => false,
    };

    private static bool FloatEquals(double actual, string value)
    {
        var expected = value.TrimStart('+') switch
        {
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "-nan" => double.NaN,
            var text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return double.IsNaN(expected) ? double.IsNaN(actual) : expected.Equals(actual);
    }

    private static string Show(object value) => value switch
    {
        TomlTable => "a table",
        TomlArray array => $"an array of {array.Count}",
        _ => $"{value.GetType().Name} {value}",
    };
}
