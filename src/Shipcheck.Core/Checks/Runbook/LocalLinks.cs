using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// Checks the runbook's relative links and anchors: a path resolves from the runbook's folder (a leading '/' from the
/// top of the repository, else the runbook's folder) to a file or folder that exists, and an anchor matches a heading
/// slug of the target when it is Markdown (<c>.md</c>, <c>.markdown</c>). Anchors are compared case-insensitively.
/// </summary>
internal sealed class LocalLinks(string runbookPath, string shown, RunbookDocument runbook, string root)
{
    private readonly Dictionary<string, IReadOnlyList<Heading>?> _targets = new(StringComparer.Ordinal);

    /// <summary>A Fail per broken link, and how many links were checked.</summary>
    public (List<Finding> Broken, int Checked) Check(IEnumerable<(MarkdownLink Link, LinkTarget Target)> links)
    {
        var broken = new List<Finding>();
        var count = 0;
        foreach (var (link, target) in links)
        {
            count++;
            if (Problem(link, target) is { } problem)
            {
                broken.Add(Finding.Fail(link.Url.Length == 0 ? "(empty link)" : link.Url, problem, $"{shown}:{link.Line}:{link.Column}"));
            }
        }
        return (broken, count);
    }

    private string? Problem(MarkdownLink link, LinkTarget target)
    {
        if (link.Url.Trim().Length == 0)
        {
            return "is an empty link: give it a target";
        }
        if (target.Kind == LinkKind.Anchor)
        {
            return AnchorProblem(target.Anchor ?? "", runbook.Headings, "this runbook");
        }
        var full = target.Path.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(root, target.Path.TrimStart('/')))
            : Path.GetFullPath(target.Path, Path.GetDirectoryName(runbookPath)!);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return $"points to {target.Path}, which does not exist: fix the path or add the file";
        }
        if (target.Anchor is not { Length: > 0 } anchor || !IsMarkdown(full) || !File.Exists(full))
        {
            return null;
        }
        return HeadingsOf(full) is { } headings ? AnchorProblem(anchor, headings, target.Path) : null;
    }

    private static string? AnchorProblem(string anchor, IReadOnlyList<Heading> headings, string where)
    {
        if (anchor.Length == 0 || headings.Any(h => string.Equals(h.Slug, anchor, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var hint = Suggestions.Closest(anchor, headings.Select(h => h.Slug)) is { } close ? $"did you mean #{close}?" : "link to one of its headings";
        return $"#{anchor} matches no heading of {where}: {hint}";
    }

    // A target that cannot be read is not this check's business: the link resolves, its anchors go unchecked.
    private IReadOnlyList<Heading>? HeadingsOf(string path)
    {
        if (string.Equals(path, runbookPath, StringComparison.Ordinal))
        {
            return runbook.Headings;
        }
        if (!_targets.TryGetValue(path, out var headings))
        {
            headings = SmallTextFile.TryRead(path, 4 * 1024 * 1024, "Markdown file", out var text, out _) ? RunbookDocument.Parse(text!).Headings : null;
            _targets[path] = headings;
        }
        return headings;
    }

    private static bool IsMarkdown(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown";
}
