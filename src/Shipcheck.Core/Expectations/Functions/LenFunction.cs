namespace Shipcheck.Core.Expectations.Functions;

/// <summary><c>len(x)</c>: the length of a string, or the number of items in a list or map.</summary>
internal static class LenFunction
{
    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("len", "len(x)", 1, 1, CheckTypes, Invoke);

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        context.Require(0, "a string, a list or a map", ValueKind.String, ValueKind.List, ValueKind.Map);
        return ValueKind.Number;
    }

    private static Value Invoke(FunctionCallContext context) => context.Arguments[0] switch
    {
        StringValue s => Value.Of(s.Value.Length),
        ListValue l => Value.Of(l.Items.Count),
        MapValue m => Value.Of(m.Entries.Count),
        _ => Value.Null,
    };
}
