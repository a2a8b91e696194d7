namespace Shipcheck.Core.Checklists;

/// <summary>One problem found while loading a checklist: where, what, and how to fix it.</summary>
public sealed record Diagnostic(SourceSpan Span, string Message, string? Hint = null)
{
    /// <summary>One line a user reads: <c>file:line:col: message (at path) — hint</c>.</summary>
    public string Render()
    {
        var at = Span.YamlPath.Length > 0 ? $" (at {Span.YamlPath})" : "";
        var hint = Hint is null ? "" : $"\n    hint: {Hint}";
        return $"{Span}: {Message}{at}{hint}";
    }
}
