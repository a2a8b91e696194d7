namespace Shipcheck.Core.Gates.Signoffs;

/// <summary>
/// Waits for a point's sign-offs by polling the store, because <c>shipcheck approve</c> is another process that only
/// writes there. Time comes from the run's clock, so tests wait without waiting.
/// </summary>
internal sealed class SignoffWaiter(IGateStore store, TimeProvider time)
{
    /// <summary>How often the store is asked again while sign-offs are missing.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The tally once it is satisfied or the point's wait is over; null when <paramref name="stop"/> fired first.
    /// <paramref name="waiting"/> hears each new set of missing roles.
    /// </summary>
    public async Task<SignoffTally?> WaitAsync(SignoffPoint point, SignoffBinding binding, string runUser, Action<SignoffTally> waiting, CancellationToken stop)
    {
        var deadline = time.GetUtcNow() + point.Wait;
        string? lastMissing = null;
        while (true)
        {
            var tally = SignoffTally.Count(point, await store.SignoffsForAsync(binding, CancellationToken.None), runUser);
            var left = deadline - time.GetUtcNow();
            if (tally.Satisfied || left <= TimeSpan.Zero)
            {
                return tally;
            }
            var missing = string.Join("\n", tally.Missing);
            if (missing != lastMissing)
            {
                lastMissing = missing;
                waiting(tally);
            }
            try
            {
                await Task.Delay(left < PollInterval ? left : PollInterval, time, stop);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }
}
