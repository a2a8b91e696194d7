using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store;

/// <summary>Where runs are kept. Every write is durable when the call returns, so a crash loses nothing already recorded.</summary>
public interface IRunStore : IAsyncDisposable
{
    /// <summary>Records a new run (verdict <see cref="Verdict.Running"/>, no steps).</summary>
    Task BeginRunAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Records a finished step of a run.</summary>
    Task AppendStepAsync(string runId, StepRecord step, CancellationToken cancellationToken = default);

    /// <summary>Records a value captured during the run.</summary>
    Task SetCaptureAsync(string runId, string name, string value, CancellationToken cancellationToken = default);

    /// <summary>Records what became of one notification of a run (see <see cref="RunRecord.Notifications"/>).</summary>
    Task AppendNotificationAsync(string runId, NotificationRecord notification, CancellationToken cancellationToken = default);

    /// <summary>Records how the run ended.</summary>
    Task FinishRunAsync(string runId, Verdict verdict, DateTimeOffset finishedAt, string? summary, CancellationToken cancellationToken = default);

    /// <summary>
    /// A run with all its steps, by id or unique id prefix; null when none matches. A run still marked running whose
    /// process is gone is returned (and stored) as <see cref="Verdict.Interrupted"/>.
    /// </summary>
    /// <exception cref="AmbiguousRunIdException">The prefix matches more than one run; the exception lists them.</exception>
    Task<RunRecord?> GetRunAsync(string idOrPrefix, CancellationToken cancellationToken = default);

    /// <summary>The newest runs first, without steps; optionally of one service; at most <paramref name="limit"/> (all when 0 or less).</summary>
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? service, int limit, CancellationToken cancellationToken = default);
}
