using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Expectations;

/// <summary>Reads and writes durations the way checklists spell them: <c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h30m</c>.</summary>
public static class Durations
{
    /// <summary>The units a duration may use, for hints.</summary>
    public const string Units = "ms, s, m, h, d";

    /// <summary>Parses a duration; false when the text is not one (negative durations are not).</summary>
    /// <remarks>
    /// One or more parts, each a <see cref="QuantityNumber"/> and a unit: <c>1h30m</c>, <c>1.5s</c>.
    /// Read by hand, not by a regex: every <c>timeout:</c> of a checklist passes here while it loads, and the first
    /// generated regex used in this assembly builds the search tables of all of them (10 ms of <c>shipcheck validate</c>).
    /// </remarks>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var rest = text.AsSpan().Trim();
        if (rest.IsEmpty)
        {
            return false;
        }
        double totalMs = 0;
        while (!rest.IsEmpty)
        {
            var numberLength = QuantityNumber.Length(rest);
            var (unitMs, unitLength) = numberLength == 0 ? (0, 0) : Unit(rest[numberLength..]);
            if (unitLength == 0)
            {
                return false;
            }
            totalMs += QuantityNumber.Parse(rest[..numberLength]) * unitMs;
            rest = rest[(numberLength + unitLength)..];
        }
        if (totalMs > TimeSpan.MaxValue.TotalMilliseconds)
        {
            return false;
        }
        duration = TimeSpan.FromMilliseconds(totalMs);
        return true;
    }

    /// <summary>The unit that starts <paramref name="text"/> in milliseconds and its length; length 0 when there is none.</summary>
    private static (double Milliseconds, int Length) Unit(ReadOnlySpan<char> text) => text switch
    {
        ['m', 's', ..] => (1, 2),
        ['s', ..] => (1000, 1),
        ['m', ..] => (60_000, 1),
        ['h', ..] => (3_600_000, 1),
        ['d', ..] => (86_400_000, 1),
        _ => (0, 0),
    };

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
}
