using System.Buffers;
using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Every rule's keywords in one vectorized multi-string search (case-insensitive, as gitleaks lower-cases both the
/// text and the keywords): one pass over a file says which rules may match and where, before any regex runs.
/// </summary>
internal sealed class KeywordIndex
{
    private readonly SearchValues<string>? _any;
    private readonly Dictionary<char, (string Keyword, int[] Rules)[]> _byFirstChar;

    public KeywordIndex(IReadOnlyList<SecretRule> rules)
    {
        var rulesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var always = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Regex is null)
            {
                continue;
            }
            if (rules[i].Keywords.Count == 0)
            {
                always.Add(i);
            }
            foreach (var keyword in rules[i].Keywords.Where(k => k.Length > 0).Select(k => k.ToLowerInvariant()).Distinct())
            {
                (rulesOf.TryGetValue(keyword, out var list) ? list : rulesOf[keyword] = []).Add(i);
            }
        }
        AlwaysRun = always;
        _any = rulesOf.Count == 0 ? null : SearchValues.Create([.. rulesOf.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstChar = rulesOf
            .GroupBy(k => k.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(k => (k.Key, k.Value.ToArray())).ToArray());
    }

    /// <summary>Rules with a regex and no keywords: they run on every file, over the whole text.</summary>
    public IReadOnlyList<int> AlwaysRun { get; }

    /// <summary>Calls <paramref name="onHit"/> with (rule index, position) for every keyword occurrence in <paramref name="text"/>.</summary>
    public void FindHits(ReadOnlySpan<char> text, Action<int, int> onHit)
    {
        if (_any is null)
        {
            return;
        }
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(_any);
            if (found < 0)
            {
                return;
            }
            var at = offset + found;
            if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[at]), out var candidates))
            {
                foreach (var (keyword, rules) in candidates)
                {
                    if (text[at..].StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (var rule in rules)
                        {
                            onHit(rule, at);
                        }
                    }
                }
            }
            offset = at + 1;
        }
    }
}
