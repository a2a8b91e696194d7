using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine.Canary;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// The two ways a phase runs its steps: in order (pre, deploy, rollback, post; a <c>parallel:</c> group runs at once),
/// or as independent checks at the same time, bounded by <see cref="RunRequest.Concurrency"/> (verify, stability,
/// rollback_verify).
/// </summary>
internal sealed class PhaseRunner(RunSession session, StepExecutor executor)
{
    /// <summary>Runs <paramref name="nodes"/> in order and stops at the first failure or when <paramref name="stop"/> fires.</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="nodes">Its steps and groups.</param>
    /// <param name="stop">Stops the phase; steps not yet started are not recorded.</param>
    /// <param name="stoppedMessage">What a step stopped by <paramref name="stop"/> says.</param>
    public Task<PhaseOutcome> InOrderAsync(Phase phase, IReadOnlyList<StepNode> nodes, CancellationToken stop, string stoppedMessage)
    {
        session.Raise(new PhaseStarted(phase, 0));
        return RunNodesAsync(nodes, new StepPlacement(phase, 0, () => (StepStatus.Error, stoppedMessage)), stop);
    }

    /// <summary>Runs <paramref name="nodes"/> in order at <paramref name="at"/>: a phase's entries, or a canary stage's steps.</summary>
    public async Task<PhaseOutcome> RunNodesAsync(IReadOnlyList<StepNode> nodes, StepPlacement at, CancellationToken stop)
    {
        foreach (var node in nodes)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }
            if (node is CanaryDefinition canary)
            {
                if (await new CanaryRunner(session, this).RunAsync(canary, at, stop) is { Failed: true } failed)
                {
                    return failed;
                }
                continue;
            }
            IReadOnlyList<StepRecord> records = node switch
            {
                StepDefinition step => [await executor.RunAsync(step, at, stop)],
                // A group waits for all its steps: stopping half of a deploy action leaves more to clean up than letting it end.
                ParallelGroup group => await Task.WhenAll(group.Steps.Select(s => Task.Run(() => executor.RunAsync(s, at, stop)))),
                _ => [],
            };
            if (records.FirstOrDefault(PhaseOutcome.IsFailure) is { } failure)
            {
                return new PhaseOutcome(failure);
            }
        }
        return new PhaseOutcome(null);
    }

    /// <summary>
    /// Runs independent checks at the same time, at most <see cref="RunRequest.Concurrency"/> at once. With
    /// <paramref name="stopOnFailure"/>, the first failure cancels the others, since rollback should start at once.
    /// </summary>
    public async Task<PhaseOutcome> ConcurrentlyAsync(Phase phase, int round, IReadOnlyList<StepDefinition> steps,
        CancellationToken stop, string stoppedMessage, bool stopOnFailure)
    {
        session.Raise(new PhaseStarted(phase, round));
        using var phaseStop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var gate = new SemaphoreSlim(Math.Max(1, session.Run.Request.Concurrency));
        var at = new StepPlacement(phase, round, () => stop.IsCancellationRequested
            ? (StepStatus.Error, stoppedMessage)
            : (StepStatus.Skipped, StepMessages.AnotherCheckFailed));
        StepRecord? failure = null;

        async Task RunStartedAsync(StepDefinition step)
        {
            try
            {
                var record = await executor.RunAsync(step, at, phaseStop.Token);
                if (PhaseOutcome.IsFailure(record) && Interlocked.CompareExchange(ref failure, record, null) is null && stopOnFailure)
                {
                    // Off this thread: cancelling runs the other steps' callbacks, which must not run inside this one.
                    await phaseStop.CancelAsync();
                }
            }
            finally
            {
                gate.Release();
            }
        }

        // Slots are taken here, in order, so checks start in the order they are written.
        var running = new List<Task>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            if (!await TakeSlotAsync(gate, phaseStop.Token))
            {
                var message = stop.IsCancellationRequested ? stoppedMessage : StepMessages.AnotherCheckFailed;
                await Task.WhenAll(running);
                foreach (var step in steps.Skip(i))
                {
                    await executor.RecordNotStartedAsync(step, at, message);
                }
                break;
            }
            var next = steps[i];
            running.Add(Task.Run(() => RunStartedAsync(next)));
        }
        await Task.WhenAll(running);
        return new PhaseOutcome(failure);
    }

    /// <summary>
    /// Waits for a free slot; false when the phase was stopped first. A slot freed by the check that failed can be
    /// granted before the cancellation lands, hence the second look.
    /// </summary>
    private static async Task<bool> TakeSlotAsync(SemaphoreSlim gate, CancellationToken stop)
    {
        try
        {
            await gate.WaitAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        if (stop.IsCancellationRequested)
        {
            gate.Release();
            return false;
        }
        return true;
    }
}
