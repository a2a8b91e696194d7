using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Engine;

internal sealed partial class StepExecutor
{
    /// <summary>
    /// Runs the probe until it passes, the attempts (<c>retry</c>) are used up or the window (<c>until</c>) has passed.
    /// Without either, once.
    /// </summary>
    private async Task<(AttemptResult Last, int Attempts)> AttemptAsync(StepDefinition step, ProbeContext context, CancellationToken stop)
    {
        IProbe probe;
        try
        {
            probe = step.CreateProbe();
        }
#pragma warning disable CA1031 // A kind that cannot build its probe fails its step, not the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (AttemptResult.Error(ex.Message), 1);
        }

        var maxAttempts = Math.Max(1, step.Retry?.Attempts ?? (step.Until is null ? 1 : int.MaxValue));
        var windowStart = Time.GetUtcNow();
        var attempts = 0;
        while (true)
        {
            attempts++;
            var last = await ProbeAttempt.RunAsync(step, probe, context, stop);
            if (last.Status is AttemptStatus.Passed or AttemptStatus.Cancelled || attempts >= maxAttempts)
            {
                return (last, attempts);
            }
            var pause = step.Retry?.Every ?? step.Every;
            if (step.Until is { } until)
            {
                var left = windowStart + until - Time.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    return (last, attempts);
                }
                // The last check happens when the window closes, not a whole pause later.
                pause = step.Every < left ? step.Every : left;
            }
            try
            {
                await Task.Delay(pause > TimeSpan.Zero ? pause : TimeSpan.Zero, Time, stop);
            }
            catch (OperationCanceledException)
            {
                return (AttemptResult.Cancelled(last), attempts);
            }
        }
    }
}
