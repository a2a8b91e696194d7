using static Shipcheck.Core.Expectations.Typing.KindNames;

namespace Shipcheck.Core.Expectations.Typing;

/// <summary>Every type error's wording, written once. <c>text</c> arguments are the offending code as written.</summary>
internal static class TypeErrors
{
    public static ExpressionError UnknownName(int offset, string name, string? hint) =>
        new(offset, $"unknown name '{name}'", hint);

    public static ExpressionError UnknownVariable(int offset, string name) =>
        new(offset, $"unknown variable '${{{name}}}'", $"declare it under vars: or pass --var {name}=VALUE");

    public static ExpressionError UnknownFunction(int offset, string name, string? hint) =>
        new(offset, $"unknown function '{name}'", hint);

    public static ExpressionError ArgumentCount(int offset, string name, int min, int max, int given, string usage) =>
        new(offset, $"{name}() takes {Count(min, max)}, not {given}", $"write {usage}");

    public static ExpressionError NotACondition(int offset, string text, ValueKind kind) =>
        new(offset, $"`{text}` is {WithArticle(kind)}, not a condition", kind switch
        {
            ValueKind.Number => $"compare it: {text} == 200",
            ValueKind.String => $"compare it: {text} == \"ok\"",
            ValueKind.Duration => $"compare it: {text} < 500ms",
            ValueKind.Size => $"compare it: {text} < 10MB",
            ValueKind.Timestamp => $"measure its age: age({text}) < 2m",
            ValueKind.List => $"count it: len({text}) > 0",
            ValueKind.Map => $"compare one of its members: {text}.name == \"ok\"",
            _ => "write a condition such as x == null",
        });

    public static ExpressionError Mismatch(int offset, string text, ValueKind left, ValueKind right, string hint) =>
        new(offset, $"`{text}` compares {WithArticle(left)} with {WithArticle(right)}", hint);

    public static ExpressionError NotOrdered(int offset, string op, string text, ValueKind kind) =>
        new(offset, $"'{op}' needs numbers, strings, durations, sizes or timestamps; `{text}` is {WithArticle(kind)}", kind switch
        {
            ValueKind.Bool => "compare booleans with == or !=",
            ValueKind.List => $"compare its length: len({text})",
            ValueKind.Map => $"compare one of its members: {text}.name",
            _ => "compare it with == or !=",
        });

    public static ExpressionError NotSearchable(int offset, string text, ValueKind kind) =>
        new(offset, $"'contains' looks inside a string, list or map; `{text}` is {WithArticle(kind)}", "compare it with == instead");

    public static ExpressionError SearchForNonString(int offset, string text, ValueKind kind, bool inMap) =>
        new(offset, inMap
                ? $"'contains' on a map looks for a key, which is a string; `{text}` is {WithArticle(kind)}"
                : $"'contains' on a string looks for text; `{text}` is {WithArticle(kind)}",
            $"write it in quotes: \"{text.Trim('"', '\'')}\"");

    public static ExpressionError NotMatchable(int offset, string text, ValueKind kind) =>
        new(offset, $"'matches' tests a string against a pattern; `{text}` is {WithArticle(kind)}", "compare it with == instead");

    public static ExpressionError PatternNotString(int offset, string text, ValueKind kind) =>
        new(offset, $"the pattern of 'matches' must be a string; `{text}` is {WithArticle(kind)}", "write it in quotes: x matches \"^v[0-9]+\"");

    public static ExpressionError BadPattern(int offset, string pattern, string reason) =>
        new(offset, $"the pattern \"{pattern}\" is not a valid regular expression: {reason}",
            "patterns use .NET regular expression syntax; escape special characters with a backslash");

    public static ExpressionError NotACollection(int offset, string text, ValueKind kind) =>
        new(offset, $"'in' looks in a list, map or string; `{text}` is {WithArticle(kind)}", "write a list: x in [1, 2]");

    public static ExpressionError BadArithmetic(int offset, string op, ValueKind left, ValueKind right) =>
        new(offset, $"'{op}' cannot combine {WithArticle(left)} and {WithArticle(right)}",
            "arithmetic works on numbers, durations and sizes, and a number may scale a duration or size: 2 * 500ms");

    public static ExpressionError BadNegation(int offset, string text, ValueKind kind) =>
        new(offset, $"'-' negates numbers and durations; `{text}` is {WithArticle(kind)}", null);

    public static ExpressionError NoMembers(int offset, string text, ValueKind kind, string member) =>
        new(offset, $"`{text}` is {WithArticle(kind)} and has no member '{member}'", kind == ValueKind.List
            ? $"take an item first: {text}[0].{member}"
            : "members belong to maps such as json or headers");

    public static ExpressionError NotIndexable(int offset, string text, ValueKind kind) =>
        new(offset, $"`{text}` is {WithArticle(kind)} and cannot be indexed", "[...] reads an item of a list or a member of a map");

    public static ExpressionError BadIndex(int offset, string text, ValueKind container, ValueKind index) =>
        new(offset, container == ValueKind.List
                ? $"a list is indexed by position; `{text}` is {WithArticle(index)}"
                : $"a map is indexed by name; `{text}` is {WithArticle(index)}",
            container == ValueKind.List ? "write x[0] for the first item, x[-1] for the last" : "write x[\"name\"]");

    private static string Count(int min, int max) =>
        min == max ? $"{min} argument{(min == 1 ? "" : "s")}" : $"{min} to {max} arguments";
}
