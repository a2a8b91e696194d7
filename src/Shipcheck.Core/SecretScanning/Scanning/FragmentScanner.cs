using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Finds a rule set's secrets in one file's text. A keyword hit opens a window on its line and the next (or 64 KiB
/// for a rule whose pattern crosses lines on purpose, like a PEM block), and the rule's regex runs only there;
/// rules without keywords run on the whole text. gitleaks runs the regex on the whole file once any keyword is in it;
/// the window keeps the cost proportional to the hits, and differs only for a match whose keyword sits more than a
/// line away from it.
/// </summary>
internal sealed partial class FragmentScanner
{
    private const int MultiLineWindow = 64 * 1024;

    private readonly SecretRuleSet _set;
    private readonly KeywordIndex _keywords;

    public FragmentScanner(SecretRuleSet set)
    {
        _set = set;
        _keywords = new KeywordIndex(set.Rules);
    }

    /// <summary>The findings in <paramref name="text"/>, the file at <paramref name="path"/> (relative, '/').</summary>
    public List<SecretFinding> Scan(FileText text, string path)
    {
        var findings = new List<SecretFinding>();
        var context = new MatchContext(text, path, findings);
        foreach (var (rule, windows) in Windows(text.Span, path))
        {
            foreach (var (start, end) in windows)
            {
                MatchIn(context, rule, start, end - start);
            }
        }
        foreach (var rule in _set.Rules.Where(r => r.Regex is null && r.Path is not null && r.Path.IsMatch(path)))
        {
            findings.Add(new SecretFinding
            {
                RuleId = rule.Id,
                Description = rule.Description,
                File = path,
                Secret = "",
                Match = "file detected",
                Tags = rule.Tags,
            });
        }
        return findings;
    }

    private List<(SecretRule Rule, List<(int Start, int End)> Windows)> Windows(ReadOnlySpan<char> text, string path)
    {
        var rules = _set.Rules;
        var byRule = new Dictionary<int, List<(int Start, int End)>>();
        foreach (var index in _keywords.AlwaysRun)
        {
            byRule[index] = [(0, text.Length)];
        }
        var hits = new List<(int Rule, int Position)>();
        _keywords.FindHits(text, (rule, position) => hits.Add((rule, position)));
        foreach (var (index, position) in hits)
        {
            var window = WindowAround(text, position, rules[index].SpansLines);
            if (!byRule.TryGetValue(index, out var windows))
            {
                byRule[index] = [window];
            }
            else if (windows[^1].End >= window.Start)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, window.End));
            }
            else
            {
                windows.Add(window);
            }
        }
        return [.. byRule
            .Where(r => rules[r.Key].Path is not { } only || only.IsMatch(path))
            .OrderBy(r => r.Key)
            .Select(r => (rules[r.Key], r.Value))];
    }

    private static (int Start, int End) WindowAround(ReadOnlySpan<char> text, int position, bool spansLines)
    {
        var start = text[..position].LastIndexOf('\n') + 1;
        var end = spansLines ? Math.Min(text.Length, start + MultiLineWindow) : LineEnd(text, LineEnd(text, position) + 1);
        return (start, LineEnd(text, end));
    }

    // The index just past the line holding position (its '\n' included), or the text's end.
    private static int LineEnd(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length)
        {
            return text.Length;
        }
        var newline = text[position..].IndexOf('\n');
        return newline < 0 ? text.Length : position + newline + 1;
    }
}
