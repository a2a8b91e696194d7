namespace Shipcheck.Core.Checklists;

/// <summary>Collects every problem in a checklist so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The problems found so far, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one problem was reported.</summary>
    public bool HasErrors => _items.Count > 0;

    /// <summary>Reports a problem.</summary>
    public void Add(SourceSpan span, string message, string? hint = null) => _items.Add(new Diagnostic(span, message, hint));

    /// <summary>Reports a problem already built.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>The problems sorted by position in the file, which is how users read them.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
}
