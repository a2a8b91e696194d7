namespace Shipcheck.Core.Engine;

internal sealed partial class RunFlow
{
    private enum RollbackResult
    {
        Verified,
        Failed,
        Aborted,
        /// <summary>No rollback steps, and the service verified again (or there is nothing to verify).</summary>
        NothingRolledBack,
        /// <summary>Not started: an irreversible step ran and nobody allowed the rollback (see <see cref="HoldRollbackAsync"/>).</summary>
        Held,
    }

    /// <summary>
    /// Runs the rollback steps in order, stopping at the first that fails (later steps usually depend on it), then the
    /// verify checks once more, even after a failed rollback, so the record says what state the service was left in.
    /// Only the abort token stops this: the first Ctrl-C is what started it.
    /// </summary>
    private async Task<RollbackResult> RollbackAsync()
    {
        var failed = false;
        var steps = Checklist.StepsOf(Phase.Rollback);
        if (steps.Count > 0 && await HoldRollbackAsync() is { } held)
        {
            _story.Add(held);
            return RollbackResult.Held;
        }
        if (steps.Count == 0)
        {
            _story.Add("no rollback declared");
        }
        else
        {
            _phase = Phase.Rollback;
            var rollback = await _phases.InOrderAsync(Phase.Rollback, steps, _abort, StepMessages.Aborted);
            if (_abort.IsCancellationRequested)
            {
                _story.Add("rollback aborted");
                return RollbackResult.Aborted;
            }
            failed = rollback.Failed;
            _story.Add(failed ? RunSummaries.PhaseFailed(Phase.Rollback, rollback.Failure) : "rolled back");
        }

        if (VerifySteps.Count == 0)
        {
            return failed ? RollbackResult.Failed : Restored(steps.Count);
        }
        _phase = Phase.RollbackVerify;
        // Every check runs to the end here: nothing waits on this phase, and the full picture is what the record needs.
        var verify = await _phases.ConcurrentlyAsync(Phase.RollbackVerify, 0, VerifySteps, _abort, StepMessages.Aborted, stopOnFailure: false);
        if (_abort.IsCancellationRequested)
        {
            _story.Add("rollback verify aborted");
            return failed ? RollbackResult.Failed : RollbackResult.Aborted;
        }
        if (verify.Failed)
        {
            _story.Add(RunSummaries.PhaseFailed(Phase.RollbackVerify, verify.Failure));
            return RollbackResult.Failed;
        }
        _story.Add(steps.Count == 0 ? "verify passed again" : failed ? "rollback_verify passed" : "rollback verified");
        return failed ? RollbackResult.Failed : Restored(steps.Count);
    }

    /// <summary>"Rolled back" only when something was: without rollback steps the run merely failed.</summary>
    private static RollbackResult Restored(int rollbackSteps) =>
        rollbackSteps == 0 ? RollbackResult.NothingRolledBack : RollbackResult.Verified;
}
