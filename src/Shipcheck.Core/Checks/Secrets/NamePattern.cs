namespace Shipcheck.Core.Checks.Secrets;

/// <summary>
/// A shell-style pattern where <c>*</c> matches any run of characters, compared case-insensitively against the whole
/// text: <c>*SECRET*</c> matches <c>APP_SECRET_KEY</c>. Used for sensitive names and for extra placeholders.
/// </summary>
internal static class NamePattern
{
    /// <summary>True when <paramref name="text"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string text) =>
        Matches(pattern.AsSpan(), text.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        // Classic greedy matcher with one backtrack point: linear enough for names, no regex to escape.
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (p < pattern.Length && char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}
