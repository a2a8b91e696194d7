namespace Shipcheck.Core.Expectations.Functions;

/// <summary>
/// <c>count(x)</c>: the number of items in a list or map; <c>count("text")</c> on a <c>logs</c> step: how many log lines
/// contain that text (the entry of the <c>counts</c> observation).
/// </summary>
internal static class CountFunction
{
    /// <summary>The observation <c>count("text")</c> reads.</summary>
    public const string CountsObservation = "counts";

    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("count", "count(list)", 1, 1, CheckTypes, Invoke) { Reads = CountsObservation };

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        var text = context.ArgumentTexts[0];
        if (context.Arguments[0] == ValueKind.String && IsPlainStringLiteral(text))
        {
            if (context.Scope.TypeOf(CountsObservation) is null)
            {
                context.Reject(0, $"count({text}) counts log lines; use it on a logs step",
                    "on other steps count() counts the items of a list or map: count(list)");
            }
        }
        else if (context.Arguments[0] == ValueKind.String)
        {
            context.Reject(0, $"count() counts the items of a list or map; `{text}` is a string",
                $"for the length of a string write len({text})");
        }
        else
        {
            context.Require(0, "a list or a map", ValueKind.List, ValueKind.Map);
        }
        return ValueKind.Number;
    }

    // Only a constant string can be counted: the probe learns its patterns from the expression before it runs.
    private static bool IsPlainStringLiteral(string text) =>
        text.Length >= 2 && text[0] is '"' or '\'' && !text.Contains("${", StringComparison.Ordinal);

    private static Value Invoke(FunctionCallContext context) => context.Arguments[0] switch
    {
        ListValue l => Value.Of(l.Items.Count),
        MapValue m => Value.Of(m.Entries.Count),
        StringValue s => CountOf(s.Value, context.Scope),
        _ => Value.Null,
    };

    // Null outside a logs step (no counts observed) so count(some_string) keeps meaning "not countable".
    private static Value CountOf(string pattern, IValueScope scope) => scope.Lookup(CountsObservation) switch
    {
        MapValue counts => counts.Entries.TryGetValue(pattern, out var n) ? n : Value.Of(0),
        _ => Value.Null,
    };
}
