namespace Shipcheck.Core.Markdown.Reading;

/// <summary>Recognises an expected-result line in prose (<c>**Expected**: …</c>) or as a comment in a code block.</summary>
internal static class ExpectedMarkers
{
    private static readonly string[] Prefixes = ["- ", "* ", "+ ", "> ", "# ", "#", "// ", "-- "];

    /// <summary>The text after the marker (possibly empty), or null when the line is not an expected line.</summary>
    public static string? Match(string line, MarkdownReadOptions options, bool comment)
    {
        var s = line.Trim();
        if (comment)
        {
            if (!s.StartsWith('#') && !s.StartsWith("//", StringComparison.Ordinal) && !s.StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }
        }
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var prefix in Prefixes.Where(p => s.StartsWith(p, StringComparison.Ordinal)))
            {
                s = s[prefix.Length..].TrimStart();
                stripped = true;
                break;
            }
        }
        s = s.TrimStart('*', '_');
        foreach (var marker in options.ExpectedMarkers.OrderByDescending(m => m.Length))
        {
            if (s.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                var rest = s[marker.Length..].TrimStart('*', '_');
                if (rest.StartsWith(':') || rest.StartsWith('：'))
                {
                    return rest[1..].Trim().TrimStart('*', '_').Trim();
                }
            }
        }
        return null;
    }
}
