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
    private readonly ExistenceCheck?[] _existence;

    /// <param name="set">The rules.</param>
    /// <param name="time">The clock the engine choice measures interpreted matching with.</param>
    /// <param name="interpreterBudget">What each rule may spend on the interpreter (<see cref="ExistenceCheck"/>); zero for none.</param>
    public FragmentScanner(SecretRuleSet set, TimeProvider time, TimeSpan interpreterBudget)
    {
        _set = set;
        _keywords = new KeywordIndex(set.Rules);
        _existence = [.. set.Rules.Select(r => r.Regex is { } regex ? new ExistenceCheck(regex, time, interpreterBudget) : null)];
    }


    /// <summary>The findings in <paramref name="text"/>, the file at <paramref name="path"/> (relative, '/').</summary>
    public List<SecretFinding> Scan(FileText text, string path)
    {
        var findings = new List<SecretFinding>();
        var context = new MatchContext(text, path, findings);
        foreach (var (index, windows) in Windows(text.Span, path))
        {
            foreach (var (start, end) in windows)
            {
                MatchIn(context, index, start, end - start);
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

    private List<(int Rule, List<(int Start, int End)> Windows)> Windows(ReadOnlySpan<char> text, string path)
    {
        var rules = _set.Rules;
        var byRule = new Dictionary<int, RuleWindows>();
        foreach (var index in _keywords.AlwaysRun)
        {
            byRule[index] = new RuleWindows { Windows = [(0, text.Length)], HitLineEnd = text.Length };
        }
        var hits = new List<(int Rule, int Position)>();
        _keywords.FindHits(text, hits);
        foreach (var (index, position) in hits)
        {
            if (!byRule.TryGetValue(index, out var windows))
            {
                byRule[index] = windows = new RuleWindows();
            }
            windows.Add(text, position, rules[index].SpansLines);
        }
        return [.. byRule
            .Where(r => rules[r.Key].Path is not { } only || only.IsMatch(path))
            .OrderBy(r => r.Key)
            .Select(r => (r.Key, r.Value.Windows))];
    }

    /// <summary>
    /// One rule's windows, built from its hits in position order. Every character is looked at a bounded number of
    /// times: a hit on the line of the previous hit changes nothing, and a line's start is searched for only back to
    /// the previous hit's line end (a minified file's one long line with thousands of hits stays linear).
    /// </summary>
    private sealed class RuleWindows
    {
        public List<(int Start, int End)> Windows { get; init; } = [];

        // Just past the line of the last hit: hits before it fall on that line and give the same window.
        public int HitLineEnd { get; set; }

        public void Add(ReadOnlySpan<char> text, int position, bool spansLines)
        {
            if (position < HitLineEnd)
            {
                return;
            }
            var start = HitLineEnd + text[HitLineEnd..position].LastIndexOf('\n') + 1;
            HitLineEnd = LineEnd(text, position);
            if (!spansLines)
            {
                // The hit's line and the ones after it: the end of the line holding the character after the next
                // line's start, then of the line after that (a match may run past its keyword's line).
                Extend(start, LineEnd(text, LineEnd(text, HitLineEnd + 1)));
                return;
            }
            var reach = Math.Min(text.Length, start + MultiLineWindow);
            if (Windows.Count > 0 && Windows[^1].End >= start && reach < Windows[^1].End)
            {
                // A line end is never before a position on its line, so a reach inside the last window ends there.
                return;
            }
            Extend(start, LineEnd(text, reach));
        }

        private void Extend(int start, int end)
        {
            if (Windows.Count > 0 && Windows[^1].End >= start)
            {
                Windows[^1] = (Windows[^1].Start, Math.Max(Windows[^1].End, end));
            }
            else
            {
                Windows.Add((start, end));
            }
        }
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
