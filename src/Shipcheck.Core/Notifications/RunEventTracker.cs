using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Notifications;

/// <summary>
/// Follows the run's events to know what a notification needs (the phase, the failed step) and turns the events worth
/// announcing into <see cref="EventSnapshot"/>s. Called one event at a time (the observer is isolated and serialized).
/// </summary>
internal sealed class RunEventTracker(TimeProvider time)
{
    private RunRecord? _run;
    private Phase? _phase;
    private string? _lastStep;
    private string? _failedStep;

    /// <summary>The snapshot to announce for <paramref name="e"/>, or null when it is not a notification event.</summary>
    public EventSnapshot? Observe(RunEvent e)
    {
        switch (e)
        {
            case RunStarted started:
                _run = started.Run;
                return Snapshot(NotificationEvent.Started, started.Run, null);
            case PhaseStarted phase:
                _phase = phase.Phase;
                return null;
            case StepFinished step:
                _lastStep = step.Step.Name;
                if (step.Step.Status is StepStatus.Failed or StepStatus.Error or StepStatus.NoData && _failedStep is null)
                {
                    _failedStep = step.Step.Name;
                }
                return null;
            case StagePromoted promoted when _run is not null:
                return Snapshot(NotificationEvent.StagePromoted, _run, promoted.Detail, promoted.Stage);
            case WaitingForSignoff waiting when _run is not null:
                return Snapshot(NotificationEvent.WaitingForSignoff, _run, $"waiting at {waiting.Point} for {string.Join(", ", waiting.Missing)}",
                    missing: string.Join(", ", waiting.Missing));
            case RunFinished finished:
                _run = finished.Run;
                return Snapshot(EventOf(finished.Run.Verdict), finished.Run, finished.Run.Summary);
            default:
                return null;
        }
    }

    /// <summary>The event a verdict is announced as: rollback failures and interrupts are failures too.</summary>
    public static NotificationEvent EventOf(Verdict verdict) => verdict switch
    {
        Verdict.Succeeded => NotificationEvent.Succeeded,
        Verdict.RolledBack => NotificationEvent.RolledBack,
        Verdict.Blocked => NotificationEvent.Blocked,
        _ => NotificationEvent.Failed,
    };

    private EventSnapshot Snapshot(NotificationEvent what, RunRecord run, string? summary, string stage = "", string missing = "")
    {
        var at = run.FinishedAt ?? time.GetLocalNow();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["event"] = Names.Snake(what.ToString()),
            ["run_id"] = run.Id,
            ["service"] = run.Service,
            ["environment"] = run.Environment ?? "",
            ["version"] = run.Version ?? "",
            ["verdict"] = Names.Of(run.Verdict),
            ["phase"] = _phase is { } p ? Names.Of(p) : "",
            ["step"] = _failedStep ?? _lastStep ?? "",
            ["summary"] = summary ?? "",
            ["duration"] = NotificationFields.Duration(at - run.StartedAt),
            ["who"] = run.User,
            ["host"] = run.Host,
            ["url"] = "",
            ["stage"] = stage,
            ["missing"] = missing,
        };
        return new EventSnapshot(what, at, fields);
    }
}
