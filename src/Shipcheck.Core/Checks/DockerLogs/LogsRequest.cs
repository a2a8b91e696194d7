using System.Globalization;

namespace Shipcheck.Core.Checks.DockerLogs;

/// <summary>The Engine API path that asks for a <c>docker_logs</c> step's lines: the engine applies tail and since itself.</summary>
internal static class LogsRequest
{
    public static string Path(string container, DockerLogsOptions options, DateTimeOffset now)
    {
        var query = $"stdout={Flag(options.Stdout)}&stderr={Flag(options.Stderr)}&follow=0&timestamps=0";
        if (options.Tail is { } tail)
        {
            query += string.Create(CultureInfo.InvariantCulture, $"&tail={tail}");
        }
        if (options.Since is { } since)
        {
            query += $"&since={UnixSeconds(now - since)}";
        }
        return $"/containers/{Uri.EscapeDataString(container)}/logs?{query}";
    }

    private static string Flag(bool on) => on ? "1" : "0";

    // The engine reads "seconds.nanoseconds"; ticks are 100 ns.
    private static string UnixSeconds(DateTimeOffset at)
    {
        var ticks = (at - DateTimeOffset.UnixEpoch).Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var fraction);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds}.{fraction * 100:D9}");
    }
}
