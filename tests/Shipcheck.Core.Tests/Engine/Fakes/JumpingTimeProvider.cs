namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>
/// A fake clock for the engine's tests (Microsoft.Extensions.TimeProvider.Testing is not available here). Time stands
/// still until someone sets a timer; setting one jumps the clock to its due time and fires it on the thread pool, as if
/// the wait had happened. So a retry pause of 1s moves the clock by exactly 1s, and a step timeout fires at once (tests
/// use no timeout unless they are about timeouts). Disposed timers do not fire; periodic timers fire once.
/// </summary>
internal sealed class JumpingTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 3, 15, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private DateTimeOffset _now = Start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Time since <see cref="Start"/>.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Start;

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new JumpingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class JumpingTimer(JumpingTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private volatile bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }
            clock.Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                if (!_disposed)
                {
                    callback(state);
                }
            });
            return true;
        }

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
