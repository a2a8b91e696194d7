using Shipcheck.Core.Gates.Locks;
using Shipcheck.Core.Tests.Checks.Support;
using TempFolder = Shipcheck.Core.Tests.Store.TempFolder;

namespace Shipcheck.Core.Tests.Gates.Locks;

/// <summary>Waiting for a lock on a clock the test moves: the wait ends by cancellation, never by a sleep.</summary>
public sealed class LockWaiterTests : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTime _time = new();
    private readonly SqliteRunLocks _locks;
    private readonly List<string> _toldAbout = [];

    public LockWaiterTests() => _locks = SqliteRunLocks.Open(Path.Combine(_folder.Path, "shipcheck.db"), _time);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _locks.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Without_a_wait_a_held_lock_blocks_at_once()
    {
        await _locks.TryAcquireAsync(Claim("run-1"), Ct);

        var result = await Waiter.AcquireAsync(Claim("run-2"), TimeSpan.Zero, h => _toldAbout.Add(h.RunId), Ct);

        Assert.Equal(LockWaitEnd.Blocked, result.End);
        Assert.Equal("run-1", result.Attempt.Holder!.RunId);
        Assert.Empty(_toldAbout);
    }

    [Fact]
    public async Task A_wait_that_ends_with_the_lock_still_held_is_blocked()
    {
        await _locks.TryAcquireAsync(Claim("run-1"), Ct);

        var waiting = Waiter.AcquireAsync(Claim("run-2"), TimeSpan.FromSeconds(1), h => _toldAbout.Add(h.RunId), Ct);
        while (!waiting.IsCompleted)
        {
            await TickAsync(waiting);
        }
        var result = await waiting;

        Assert.Equal(LockWaitEnd.Blocked, result.End);
        Assert.Equal(["run-1"], _toldAbout);
    }

    [Fact]
    public async Task A_lock_released_during_the_wait_is_taken()
    {
        var holder = Claim("run-1");
        await _locks.TryAcquireAsync(holder, Ct);
        var waiting = Waiter.AcquireAsync(Claim("run-2"), TimeSpan.FromMinutes(10), h => _toldAbout.Add(h.RunId), Ct);
        await TickAsync(waiting);

        await _locks.ReleaseAsync(holder, Ct);
        while (!waiting.IsCompleted)
        {
            await TickAsync(waiting);
        }

        Assert.Equal(LockWaitEnd.Acquired, (await waiting).End);
        Assert.Equal("run-2", (await _locks.ListAsync(Ct)).Single().Holder.RunId);
    }

    [Fact]
    public async Task Stopping_the_run_ends_the_wait_as_interrupted()
    {
        await _locks.TryAcquireAsync(Claim("run-1"), Ct);
        using var stop = new CancellationTokenSource();
        var waiting = Waiter.AcquireAsync(Claim("run-2"), TimeSpan.FromMinutes(10), _ => { }, stop.Token);
        await WhenWaitingAsync(waiting);

        await stop.CancelAsync();

        Assert.Equal(LockWaitEnd.Interrupted, (await waiting).End);
        Assert.Equal("run-1", (await _locks.ListAsync(Ct)).Single().Holder.RunId);
    }

    private LockWaiter Waiter => new(_locks, _time);

    /// <summary>Moves the clock one poll once the waiter sleeps on it (its poll delay and its deadline are timers).</summary>
    private async Task TickAsync(Task waiting)
    {
        await WhenWaitingAsync(waiting);
        if (!waiting.IsCompleted)
        {
            _time.Advance(LockWaiter.PollInterval);
        }
    }

    private async Task WhenWaitingAsync(Task waiting)
    {
        while (_time.PendingTimers < 2 && !waiting.IsCompleted)
        {
            await Task.Delay(5, Ct);
        }
    }

    private LockHolder Claim(string runId) => new()
    {
        Name = "deploy",
        RunId = runId,
        User = "alice",
        Host = Environment.MachineName,
        ProcessId = Environment.ProcessId,
        Since = _time.GetUtcNow(),
        HeartbeatAt = _time.GetUtcNow(),
    };
}
