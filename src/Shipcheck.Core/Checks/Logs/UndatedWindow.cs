using System.Globalization;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>Where a file's <c>since</c> window starts, as a byte offset (-1: nothing to read), and what the evidence says why.</summary>
internal readonly record struct WindowStart(long From, string? Note);

/// <summary>
/// <c>since</c> for a file whose lines carry no timestamps, by file position: the run remembers where each file ended
/// whenever it looked (<see cref="LogPositions"/>), and the window starts at the newest of those positions that is at
/// least <c>since</c> old, or at the earliest one when the run is younger than that. A file this run never saw, one
/// that replaced the file it saw, and one that got shorter are read from their start.
/// </summary>
internal static class UndatedWindow
{
    /// <summary>Where <paramref name="file"/>'s window starts, at <paramref name="now"/>.</summary>
    public static WindowStart Of(LogFile file, LogPositions positions, DateTimeOffset now, TimeSpan since)
    {
        var seen = positions.Of(file);
        if (seen.Count == 0)
        {
            return positions.FirstSeen(file.Path) is { } first
                ? new(0, $"{file.Shown}: new since this run first looked at {Clock(first)}; all of it was read")
                : new(0, $"{file.Shown}: no timestamps, and not seen before in this run, so where the last {Durations.Format(since)} start is unknown; all of it was read");
        }
        if (file.Compressed)
        {
            return new(-1, null); // a compressed file is written once: what this run saw of it is all there is
        }
        var windowStart = now - since;
        var index = seen.Count(p => p.At <= windowStart) - 1;
        var chosen = seen[Math.Max(index, 0)];
        if (chosen.Length > file.Length || seen.Skip(index + 1).Any(p => p.Length < chosen.Length))
        {
            return new(0, $"{file.Shown}: shorter than when this run saw it at {Clock(chosen.At)} (truncated); read from its start");
        }
        var ago = Durations.Format(TimeSpan.FromSeconds(Math.Round((now - chosen.At).TotalSeconds)));
        return index >= 0
            ? new(chosen.Length, $"{file.Shown}: no timestamps; read what was written after {Clock(chosen.At)} ({ago} ago)")
            : new(chosen.Length, $"{file.Shown}: no timestamps; read what was written after {Clock(chosen.At)}, when this run first saw it: the last {ago}, less than since: {Durations.Format(since)}");
    }

    private static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
