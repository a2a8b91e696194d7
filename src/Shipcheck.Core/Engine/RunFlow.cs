using Shipcheck.Core.Checklists;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// The shape of a run: pre → deploy → verify → stability, then rollback and rollback_verify when something failed,
/// then post once the outcome is known. Collects the run's one-line story as it goes.
/// </summary>
internal sealed partial class RunFlow
{
    private readonly RunSession _session;
    private readonly PhaseRunner _phases;
    private readonly CancellationToken _stop;
    private readonly CancellationToken _abort;
    private readonly List<string> _story = [];
    private Phase _phase = Phase.Pre;
    private bool _deployStarted;
    private bool _failedBeforeInterrupt;
    private int _stabilityRounds;

    /// <param name="session">The run's state and recorder.</param>
    /// <param name="stop">Fires on the first Ctrl-C (or on abort): stops the forward phases and post.</param>
    /// <param name="abort">Fires on the second Ctrl-C: stops rollback and rollback_verify too.</param>
    public RunFlow(RunSession session, CancellationToken stop, CancellationToken abort)
    {
        _session = session;
        _phases = new PhaseRunner(session, new StepExecutor(session));
        _stop = stop;
        _abort = abort;
    }

    private Checklist Checklist => _session.Run.Checklist;

    private bool Stopped => _stop.IsCancellationRequested;

    /// <summary>The verify steps as independent checks: a <c>parallel:</c> group adds nothing where all run at once.</summary>
    private IReadOnlyList<StepDefinition> VerifySteps =>
        [.. Checklist.StepsOf(Phase.Verify).SelectMany(n => n switch
        {
            ParallelGroup group => group.Steps,
            StepDefinition step => [step],
            _ => [],
        })];

    public async Task<RunRecord> RunAsync()
    {
        await _session.BeginAsync();
        if (await BeforePreGatesAsync() is { } held)
        {
            return await _session.FinishAsync(held, Summary);
        }
        await using var runLock = await TakeLockAsync();
        if (runLock.Refused is { } refused)
        {
            return await _session.FinishAsync(refused, Summary);
        }
        await RunStartHooks.RunAsync(_session, _stop);
        var verdict = await DecideAsync();
        if (verdict != Verdict.Interrupted)
        {
            _session.SetPending(verdict, Summary);
            await RunPostAsync();
        }
        return await _session.FinishAsync(verdict, Summary);
    }

    private string Summary => string.Join("; ", _story);

    private async Task<Verdict> DecideAsync()
    {
        var failure = await ForwardAsync() ?? await SignoffGateAsync(Gates.Signoffs.SignoffMoment.Completion);
        if (failure is null)
        {
            _story.Add(RunSummaries.Succeeded(_session.Steps, Checklist.Stability, _stabilityRounds));
            return Verdict.Succeeded;
        }
        // A Ctrl-C that lands while a real failure winds down must not hide it: the failure (and its rollback) wins.
        if (Stopped && !_failedBeforeInterrupt)
        {
            return await InterruptedAsync();
        }
        _story.Add(failure);
        if (_blocked)
        {
            return Verdict.Blocked;
        }
        if (_phase == Phase.Pre)
        {
            _story.Add("nothing deployed");
            return Verdict.Failed;
        }
        return await RollbackAsync() switch
        {
            RollbackResult.Verified => Verdict.RolledBack,
            RollbackResult.Failed => Verdict.RollbackFailed,
            RollbackResult.NothingRolledBack or RollbackResult.Held => Verdict.Failed,
            _ => Verdict.Interrupted,
        };
    }

    /// <summary>Runs the forward phases; returns why they stopped (a failure or an interrupt), or null when all passed.</summary>
    private async Task<string?> ForwardAsync()
    {
        if (await InOrderAsync(Phase.Pre) is { } pre)
        {
            return pre;
        }
        if (await SignoffGateAsync(Gates.Signoffs.SignoffMoment.Deploy) is { } unsigned)
        {
            return unsigned;
        }
        _deployStarted = true;
        if (await InOrderAsync(Phase.Deploy) is { } deploy)
        {
            return deploy;
        }
        _phase = Phase.Verify;
        if (VerifySteps.Count > 0)
        {
            var verify = Note(await _phases.ConcurrentlyAsync(Phase.Verify, 0, VerifySteps, _stop, StepMessages.Interrupted, stopOnFailure: true));
            if (Stopped || verify.Failed)
            {
                return RunSummaries.PhaseFailed(Phase.Verify, verify.Failure);
            }
        }
        return await StabilityAsync();
    }

    private async Task<string?> InOrderAsync(Phase phase)
    {
        _phase = phase;
        var steps = Checklist.StepsOf(phase);
        if (Stopped || steps.Count == 0)
        {
            return Stopped ? RunSummaries.Interrupted(phase) : null;
        }
        var outcome = Note(await _phases.InOrderAsync(phase, steps, _stop, StepMessages.Interrupted));
        return Stopped || outcome.Failed ? RunSummaries.PhaseFailed(phase, outcome.Failure) : null;
    }

    /// <summary>Remembers whether a forward phase failed on its own, not because an interrupt stopped a step.</summary>
    private PhaseOutcome Note(PhaseOutcome outcome)
    {
        if (outcome.Failure is { Message: not StepMessages.Interrupted })
        {
            _failedBeforeInterrupt = true;
        }
        return outcome;
    }

    private async Task<Verdict> InterruptedAsync()
    {
        _story.Add(RunSummaries.Interrupted(_phase));
        if (!_deployStarted)
        {
            _story.Add("nothing deployed");
            return Verdict.Interrupted;
        }
        if (_session.Run.Request.NoRollbackOnInterrupt)
        {
            _story.Add("not rolled back (--no-rollback-on-interrupt)");
            return Verdict.Interrupted;
        }
        // A rollback that fails is the most urgent news there is, so it outranks the interrupt.
        return await RollbackAsync() == RollbackResult.Failed ? Verdict.RollbackFailed : Verdict.Interrupted;
    }

    private async Task RunPostAsync()
    {
        var steps = Checklist.StepsOf(Phase.Post);
        if (steps.Count == 0)
        {
            return;
        }
        if (Stopped)
        {
            _story.Add("post skipped (interrupted)");
            return;
        }
        // Post steps only warn, so the outcome they see is the outcome the run ends with.
        await _phases.InOrderAsync(Phase.Post, steps, _stop, StepMessages.Interrupted);
    }
}
