namespace Shipcheck.Core.Engine;

/// <summary>The loop stability and a canary analysis share: after each pause of <c>every</c>, one round, the last when the window closes.</summary>
internal static class WatchWindow
{
    /// <summary>
    /// Runs <paramref name="round"/> until the window closes (null) or a round decides (its result);
    /// <paramref name="interrupted"/> when <paramref name="stop"/> fires during a pause.
    /// </summary>
    public static async Task<T?> RunAsync<T>(TimeProvider time, TimeSpan window, TimeSpan every, CancellationToken stop, Func<Task<T?>> round, T interrupted)
        where T : class
    {
        var start = time.GetUtcNow();
        // A zero pause would spin; the loader rejects it, and here it degrades to a single round at the window's end.
        var pause = every > TimeSpan.Zero ? every : window;
        while (window - (time.GetUtcNow() - start) is var left && left > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(pause < left ? pause : left, time, stop);
            }
            catch (OperationCanceledException)
            {
                return interrupted;
            }
            if (await round() is { } decided)
            {
                return decided;
            }
        }
        return null;
    }
}
