using System.Text.RegularExpressions;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>Finds the blanks on a line (<c>____</c>, <c>__:__</c>, in backticks or not) with the label before each.</summary>
internal static partial class BlankFinder
{
    public static IEnumerable<(string Label, BlankKind Kind)> Find(string line)
    {
        var from = 0;
        foreach (Match blank in Blank().Matches(line))
        {
            var label = Clean(line[from..blank.Index]);
            from = blank.Index + blank.Length;
            yield return (label, KindOf(label, blank.Value.Contains(':')));
        }
    }

    /// <summary>The line with its blanks, in order, replaced by <paramref name="values"/> (a null value leaves its blank).</summary>
    public static string Fill(string line, IReadOnlyList<string?> values)
    {
        var index = 0;
        return Blank().Replace(line, blank => index < values.Count && values[index++] is { } value ? $"`{value}`" : blank.Value);
    }

    private static string Clean(string text)
    {
        var s = BoxMarkers.WithoutListMarker(text);
        s = s.Replace("[ ]", "", StringComparison.Ordinal).Replace("[x]", "", StringComparison.OrdinalIgnoreCase);
        s = s.Replace("*", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim();
        return s.TrimEnd(':', '：').Trim();
    }

    // Commit before user before time: "Previous commit hash noted", "Deployed By", "Deployment started at".
    private static BlankKind KindOf(string label, bool clock)
    {
        var l = label.ToLowerInvariant();
        if (l.Contains("commit") || l.Contains("hash"))
        {
            return BlankKind.Commit;
        }
        if (l.EndsWith(" by", StringComparison.Ordinal) || l.Contains("engineer") || l.Contains("reviewer") || l.Contains("owner") || l.Contains("user") || l.Contains("who"))
        {
            return BlankKind.User;
        }
        if (clock || l.Contains("date") || l.Contains("time") || l.EndsWith(" at", StringComparison.Ordinal))
        {
            return BlankKind.Time;
        }
        return BlankKind.Other;
    }

    [GeneratedRegex(@"`?(?:_{1,2}:_{1,2}|_{3,})`?")]
    private static partial Regex Blank();
}
