namespace Shipcheck.Core.Engine;

internal sealed partial class RunFlow
{
    /// <summary>
    /// Watches for <c>for</c>: after each pause of <c>every</c>, one round of the repeated checks, the last one when the
    /// window closes. Returns why it stopped early, or null when every round passed.
    /// </summary>
    private async Task<string?> StabilityAsync()
    {
        _phase = Phase.Stability;
        if (Checklist.Stability is not { Repeat.Count: > 0 } stability)
        {
            return null;
        }
        var time = _session.Time;
        var start = time.GetUtcNow();
        // A zero pause would spin; the loader rejects it, and here it degrades to a single round at the window's end.
        var every = stability.Every > TimeSpan.Zero ? stability.Every : stability.For;
        while (stability.For - (time.GetUtcNow() - start) is var left && left > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(every < left ? every : left, time, _stop);
            }
            catch (OperationCanceledException)
            {
                return RunSummaries.Interrupted(Phase.Stability);
            }
            _stabilityRounds++;
            var round = Note(await _phases.ConcurrentlyAsync(Phase.Stability, _stabilityRounds, stability.Repeat, _stop, StepMessages.Interrupted, stopOnFailure: true));
            if (Stopped || round.Failed)
            {
                return RunSummaries.StabilityFailed(_stabilityRounds, round.Failure);
            }
        }
        return null;
    }
}
