namespace Shipcheck.Core.Expectations.Functions;

/// <summary><c>lower(s)</c>: the string in lower case (invariant culture), for case-insensitive comparisons.</summary>
internal static class LowerFunction
{
    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("lower", "lower(text)", 1, 1, CheckTypes, Invoke);

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        context.Require(0, "a string", ValueKind.String);
        return ValueKind.String;
    }

    private static Value Invoke(FunctionCallContext context) =>
        context.Arguments[0] is StringValue s ? Value.Of(s.Value.ToLowerInvariant()) : Value.Null;
}
