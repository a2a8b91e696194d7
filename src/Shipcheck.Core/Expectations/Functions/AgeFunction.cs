using System.Globalization;

namespace Shipcheck.Core.Expectations.Functions;

/// <summary><c>age(t)</c>: how long ago <c>t</c> was, by the scope's clock.</summary>
internal static class AgeFunction
{
    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("age", "age(timestamp)", 1, 1, CheckTypes, Invoke);

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        context.Require(0, "a timestamp, an ISO 8601 date string or unix seconds", ValueKind.Timestamp, ValueKind.String, ValueKind.Number);
        return ValueKind.Duration;
    }

    private static Value Invoke(FunctionCallContext context) => ToInstant(context.Arguments[0]) is { } instant
        ? Value.Of(context.Scope.Time.GetUtcNow() - instant)
        : Value.Null;

    /// <summary>The point in time a value stands for, or null when it stands for none.</summary>
    public static DateTimeOffset? ToInstant(Value value) => value switch
    {
        TimestampValue t => t.Value,
        StringValue s when DateTimeOffset.TryParse(s.Value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed) => parsed,
        NumberValue n when double.IsFinite(n.Value) && Math.Abs(n.Value) < 253_402_300_799 =>
            DateTimeOffset.UnixEpoch.AddMilliseconds(Math.Round(n.Value * 1000)),
        _ => null,
    };
}
