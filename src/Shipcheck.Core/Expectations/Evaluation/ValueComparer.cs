namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>Equality and order between values: numbers numerically, strings ordinally, different kinds never equal.</summary>
internal static class ValueComparer
{
    /// <summary>True when both are the same kind and the same value (lists and maps compared item by item).</summary>
    public static bool Same(Value left, Value right) => (left, right) switch
    {
        (NullValue, NullValue) => true,
        (NumberValue a, NumberValue b) => a.Value == b.Value,
        (StringValue a, StringValue b) => string.Equals(a.Value, b.Value, StringComparison.Ordinal),
        (BoolValue a, BoolValue b) => a.Value == b.Value,
        (DurationValue a, DurationValue b) => a.Value == b.Value,
        (SizeValue a, SizeValue b) => a.Bytes == b.Bytes,
        (TimestampValue a, TimestampValue b) => a.Value == b.Value,
        (ListValue a, ListValue b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Same(p.First, p.Second)),
        (MapValue a, MapValue b) => a.Entries.Count == b.Entries.Count
            && a.Entries.All(e => b.Entries.TryGetValue(e.Key, out var other) && Same(e.Value, other)),
        _ => false,
    };

    /// <summary>The order of two values of an ordered kind, or null when they have no order (different kinds, NaN, lists).</summary>
    public static int? Order(Value left, Value right) => (left, right) switch
    {
        (NumberValue a, NumberValue b) when !double.IsNaN(a.Value) && !double.IsNaN(b.Value) => a.Value.CompareTo(b.Value),
        (StringValue a, StringValue b) => Math.Sign(string.CompareOrdinal(a.Value, b.Value)),
        (DurationValue a, DurationValue b) => a.Value.CompareTo(b.Value),
        (SizeValue a, SizeValue b) => a.Bytes.CompareTo(b.Bytes),
        (TimestampValue a, TimestampValue b) => a.Value.CompareTo(b.Value),
        _ => null,
    };
}
