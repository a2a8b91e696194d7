namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>Writes text as a string literal of the expectation language.</summary>
internal static class ExpressionText
{
    /// <summary>A double-quoted literal: backslash and quote escaped, <c>${</c> written as <c>$${</c> so it is no variable.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("${", "$${", StringComparison.Ordinal) + "\"";
}
