using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Every rule's keywords found in one pass over a file (case-insensitive, as gitleaks lower-cases both the text and
/// the keywords): which rules may match and where, before any regex runs.
/// <para>
/// A <see cref="SearchValues{T}"/> of strings over the 244 keywords of gitleaks' config ran at about 50 MB/s: its
/// vectorized (Teddy) search has only 8 buckets, and with some 30 keywords in each nearly every position is a
/// candidate. Instead, each position's ASCII-lower-cased trigram (and bigram, for two-letter keywords like "ey") is
/// looked up in a bit table: one shift and two loads a character, and only the rare set bits are checked against the
/// keywords themselves. ASCII letters fold to lower case; a non-ASCII character never starts or joins a gram, which
/// is what gitleaks' lower-casing gives for the ASCII keywords every real config uses. Keywords of one character or
/// with non-ASCII characters fall back to a <see cref="SearchValues{T}"/> pass of their own.
/// </para>
/// </summary>
internal sealed partial class KeywordIndex
{
    private const int CharBits = 7;
    private const int BigramMask = (1 << (2 * CharBits)) - 1;
    private const int TrigramMask = (1 << (3 * CharBits)) - 1;

    private readonly ulong[] _bigramBits = new ulong[(BigramMask + 1) / 64];
    private readonly ulong[] _trigramBits = new ulong[(TrigramMask + 1) / 64];
    private readonly Dictionary<int, KeywordRules[]> _byBigram = [];
    private readonly KeywordTable _byTrigram;
    private readonly SearchValues<string>? _others;
    private readonly Dictionary<string, int[]> _otherRules = new(StringComparer.OrdinalIgnoreCase);

    private readonly record struct KeywordRules(string Keyword, int[] Rules);

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
        var bigrams = new Dictionary<int, List<KeywordRules>>();
        var trigrams = new Dictionary<int, List<KeywordRules>>();
        foreach (var (keyword, list) in rulesOf)
        {
            var entry = new KeywordRules(keyword, [.. list]);
            if (keyword.Length < 2 || !keyword.All(c => Fold(c) != 0))
            {
                _otherRules[keyword] = entry.Rules;
                continue;
            }
            var bigram = Gram(keyword[0], keyword[1]);
            if (keyword.Length == 2)
            {
                _bigramBits[bigram >> 6] |= 1UL << bigram;
                (bigrams.TryGetValue(bigram, out var same) ? same : bigrams[bigram] = []).Add(entry);
                // Any third character (or none) completes a trigram that starts with it.
                for (var third = 0; third < 128; third++)
                {
                    Set(_trigramBits, (bigram << CharBits) | third);
                }
                continue;
            }
            var trigram = Gram(bigram, keyword[2]);
            Set(_trigramBits, trigram);
            (trigrams.TryGetValue(trigram, out var alike) ? alike : trigrams[trigram] = []).Add(entry);
        }
        _byBigram = bigrams.ToDictionary(g => g.Key, g => g.Value.ToArray());
        _byTrigram = KeywordTable.Build(bigrams, trigrams, CharBits);
        _others = _otherRules.Count == 0 ? null : SearchValues.Create([.. _otherRules.Keys], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Rules with a regex and no keywords: they run on every file, over the whole text.</summary>
    public IReadOnlyList<int> AlwaysRun { get; }

    /// <summary>Adds (rule index, position) to <paramref name="hits"/> for every keyword occurrence, in position order.</summary>
    public void FindHits(ReadOnlySpan<char> text, List<(int Rule, int Position)> hits)
    {
        var gram = 0u;
        // References instead of indexing: this loop runs once a character over every file, and the bounds checks
        // the JIT cannot drop here (the gram is an index it cannot reason about) cost as much as the work. The gram
        // is masked only where it is used, which keeps the chain from one character to the next two instructions.
        ref var start = ref MemoryMarshal.GetReference(text);
        ref var fold = ref MemoryMarshal.GetReference(FoldTable);
        ref var trigramBits = ref MemoryMarshal.GetArrayDataReference(_trigramBits);
        for (var i = 0; i < text.Length; i++)
        {
            // The gram of the three characters ending at i, looked up for the position two back, so that bigram and
            // trigram hits come out in position order.
            gram = (gram << CharBits) | Unsafe.Add(ref fold, Math.Min((int)Unsafe.Add(ref start, i), 128));
            var trigram = (int)(gram & TrigramMask);
            if (((Unsafe.Add(ref trigramBits, trigram >> 6) >> trigram) & 1) != 0 && i >= 2)
            {
                Verify(text, i - 2, _byTrigram.Find(trigram), hits);
            }
        }
        if (text.Length >= 2)
        {
            // The last two characters form a bigram with no third character after them.
            var last = (int)(gram & BigramMask);
            if (IsSet(_bigramBits, last))
            {
                Verify(text, text.Length - 2, _byBigram[last], hits);
            }
        }
        if (_others is not null)
        {
            FindOthers(text, hits);
        }
    }

    private static void Verify(ReadOnlySpan<char> text, int position, KeywordRules[] candidates, List<(int Rule, int Position)> hits)
    {
        foreach (var (keyword, rules) in candidates)
        {
            if (StartsWithFolded(text[position..], keyword))
            {
                foreach (var rule in rules)
                {
                    hits.Add((rule, position));
                }
            }
        }
    }

    private void FindOthers(ReadOnlySpan<char> text, List<(int Rule, int Position)> hits)
    {
        var found = new List<(int Rule, int Position)>();
        for (var offset = 0; offset < text.Length;)
        {
            var at = text[offset..].IndexOfAny(_others!);
            if (at < 0)
            {
                break;
            }
            at += offset;
            foreach (var (keyword, rules) in _otherRules)
            {
                if (text[at..].StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                {
                    found.AddRange(rules.Select(rule => (rule, at)));
                }
            }
            offset = at + 1;
        }
        if (found.Count > 0)
        {
            hits.AddRange(found);
            // Stable, so hits at one position keep their order; the windows need each rule's hits in position order.
            var ordered = hits.OrderBy(h => h.Position).ToList();
            hits.Clear();
            hits.AddRange(ordered);
        }
    }

    private static bool StartsWithFolded(ReadOnlySpan<char> text, string keyword)
    {
        if (text.Length < keyword.Length)
        {
            return false;
        }
        for (var i = 0; i < keyword.Length; i++)
        {
            if (Fold(text[i]) != keyword[i])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSet(ulong[] bits, int gram) => (bits[gram >> 6] & (1UL << gram)) != 0;

    private static void Set(ulong[] bits, int gram) => bits[gram >> 6] |= 1UL << gram;

    private static int Gram(int gram, char next) => (gram << CharBits) | Fold(next);

    // ASCII lower case; 0 (never part of a keyword's gram) for NUL and every non-ASCII character. A table, not
    // comparisons: upper and lower case letters alternate unpredictably, and a mispredicted branch a letter costs
    // more than the load.
    private static int Fold(char c) => FoldTable[Math.Min(c, (char)128)];

    private static ReadOnlySpan<byte> FoldTable =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
        96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
        0,
    ];
}
