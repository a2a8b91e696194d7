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
        return await WatchWindow.RunAsync(_session.Time, stability.For, stability.Every, _stop, async () =>
        {
            _stabilityRounds++;
            var round = Note(await _phases.ConcurrentlyAsync(Phase.Stability, _stabilityRounds, stability.Repeat, _stop, StepMessages.Interrupted, stopOnFailure: true));
            return Stopped || round.Failed ? RunSummaries.StabilityFailed(_stabilityRounds, round.Failure) : null;
        }, RunSummaries.Interrupted(Phase.Stability));
    }
}
