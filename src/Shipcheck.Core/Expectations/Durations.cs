using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Expectations;

/// <summary>Reads and writes durations the way checklists spell them: <c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h30m</c>.</summary>
public static partial class Durations
{
    /// <summary>The units a duration may use, for hints.</summary>
    public const string Units = "ms, s, m, h, d";

    /// <summary>Parses a duration; false when the text is not one (negative durations are not).</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }
        var match = DurationPattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }
        double totalMs = 0;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitMatch = PartPattern().Match(part.Value);
            var amount = double.Parse(unitMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            totalMs += amount * unitMatch.Groups[2].Value switch
            {
                "ms" => 1,
                "s" => 1000,
                "m" => 60_000,
                "h" => 3_600_000,
                "d" => 86_400_000,
                _ => double.NaN,
            };
        }
        if (double.IsNaN(totalMs) || totalMs > TimeSpan.MaxValue.TotalMilliseconds)
        {
            return false;
        }
        duration = TimeSpan.FromMilliseconds(totalMs);
        return true;
    }

    /// <summary>The shortest exact spelling: <c>1m30s</c>, <c>250ms</c>, <c>1.5s</c> for fractions of a second above one.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return "-" + Format(-duration);
        }
        if (duration < TimeSpan.FromSeconds(1))
        {
            return $"{Math.Round(duration.TotalMilliseconds, 1).ToString(CultureInfo.InvariantCulture)}ms";
        }
        if (duration < TimeSpan.FromMinutes(1))
        {
            return $"{Math.Round(duration.TotalSeconds, 2).ToString(CultureInfo.InvariantCulture)}s";
        }
        var sb = new StringBuilder();
        if (duration.Days > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{duration.Days}d");
        }
        if (duration.Hours > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{duration.Hours}h");
        }
        if (duration.Minutes > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}m");
        }
        if (duration.Seconds > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{duration.Seconds}s");
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?(ms|s|m|h|d))+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h|d)$")]
    private static partial Regex PartPattern();
}
