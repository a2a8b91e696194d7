using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// The anchors GitHub gives headings (github-slugger): lower-case, every character that is not a letter, mark, number,
/// '_', '-' or space dropped, spaces turned into '-'; Korean and other letters stay. A repeated slug gets -1, -2….
/// </summary>
internal sealed class HeadingSlugs
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The slug of the next heading with text <paramref name="text"/>, unique among those given so far.</summary>
    public string Next(string text)
    {
        var slug = Slug(text);
        var result = slug;
        for (var count = 1; !_taken.Add(result); count++)
        {
            result = $"{slug}-{count}";
        }
        return result;
    }

    /// <summary>One heading's slug, before duplicates are numbered.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (rune.Value is '-' or '_' || Kept(Rune.GetUnicodeCategory(rune)))
            {
                slug.Append(rune.ToString());
            }
        }
        return slug.ToString();
    }

    private static bool Kept(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.ConnectorPunctuation;
}
