using System.Globalization;

namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>
/// Gives variable text the type of what it meets: <c>"50"</c> against a number is 50, <c>"2m"</c> against a
/// duration is two minutes. Only variables coerce; a JSON string "50" stays a string.
/// </summary>
internal static class Coercion
{
    /// <summary>Both operands' values after coercing whichever is variable text towards the other's type.</summary>
    public static (Value Left, Value Right) Align(Operand left, Operand right)
    {
        if (left.FromVariable && right.FromVariable)
        {
            // Two variables: numbers when both read as numbers, text otherwise.
            return To(left.Value, ValueKind.Number) is { } l && To(right.Value, ValueKind.Number) is { } r ? (l, r) : (left.Value, right.Value);
        }
        if (left.FromVariable)
        {
            return (To(left.Value, right.Value.Kind) ?? left.Value, right.Value);
        }
        if (right.FromVariable)
        {
            return (left.Value, To(right.Value, left.Value.Kind) ?? right.Value);
        }
        return (left.Value, right.Value);
    }

    /// <summary>Variable text as a condition: "true" and "false" count, anything else is false.</summary>
    public static bool Truth(Operand operand) => operand.Value switch
    {
        BoolValue b => b.Value,
        StringValue s when operand.FromVariable => bool.TryParse(s.Value.Trim(), out var parsed) && parsed,
        _ => false,
    };

    /// <summary>The text of <paramref name="value"/> read as <paramref name="kind"/>, or null when it does not read so.</summary>
    public static Value? To(Value value, ValueKind kind)
    {
        if (value is not StringValue { Value: var text })
        {
            return value.Kind == kind ? value : null;
        }
        return kind switch
        {
            ValueKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => Value.Of(number),
            ValueKind.Duration when Durations.TryParse(text, out var duration) => Value.Of(duration),
            ValueKind.Size when Sizes.TryParse(text, out var bytes) => Value.OfSize(bytes),
            ValueKind.Bool when bool.TryParse(text.Trim(), out var flag) => Value.Of(flag),
            ValueKind.Timestamp when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var instant) => Value.Of(instant),
            ValueKind.String => value,
            _ => null,
        };
    }
}
