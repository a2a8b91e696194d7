using System.Globalization;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>The <c>time</c> option: the instant a query is evaluated at, written as RFC 3339 or unix seconds.</summary>
internal static class EvaluationTime
{
    /// <summary>The hint for a time that does not parse.</summary>
    public const string Hint = "write RFC 3339 (2026-01-15T09:00:00Z) or unix seconds (1768467600), or leave 'time' out to query now";

    /// <summary>Reads RFC 3339 (a time without an offset is UTC) or unix seconds with an optional fraction.</summary>
    public static bool TryParse(string text, out DateTimeOffset time)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            // DateTimeOffset's own range: year 1 to year 9999.
            var inRange = seconds is >= -62_135_596_800 and <= 253_402_300_799;
            time = inRange ? DateTimeOffset.UnixEpoch.AddMilliseconds(Math.Round(seconds * 1000)) : default;
            return inRange;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    /// <summary>Unix seconds with milliseconds, the way the Prometheus API takes and gives times.</summary>
    public static string UnixSeconds(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
