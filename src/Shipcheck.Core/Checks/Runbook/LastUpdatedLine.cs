using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// Finds the date a runbook says it was last updated: a line outside code that starts (after list, quote or table
/// markers and bold or italic marks) with "Last Updated", "Last updated", "Last-Updated" or "Updated", then an optional
/// colon and "on", then a date YYYY-MM-DD: <c>**Last Updated**: 2025-10-14</c>, <c>_Updated:_ 2025-10-14</c>,
/// <c>| Last updated | 2025-10-14 |</c>. The first such line counts.
/// </summary>
internal static partial class LastUpdatedLine
{
    [GeneratedRegex(@"^[\s>*+\-|_]*(?:last[ \t_-]*updated|updated)[ \t*_:：|]*(?:on[ \t]+)?[ \t*_]*(\d{4}-\d{1,2}-\d{1,2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>The first such line: its number and the date, or null for a date that does not exist (2025-13-40).</summary>
    public static (int Line, DateOnly? Date)? Find(IEnumerable<(int Line, string Text)> lines)
    {
        foreach (var (line, text) in lines)
        {
            var match = Pattern().Match(text);
            if (match.Success)
            {
                return (line, DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : null);
            }
        }
        return null;
    }
}
