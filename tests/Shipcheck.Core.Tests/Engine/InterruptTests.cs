using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class InterruptTests
{
    private readonly EngineHarness _harness = new();

    [Fact(Timeout = 60_000)]
    public async Task An_interrupt_during_deploy_stops_the_step_rolls_back_and_ends_interrupted()
    {
        using var interrupt = new CancellationTokenSource();
        var stuck = new ScriptedProbe().ThenBlock();
        var never = new ScriptedProbe();
        var rollback = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Step("ship", stuck), Step("migrate", never)],
            verify: [Step("health", new ScriptedProbe())],
            post: [Step("history", new ScriptedProbe())],
            rollback: [Step("undo", rollback)]);

        var running = _harness.StartAsync(checklist, interrupt);
        await stuck.Started.WaitAsync(TestContext.Current.CancellationToken);
        await interrupt.CancelAsync();
        var run = await running;

        Assert.Equal(Verdict.Interrupted, run.Verdict);
        Assert.Equal(130, VerdictExitCodes.For(run.Verdict));
        Assert.Equal(["deploy/ship/error", "rollback/undo/passed", "rollback_verify/health/passed"], _harness.StoredSteps());
        Assert.Equal("interrupted", _harness.Stored(Phase.Deploy, "ship").Message);
        Assert.Equal(0, never.Calls);
        Assert.Equal("interrupted during deploy; rolled back; rollback verified", run.Summary);
        Assert.Equal("finish interrupted", _harness.Store.Calls[^1]);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_interrupt_while_a_failed_verify_winds_down_keeps_the_failure_and_rolls_back()
    {
        using var interrupt = new CancellationTokenSource();
        var cancelSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A check that takes its time to stop once cancelled, as a command does in its grace period.
        var slow = new ScriptedProbe().Then(async (_, token) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                cancelSeen.TrySetResult();
                await release.Task;
            }
            return ProbeResult.Failed("cancelled");
        }).ThenPass();
        var rollback = new ScriptedProbe();
        _harness.Request = _harness.Request with { NoRollbackOnInterrupt = true };
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("slow", slow), Step("bad", new ScriptedProbe().ThenFail().ThenPass())],
            rollback: [Step("undo", rollback)]);

        var running = _harness.StartAsync(checklist, interrupt);
        await cancelSeen.Task.WaitAsync(TestContext.Current.CancellationToken);
        await interrupt.CancelAsync();
        release.SetResult();
        var run = await running;

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(1, rollback.Calls);
        Assert.StartsWith("verify failed: bad", run.Summary);
    }

    [Fact(Timeout = 60_000)]
    public async Task With_no_rollback_on_interrupt_an_interrupt_rolls_nothing_back()
    {
        using var interrupt = new CancellationTokenSource();
        var stuck = new ScriptedProbe().ThenBlock();
        var rollback = new ScriptedProbe();
        _harness.Request = _harness.Request with { NoRollbackOnInterrupt = true };
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", stuck)],
            rollback: [Step("undo", rollback)]);

        var running = _harness.StartAsync(checklist, interrupt);
        await stuck.Started.WaitAsync(TestContext.Current.CancellationToken);
        await interrupt.CancelAsync();
        var run = await running;

        Assert.Equal(Verdict.Interrupted, run.Verdict);
        Assert.Equal(0, rollback.Calls);
        Assert.Equal(["deploy/ship/passed", "verify/health/error"], _harness.StoredSteps());
        Assert.Equal("interrupted during verify; not rolled back (--no-rollback-on-interrupt)", run.Summary);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_interrupt_before_deploy_rolls_nothing_back()
    {
        using var interrupt = new CancellationTokenSource();
        var stuck = new ScriptedProbe().ThenBlock();
        var rollback = new ScriptedProbe();
        var checklist = Checklist(pre: [Step("reviewed", stuck)], deploy: [Step("ship", new ScriptedProbe())], rollback: [Step("undo", rollback)]);

        var running = _harness.StartAsync(checklist, interrupt);
        await stuck.Started.WaitAsync(TestContext.Current.CancellationToken);
        await interrupt.CancelAsync();
        var run = await running;

        Assert.Equal(Verdict.Interrupted, run.Verdict);
        Assert.Equal(0, rollback.Calls);
        Assert.Equal("interrupted during pre; nothing deployed", run.Summary);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_second_interrupt_aborts_the_rollback()
    {
        using var interrupt = new CancellationTokenSource();
        using var abort = new CancellationTokenSource();
        var stuckDeploy = new ScriptedProbe().ThenBlock();
        var stuckRollback = new ScriptedProbe().ThenBlock();
        var laterRollback = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Step("ship", stuckDeploy)],
            verify: [Step("health", new ScriptedProbe())],
            rollback: [Step("checkout", stuckRollback), Step("restart", laterRollback)]);

        var running = _harness.StartAsync(checklist, interrupt, abort);
        await stuckDeploy.Started.WaitAsync(TestContext.Current.CancellationToken);
        await interrupt.CancelAsync();
        await stuckRollback.Started.WaitAsync(TestContext.Current.CancellationToken);
        await abort.CancelAsync();
        var run = await running;

        Assert.Equal(Verdict.Interrupted, run.Verdict);
        Assert.Equal(["deploy/ship/error", "rollback/checkout/error"], _harness.StoredSteps());
        Assert.Equal("aborted", _harness.Stored(Phase.Rollback, "checkout").Message);
        Assert.Equal(0, laterRollback.Calls);
        Assert.Equal("interrupted during deploy; rollback aborted", run.Summary);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_first_interrupt_does_not_stop_a_rollback_already_under_way()
    {
        using var interrupt = new CancellationTokenSource();
        var rollbackStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rollback = new ScriptedProbe().Then(async (_, token) =>
        {
            rollbackStarted.SetResult();
            await interrupted.Task.WaitAsync(token);
            return ScriptedProbe.Ok(true);
        });
        var post = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe().ThenFail())],
            verify: [Step("health", new ScriptedProbe())],
            post: [Step("history", post)],
            rollback: [Step("undo", rollback)]);

        var running = _harness.StartAsync(checklist, interrupt);
        await rollbackStarted.Task.WaitAsync(TestContext.Current.CancellationToken);
        await interrupt.CancelAsync();
        interrupted.SetResult();
        var run = await running;

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(StepStatus.Passed, _harness.Stored(Phase.Rollback, "undo").Status);
        Assert.Equal(0, post.Calls);
        Assert.Equal("deploy failed: ship — ok (false); rolled back; rollback verified; post skipped (interrupted)", run.Summary);
    }
}
