namespace Shipcheck.Core.Checks.Secrets;

/// <summary>
/// Values that only stand in for the real one, compared case-insensitively after trimming:
/// a value that contains <c>changeme</c>, <c>change_me</c>, <c>change-me</c> or <c>example</c>; the word <c>TODO</c>,
/// <c>FIXME</c> or <c>TBD</c>; a value that starts with <c>your-</c>, <c>your_</c> or <c>your </c>; a value wrapped in
/// <c>&lt;…&gt;</c>; three or more x's standing alone (<c>xxx</c>, <c>sk_xxx</c>) or four or more anywhere
/// (<c>AKIAXXXXXXXX</c>); a value that is exactly <c>placeholder</c>, <c>replaceme</c>, <c>replace_me</c>,
/// <c>replace-me</c>, <c>dummy</c>, <c>secret</c>, <c>password</c> or <c>none</c>; and the step's own
/// <c>placeholders</c> patterns (whole value, <c>*</c> for any run).
/// </summary>
internal static class Placeholders
{
    private static readonly string[] Contained = ["changeme", "change_me", "change-me", "example"];
    private static readonly string[] Words = ["todo", "fixme", "tbd"];
    private static readonly string[] Prefixes = ["your-", "your_", "your "];
    private static readonly string[] Whole = ["placeholder", "replaceme", "replace_me", "replace-me", "dummy", "secret", "password", "none"];

    /// <summary>True when <paramref name="value"/> is a placeholder by the rules above or one of <paramref name="extra"/>.</summary>
    public static bool IsPlaceholder(string value, IReadOnlyList<string> extra)
    {
        var text = value.Trim();
        return Contained.Any(c => text.Contains(c, StringComparison.OrdinalIgnoreCase))
            || Words.Any(w => HasWord(text, w))
            || Prefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || Whole.Any(w => text.Equals(w, StringComparison.OrdinalIgnoreCase))
            || (text.Length > 2 && text[0] == '<' && text[^1] == '>')
            || HasXRun(text)
            || extra.Any(pattern => NamePattern.Matches(pattern, text));
    }

    private static bool HasWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!IsLetterOrDigit(text, at - 1) && !IsLetterOrDigit(text, at + word.Length))
            {
                return true;
            }
        }
        return false;
    }

    // Random keys hold "xxx" now and then, so a short run counts only when nothing alphanumeric touches it.
    private static bool HasXRun(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            if (text[start] is not ('x' or 'X'))
            {
                start++;
                continue;
            }
            var end = start;
            while (end < text.Length && text[end] is 'x' or 'X')
            {
                end++;
            }
            var run = end - start;
            if (run >= 4 || (run == 3 && !IsLetterOrDigit(text, start - 1) && !IsLetterOrDigit(text, end)))
            {
                return true;
            }
            start = end;
        }
        return false;
    }

    private static bool IsLetterOrDigit(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
