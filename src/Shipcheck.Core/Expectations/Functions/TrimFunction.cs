namespace Shipcheck.Core.Expectations.Functions;

/// <summary><c>trim(s)</c>: the string without leading and trailing white space.</summary>
internal static class TrimFunction
{
    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("trim", "trim(text)", 1, 1, CheckTypes, Invoke);

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        context.Require(0, "a string", ValueKind.String);
        return ValueKind.String;
    }

    private static Value Invoke(FunctionCallContext context) =>
        context.Arguments[0] is StringValue s ? Value.Of(s.Value.Trim()) : Value.Null;
}
