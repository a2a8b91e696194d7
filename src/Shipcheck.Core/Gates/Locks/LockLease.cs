namespace Shipcheck.Core.Gates.Locks;

/// <summary>
/// A held lock: beats its heartbeat until disposed, then releases it. Disposing is how the lock is given back on
/// every way a run ends (success, failure, rollback, interrupt, an exception); a SIGKILL leaves it to
/// <see cref="LockStaleness"/>.
/// </summary>
public sealed class LockLease : IAsyncDisposable
{
    private readonly SqliteRunLocks _locks;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heartbeat;
    private int _disposed;

    /// <summary>Starts beating for <paramref name="holder"/>, who has just taken the lock.</summary>
    public LockLease(SqliteRunLocks locks, LockHolder holder, TimeProvider time)
    {
        _locks = locks;
        Holder = holder;
        _heartbeat = BeatAsync(time);
    }

    /// <summary>The run holding the lock.</summary>
    public LockHolder Holder { get; }

    /// <summary>False once a heartbeat found the lock no longer this run's (released by hand, or reclaimed).</summary>
    public bool StillHeld { get; private set; } = true;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _stop.CancelAsync();
        await _heartbeat;
        _stop.Dispose();
        // Never cancelled: a lock left behind blocks every later run until it goes stale. A store too busy to release
        // it must not turn a finished run into a crash; the heartbeat stops, so the next run reclaims it.
        try
        {
            await _locks.ReleaseAsync(Holder, CancellationToken.None);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
        }
    }

    private async Task BeatAsync(TimeProvider time)
    {
        using var timer = new PeriodicTimer(LockStaleness.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    StillHeld = await _locks.HeartbeatAsync(Holder.Name, Holder.RunId, _stop.Token);
                }
                catch (Microsoft.Data.Sqlite.SqliteException)
                {
                    // A store busy past its timeout misses one beat; the threshold allows for several.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Released.
        }
    }
}
