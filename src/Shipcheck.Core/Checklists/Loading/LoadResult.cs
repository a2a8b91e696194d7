namespace Shipcheck.Core.Checklists.Loading;

/// <summary>A loaded checklist, or every problem that kept it from loading. Never both.</summary>
public sealed record LoadResult(Checklist? Checklist, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when the checklist loaded without problems.</summary>
    public bool Success => Checklist is not null && Problems.Count == 0;
}
