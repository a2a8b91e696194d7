namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>Every syntax error's wording, written once. Columns are 1-based positions inside the expression.</summary>
internal static class SyntaxErrors
{
    private const string ValueHint = "expected a value here: a name, a number, a string, a duration, a size or '('";

    public static ExpressionError Empty() =>
        new(0, "the expression is empty", "write a condition such as status == 200");

    public static ExpressionError UnterminatedString(int offset, char quote) =>
        new(offset, $"the string starting at column {offset + 1} is never closed", $"end it with {quote}");

    public static ExpressionError UnknownEscape(int offset, char escaped) =>
        new(offset, $"'\\{escaped}' is not an escape sequence", "use \\\" \\' \\\\ \\n \\t or \\r; write \\\\ for a backslash");

    public static ExpressionError UnclosedReference(int offset) =>
        new(offset, $"'${{' at column {offset + 1} is never closed", "close the reference with '}', or write '$${' for a literal '${'");

    public static ExpressionError BadVariableName(int offset, string name) =>
        new(offset, name.Length == 0 ? "empty reference '${}'" : $"'{name}' is not a valid variable name",
            "variable names use letters, digits and '_', not starting with a digit; environment variables are ${env.NAME}");

    public static ExpressionError BadQuantity(int offset, string text) =>
        new(offset, $"'{text}' is not a number, duration or size",
            $"durations use {Durations.Units} (500ms, 1h30m); sizes use {Sizes.Units} (10MB)");

    public static ExpressionError UnexpectedCharacter(int offset, char c) =>
        new(offset, $"unexpected character '{c}' at column {offset + 1}",
            "operators are == != < <= > >= and or not contains matches in + - * /");

    public static ExpressionError SingleEquals(int offset) =>
        new(offset, $"'=' at column {offset + 1} is not an operator", "compare with '=='");

    public static ExpressionError SingleAmpersand(int offset) =>
        new(offset, $"'&' at column {offset + 1} is not an operator", "write 'and' (or '&&')");

    public static ExpressionError SinglePipe(int offset) =>
        new(offset, $"'|' at column {offset + 1} is not an operator", "write 'or' (or '||')");

    public static ExpressionError NeverClosed(Token open, char close) =>
        new(open.Offset, $"'{open.Text}' at column {open.Offset + 1} is never closed", $"add the missing '{close}'");

    public static ExpressionError UnmatchedClose(Token close) =>
        new(close.Offset, $"'{close.Text}' at column {close.Offset + 1} has no matching '{(close.Text == ")" ? "(" : "[")}'",
            "remove it, or add the opening bracket it closes");

    public static ExpressionError EndsEarly(Token previous) =>
        new(previous.Offset, $"the expression ends too early, after '{previous.Text}'", $"write a value after '{previous.Text}'");

    public static ExpressionError ExpectedValue(Token token) =>
        new(token.Offset, $"unexpected '{token.Text}' at column {token.Offset + 1}", ValueHint);

    public static ExpressionError Trailing(Token token) =>
        new(token.Offset, $"unexpected '{token.Text}' at column {token.Offset + 1} after a complete expression",
            IsUpperCaseKeyword(token.Text)
                ? $"operators are lower case: {token.Text.ToLowerInvariant()}"
                : "join conditions with 'and' or 'or', or compare with an operator such as ==");

    public static ExpressionError ChainedComparison(Token op) =>
        new(op.Offset, $"comparisons do not chain: '{op.Text}' at column {op.Offset + 1} follows another comparison",
            "write a < b and b < c");

    public static ExpressionError ExpectedMemberName(Token dot, Token next) => next.Kind == TokenKind.Number
        ? new(dot.Offset, $"'.' at column {dot.Offset + 1} follows a number", "write versions and other dotted numbers in quotes: \"1.2.3\"")
        : new(dot.Offset, $"expected a name after '.' at column {dot.Offset + 1}",
            "write a member name such as json.status; use [\"...\"] for names with other characters");

    public static ExpressionError ExpectedComma(Token token, string what) =>
        new(token.Offset, $"unexpected '{token.Text}' at column {token.Offset + 1} in {what}", "separate items with ','");

    public static ExpressionError TooDeep(int offset, int limit) =>
        new(offset, $"the expression nests more than {limit} levels deep", "split it into several simpler expectations");

    public static ExpressionError TooLong(int offset, int limit) =>
        new(offset, $"the expression chains more than {limit} operators", "split it into several simpler expectations");

    private static bool IsUpperCaseKeyword(string text) =>
        text is "AND" or "OR" or "NOT" or "And" or "Or" or "Not" or "CONTAINS" or "MATCHES" or "IN";
}
