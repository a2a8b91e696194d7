using System.Globalization;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// Whether a heading is about a section: its text contains one of the section's names, case-insensitively, starting
/// at a word (so "Health Checks" and "Healthcheck" are about health, "Unhealthy hosts" is not). In scripts written
/// without spaces between words (Hangul, Han, kana) a name counts anywhere, so "롤백절차" is about 롤백.
/// </summary>
internal static class SectionMatch
{
    /// <summary>The first heading about any of <paramref name="names"/>, or null.</summary>
    public static Heading? Find(IReadOnlyList<Heading> headings, IReadOnlyList<string> names) =>
        headings.FirstOrDefault(h => names.Any(name => Mentions(h.Text, name)));

    /// <summary>True when <paramref name="heading"/> mentions <paramref name="name"/> by the rule above.</summary>
    public static bool Mentions(string heading, string name)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return false;
        }
        for (var at = heading.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = heading.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(heading[at - 1]) || Spaceless(name[0]) || Spaceless(heading[at - 1]))
            {
                return true;
            }
        }
        return false;
    }

    // Hangul Jamo, and the letters of East Asian scripts (Han, kana, Hangul syllables) from U+2E80 on.
    private static bool Spaceless(char c) =>
        c is >= '\u1100' and <= '\u11FF'
        || (c >= '\u2E80' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter);
}
