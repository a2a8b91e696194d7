using Shipcheck.Core.Gates.Locks;

namespace Shipcheck.Core.Engine;

/// <summary>The <c>lock:</c> gate: taken after the run is recorded and before anything runs, given back at its end.</summary>
internal sealed partial class RunFlow
{
    /// <summary>
    /// Takes the checklist's lock, waiting up to <see cref="RunRequest.LockWait"/>. A run that cannot have it ends
    /// (blocked, or interrupted while waiting) with nothing of pre or deploy run.
    /// </summary>
    private async Task<RunLockGate> TakeLockAsync()
    {
        if (Checklist.Lock is not { } name)
        {
            return RunLockGate.None;
        }
        var locks = _session.Services.Locks
            ?? throw new InvalidOperationException($"The checklist declares lock: {name}, but the runner was given no lock store.");
        var request = _session.Run.Request;
        var claim = new LockHolder
        {
            Name = name,
            RunId = _session.RunId,
            User = request.User,
            Host = request.Host,
            ProcessId = request.ProcessId,
            Since = _session.Time.GetUtcNow(),
            HeartbeatAt = _session.Time.GetUtcNow(),
        };
        var result = await new LockWaiter(locks, _session.Time).AcquireAsync(
            claim, request.LockWait, holder => _session.Raise(new LockWaiting(holder, request.LockWait)), _stop);
        switch (result.End)
        {
            case LockWaitEnd.Acquired:
                if (result.Attempt.Holder is { } previous)
                {
                    _story.Add(LockMessages.Reclaimed(previous, result.Attempt.ReclaimedBecause!));
                }
                return new RunLockGate(new LockLease(locks, claim, _session.Time), null);
            case LockWaitEnd.Interrupted:
                _story.Add(LockMessages.InterruptedWhileWaiting(name, result.Attempt.Holder!));
                _story.Add("nothing deployed");
                return new RunLockGate(null, Verdict.Interrupted);
            default:
                _story.Add(LockMessages.Blocked(name, result.Attempt.Holder!, request.LockWait));
                return new RunLockGate(null, Verdict.Blocked);
        }
    }

    /// <summary>The lock a run holds (if any), or the verdict of a run that may not go on.</summary>
    private sealed record RunLockGate(LockLease? Lease, Verdict? Refused) : IAsyncDisposable
    {
        public static RunLockGate None { get; } = new(null, null);

        public ValueTask DisposeAsync() => Lease?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
