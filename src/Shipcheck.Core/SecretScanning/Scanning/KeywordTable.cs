namespace Shipcheck.Core.SecretScanning.Scanning;

internal sealed partial class KeywordIndex
{
    /// <summary>
    /// The keywords that may start where a trigram's bit is set: the two-letter ones that are its first two
    /// characters, then the longer ones that start with all three. An open-addressing table over the few hundred set
    /// trigrams, because a <see cref="Dictionary{TKey, TValue}"/> lookup (two of them, one per keyword length) cost more
    /// than the rest of the search on the few percent of positions that reach it.
    /// </summary>
    private sealed class KeywordTable
    {
        private readonly int[] _grams;
        private readonly KeywordRules[][] _keywords;
        private readonly int _shift;

        private KeywordTable(int[] grams, KeywordRules[][] keywords, int shift)
        {
            _grams = grams;
            _keywords = keywords;
            _shift = shift;
        }

        public static KeywordTable Build(Dictionary<int, List<KeywordRules>> bigrams, Dictionary<int, List<KeywordRules>> trigrams, int charBits)
        {
            var byGram = new Dictionary<int, List<KeywordRules>>();
            foreach (var (bigram, keywords) in bigrams)
            {
                for (var third = 0; third < 1 << charBits; third++)
                {
                    (byGram.TryGetValue((bigram << charBits) | third, out var list) ? list : byGram[(bigram << charBits) | third] = []).AddRange(keywords);
                }
            }
            foreach (var (trigram, keywords) in trigrams)
            {
                (byGram.TryGetValue(trigram, out var list) ? list : byGram[trigram] = []).AddRange(keywords);
            }
            // At most a quarter full, so a probe rarely goes past its first slot.
            var bits = Math.Max(4, 64 - ulong.LeadingZeroCount((ulong)byGram.Count * 4));
            var shift = 32 - (int)bits;
            var grams = new int[1 << (int)bits];
            var keywordsOf = new KeywordRules[grams.Length][];
            foreach (var (gram, keywords) in byGram)
            {
                var slot = Slot(gram, shift, grams.Length);
                while (grams[slot] != 0)
                {
                    slot = (slot + 1) & (grams.Length - 1);
                }
                grams[slot] = gram + 1;
                keywordsOf[slot] = [.. keywords];
            }
            return new KeywordTable(grams, keywordsOf, shift);
        }

        /// <summary>The keywords for <paramref name="trigram"/>, whose bit is set (so it is in the table).</summary>
        public KeywordRules[] Find(int trigram)
        {
            var slot = Slot(trigram, _shift, _grams.Length);
            while (_grams[slot] != trigram + 1)
            {
                slot = (slot + 1) & (_grams.Length - 1);
            }
            return _keywords[slot];
        }

        // Fibonacci hashing: neighbouring grams (which differ in their last character) land far apart.
        private static int Slot(int gram, int shift, int length) => (int)(((uint)gram * 2654435769u) >> shift) & (length - 1);
    }
}
