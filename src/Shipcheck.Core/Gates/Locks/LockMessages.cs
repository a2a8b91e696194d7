using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Gates.Locks;

/// <summary>What a run's record and its person are told about its lock.</summary>
public static class LockMessages
{
    /// <summary>The summary of a run blocked by a held lock: who holds it, since when, and what to do.</summary>
    public static string Blocked(string name, LockHolder holder, TimeSpan waited) =>
        $"blocked: lock '{name}' is held by {holder.Describe()}" +
        (waited > TimeSpan.Zero ? $"; waited {Durations.Format(waited)}" : "; wait for it with --wait 10m") +
        $"; if that run is gone, shipcheck lock release '{name}' --reason ...";

    /// <summary>Shown while a run waits.</summary>
    public static string Waiting(LockHolder holder, TimeSpan wait) =>
        $"waiting up to {Durations.Format(wait)} for lock '{holder.Name}', held by {holder.Describe()}";

    /// <summary>The note in a run's record that took a lock from a dead runner.</summary>
    public static string Reclaimed(LockHolder previous, string because) =>
        $"lock '{previous.Name}' reclaimed from {previous.Describe()}: {because}";

    /// <summary>The summary of a run stopped while it waited.</summary>
    public static string InterruptedWhileWaiting(string name, LockHolder holder) =>
        $"interrupted while waiting for lock '{name}' (held by {holder.Describe()})";
}
