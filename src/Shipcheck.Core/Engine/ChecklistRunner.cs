using Shipcheck.Core.Notifications;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Runs a prepared checklist: every phase in order, rollback by itself when something fails, and every step written
/// to the store the moment it ends.
/// </summary>
public sealed class ChecklistRunner
{
    private readonly RunnerServices _services;

    /// <summary>Creates a runner that uses <paramref name="services"/>.</summary>
    public ChecklistRunner(RunnerServices services) => _services = services;

    /// <summary>
    /// Runs <paramref name="run"/> to its verdict. Step failures never throw: they are the record. Only a store that
    /// cannot write ends the run with an exception.
    /// </summary>
    /// <param name="run">A run whose <see cref="PreparedRun.Problems"/> is empty.</param>
    /// <param name="interrupt">The first Ctrl-C or SIGTERM: stops running steps, rolls back if deploy had started
    /// (unless <see cref="RunRequest.NoRollbackOnInterrupt"/>), and ends the run as interrupted.</param>
    /// <param name="abort">The second Ctrl-C: stops the rollback too.</param>
    /// <returns>The finished run, as stored.</returns>
    public async Task<RunRecord> RunAsync(PreparedRun run, CancellationToken interrupt, CancellationToken abort = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.IsReady)
        {
            throw new InvalidOperationException($"The run has {run.Problems.Count} problem(s) and cannot start: {run.Problems[0].Message}");
        }
        // An abort without an interrupt still means "stop": the forward phases listen to both.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt, abort);
        if (run.Checklist.Notify.Count == 0)
        {
            return await new RunFlow(new RunSession(run, _services), stop.Token, abort).RunAsync();
        }
        var notifier = new Notifier(run, _services.Time, _services.Store, NotificationWait);
        var session = new RunSession(run, _services with { Observer = new FanOutObserver(_services.Observer, notifier) });
        notifier.UseVariables(session.Variables);
        var record = await new RunFlow(session, stop.Token, abort).RunAsync();
        return record with { Notifications = await notifier.FinishAsync() };
    }

    /// <summary>How long the end of a run waits for notifications still being delivered (tests shorten it).</summary>
    internal TimeSpan NotificationWait { get; init; } = Notifier.DefaultWait;
}
