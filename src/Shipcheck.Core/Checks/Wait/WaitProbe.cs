using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Wait;

/// <summary>Waits a <c>wait</c> step's duration on the context's clock.</summary>
public sealed class WaitProbe(WaitOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        try
        {
            await Task.Delay(options.Duration, context.Time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            var waited = context.Time.GetElapsedTime(started);
            return ProbeResult.Failed($"cancelled after waiting {Durations.Format(waited)} of {Durations.Format(options.Duration)}", Observe(waited));
        }
        var elapsed = context.Time.GetElapsedTime(started);
        return new ProbeResult(Observe(elapsed), $"waited {Durations.Format(elapsed)}");
    }

    private static Observations Observe(TimeSpan waited) => new Observations().Set("waited", Value.Of(waited));
}
