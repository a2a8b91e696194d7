namespace Shipcheck.Core.Gates.Locks;

/// <summary>How a run's wait for its lock ended.</summary>
public enum LockWaitEnd
{
    /// <summary>The run holds the lock.</summary>
    Acquired,
    /// <summary>Someone else holds it and the run may not wait (longer).</summary>
    Blocked,
    /// <summary>Ctrl-C or SIGTERM came while waiting.</summary>
    Interrupted,
}

/// <summary>The end of a wait for a lock: how it ended and the last answer from the store.</summary>
public sealed record LockWaitResult(LockWaitEnd End, LockAttempt Attempt);

/// <summary>Tries for a lock until it is free, the wait is over, or the run is stopped. Time comes from the clock it is given.</summary>
public sealed class LockWaiter(SqliteRunLocks locks, TimeProvider time)
{
    /// <summary>How long between tries while another run holds the lock.</summary>
    /// <remarks>Every try is a write transaction; twenty waiters at 200 ms kept the store too busy for the holder.</remarks>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Takes <paramref name="claim"/>'s lock, waiting up to <paramref name="wait"/> (not at all when zero) while a live
    /// run holds it. <paramref name="onWaiting"/> hears of each new holder the run waits behind.
    /// </summary>
    public async Task<LockWaitResult> AcquireAsync(LockHolder claim, TimeSpan wait, Action<LockHolder> onWaiting, CancellationToken stop)
    {
        var attempt = await locks.TryAcquireAsync(claim, CancellationToken.None);
        if (attempt.Acquired || wait <= TimeSpan.Zero)
        {
            return new LockWaitResult(attempt.Acquired ? LockWaitEnd.Acquired : LockWaitEnd.Blocked, attempt);
        }
        using var deadline = new CancellationTokenSource(wait, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stop, deadline.Token);
        string? announced = null;
        while (!attempt.Acquired)
        {
            if (attempt.Holder!.RunId != announced)
            {
                announced = attempt.Holder.RunId;
                onWaiting(attempt.Holder);
            }
            try
            {
                await Task.Delay(PollInterval, time, waiting.Token);
            }
            catch (OperationCanceledException) when (waiting.IsCancellationRequested)
            {
                if (stop.IsCancellationRequested)
                {
                    return new LockWaitResult(LockWaitEnd.Interrupted, attempt);
                }
                // The wait is over: one last look, so a lock freed at the very end is not missed.
                attempt = await locks.TryAcquireAsync(claim, CancellationToken.None);
                return new LockWaitResult(attempt.Acquired ? LockWaitEnd.Acquired : LockWaitEnd.Blocked, attempt);
            }
            attempt = await TryAgainAsync(claim, attempt);
        }
        return new LockWaitResult(LockWaitEnd.Acquired, attempt);
    }

    /// <summary>One more try while waiting; a store busy past its timeout counts as "still held" until the next poll.</summary>
    private async Task<LockAttempt> TryAgainAsync(LockHolder claim, LockAttempt last)
    {
        try
        {
            return await locks.TryAcquireAsync(claim, CancellationToken.None);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return last;
        }
    }
}
