using System.Globalization;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Gates.Locks;

/// <summary>Tells a lock whose runner died (kill -9, a crash, a lost machine) from one still held.</summary>
public static class LockStaleness
{
    /// <summary>How often a holder refreshes its heartbeat.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A heartbeat older than this means the holder is gone. Six missed beats, so a runner paused by a busy machine
    /// (or a store busy with other writers) is not robbed of its lock.
    /// </summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Why <paramref name="holder"/> is dead, or null while it looks alive. On the holder's own host a missing process
    /// decides at once; from another host only the heartbeat can tell.
    /// </summary>
    public static string? WhyDead(LockHolder holder, DateTimeOffset now, string machineName)
    {
        if (string.Equals(holder.Host, machineName, StringComparison.OrdinalIgnoreCase)
            && holder.ProcessId > 0
            && !InterruptedRuns.ProcessExists(holder.ProcessId))
        {
            return string.Create(CultureInfo.InvariantCulture, $"its runner (pid {holder.ProcessId} on {holder.Host}) is gone");
        }
        var silence = TimeSpan.FromSeconds(Math.Floor((now - holder.HeartbeatAt).TotalSeconds));
        return silence > Threshold
            ? $"no heartbeat for {Durations.Format(silence)} (more than {Durations.Format(Threshold)})"
            : null;
    }
}
