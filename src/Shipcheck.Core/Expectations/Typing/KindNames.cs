namespace Shipcheck.Core.Expectations.Typing;

/// <summary>How types read in messages: "a number", "a duration", "null".</summary>
internal static class KindNames
{
    /// <summary>The type's name alone: number, duration.</summary>
    public static string Name(ValueKind kind) => kind switch
    {
        ValueKind.Bool => "boolean",
        ValueKind.Any => "value",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The type's name with an article: a number, an unknown value, null.</summary>
    public static string WithArticle(ValueKind kind) => kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Any => "a value known only at run time",
        _ => "a " + Name(kind),
    };
}
