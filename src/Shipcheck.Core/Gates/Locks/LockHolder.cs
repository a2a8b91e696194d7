using System.Globalization;

namespace Shipcheck.Core.Gates.Locks;

/// <summary>Who holds (or asks for) a lock: the run, its user, host and runner process, and since when.</summary>
public sealed record LockHolder
{
    /// <summary>The lock's name, as written after <c>lock:</c>.</summary>
    public required string Name { get; init; }
    /// <summary>The run that holds it.</summary>
    public required string RunId { get; init; }
    /// <summary>The user who started that run.</summary>
    public required string User { get; init; }
    /// <summary>The machine the run is on.</summary>
    public required string Host { get; init; }
    /// <summary>The runner's process id, so a lock left by a killed runner on this host is found at once.</summary>
    public int ProcessId { get; init; }
    /// <summary>When the run took the lock.</summary>
    public required DateTimeOffset Since { get; init; }
    /// <summary>The runner's last sign of life; a lock whose heartbeat is too old is reclaimed.</summary>
    public required DateTimeOffset HeartbeatAt { get; init; }

    /// <summary><c>run 20261202T…-ab12 (alice@build-1, pid 4242) since 2026-12-02 19:30:00Z</c>.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"run {RunId} ({User}@{Host}, pid {ProcessId}) since {Since:yyyy-MM-dd HH:mm:ssK}");
}
