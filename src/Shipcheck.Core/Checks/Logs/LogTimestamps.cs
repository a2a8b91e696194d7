using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads the timestamp a log line starts with: with an exact .NET format when the step gives one, otherwise ISO 8601 /
/// RFC 3339 or <c>yyyy-MM-dd HH:mm:ss</c> (optionally in brackets). Times without an offset are taken as UTC, so a
/// check means the same on every machine.
/// </summary>
internal sealed partial class LogTimestamps(string? exactFormat)
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    // The length the exact format renders to, for formats of fixed width (most log formats).
    private readonly int _exactLength = exactFormat is null ? 0 : new DateTime(2000, 12, 31, 23, 59, 59, 999).ToString(exactFormat, CultureInfo.InvariantCulture).Length;
    private readonly int _exactWords = exactFormat is null ? 0 : exactFormat.Count(c => c == ' ') + 1;

    /// <summary>The line's timestamp, or null when it does not start with one.</summary>
    public DateTimeOffset? Parse(string line) => exactFormat is null ? ParseDefault(line) : ParseExact(line, exactFormat);

    private static DateTimeOffset? ParseDefault(string line)
    {
        var match = IsoPrefix().Match(line);
        if (!match.Success)
        {
            return null;
        }
        var text = match.Groups[1].Value.Replace(',', '.');
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed) ? parsed : null;
    }

    private DateTimeOffset? ParseExact(string line, string format)
    {
        if (line.Length >= _exactLength && TryExact(line[.._exactLength], format) is { } byLength)
        {
            return byLength;
        }
        var words = line.Split(' ', _exactWords + 1);
        return words.Length >= _exactWords ? TryExact(string.Join(' ', words.Take(_exactWords)), format) : null;
    }

    private static DateTimeOffset? TryExact(string text, string format) =>
        DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, Styles, out var parsed) ? parsed : null;

    [GeneratedRegex(@"^\[?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,7})?(?:Z|[+-]\d{2}:?\d{2})?)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefix();
}
