namespace Shipcheck.Core.Expectations.Functions;

/// <summary><c>count(x)</c>: the number of items in a list or map.</summary>
internal static class CountFunction
{
    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("count", "count(list)", 1, 1, CheckTypes, Invoke);

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        if (context.Arguments[0] == ValueKind.String)
        {
            context.Reject(0, $"count() counts the items of a list or map; `{context.ArgumentTexts[0]}` is a string",
                $"for the length of a string write len({context.ArgumentTexts[0]})");
        }
        else
        {
            context.Require(0, "a list or a map", ValueKind.List, ValueKind.Map);
        }
        return ValueKind.Number;
    }

    private static Value Invoke(FunctionCallContext context) => context.Arguments[0] switch
    {
        ListValue l => Value.Of(l.Items.Count),
        MapValue m => Value.Of(m.Entries.Count),
        _ => Value.Null,
    };
}
