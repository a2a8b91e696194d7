namespace Shipcheck.Core.Gates.Locks;

/// <summary>The answer to one try for a lock: taken (perhaps from a dead holder), or held by someone else.</summary>
/// <param name="Acquired">True when the asking run now holds the lock.</param>
/// <param name="Holder">Who holds it now when not acquired; who it was taken from when reclaimed; else null.</param>
/// <param name="ReclaimedBecause">Why the previous holder was judged dead, when the lock was reclaimed.</param>
public sealed record LockAttempt(bool Acquired, LockHolder? Holder, string? ReclaimedBecause)
{
    /// <summary>The lock was free (or already this run's).</summary>
    public static LockAttempt Taken { get; } = new(true, null, null);

    /// <summary>The lock was held by a dead runner and is now this run's.</summary>
    public static LockAttempt Reclaimed(LockHolder previous, string because) => new(true, previous, because);

    /// <summary>A live run holds the lock.</summary>
    public static LockAttempt HeldBy(LockHolder holder) => new(false, holder, null);
}
