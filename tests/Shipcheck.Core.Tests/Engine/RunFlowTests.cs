using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class RunFlowTests
{
    private readonly EngineHarness _harness = new();

    [Fact]
    public async Task Runs_the_phases_in_order_and_succeeds()
    {
        var checklist = Checklist(
            pre: [Step("check", new ScriptedProbe())],
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", new ScriptedProbe())],
            post: [Step("history", new ScriptedProbe())],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(["pre/check/passed", "deploy/ship/passed", "verify/health/passed", "post/history/passed"], _harness.StoredSteps());
        Assert.Equal("all steps passed", run.Summary);
        Assert.Equal(0, VerdictExitCodes.For(run.Verdict));
    }

    [Fact]
    public async Task A_pre_failure_ends_the_run_as_failed_without_deploying_or_rolling_back()
    {
        var deploy = new ScriptedProbe();
        var rollback = new ScriptedProbe();
        var checklist = Checklist(
            pre: [Step("clean tree", new ScriptedProbe().ThenFail()), Step("after", new ScriptedProbe())],
            deploy: [Step("ship", deploy)],
            verify: [Step("health", new ScriptedProbe())],
            rollback: [Step("undo", rollback)]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Failed, run.Verdict);
        Assert.Equal(["pre/clean tree/failed"], _harness.StoredSteps());
        Assert.Equal(0, deploy.Calls);
        Assert.Equal(0, rollback.Calls);
        Assert.Equal("pre failed: clean tree — ok (false); nothing deployed", run.Summary);
    }

    [Fact]
    public async Task A_deploy_failure_stops_deploy_rolls_back_and_verifies_again()
    {
        var later = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe().ThenFail()), Step("migrate", later)],
            verify: [Step("health", new ScriptedProbe())],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(["deploy/ship/failed", "rollback/undo/passed", "rollback_verify/health/passed"], _harness.StoredSteps());
        Assert.Equal(0, later.Calls);
        Assert.Equal("deploy failed: ship — ok (false); rolled back; rollback verified", run.Summary);
        Assert.Equal(1, VerdictExitCodes.For(run.Verdict));
    }

    [Fact]
    public async Task A_verify_failure_rolls_back_and_names_the_check_with_its_observed_value()
    {
        var health = new ScriptedProbe().ThenReturn(ScriptedProbe.Number(503)).ThenReturn(ScriptedProbe.Number(200));
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", health, "n == 200")],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal("verify failed: health — n (503) == 200; rolled back; rollback verified", run.Summary);
        var failed = _harness.Stored(Phase.Verify, "health");
        Assert.Equal("n (503) == 200", Assert.Single(failed.Expectations).Explanation);
        Assert.False(failed.Expectations[0].Holds);
    }

    [Fact]
    public async Task A_check_that_meets_no_series_is_no_data_and_rolls_back_like_a_failure()
    {
        var empty = new ProbeResult(new Observations().Set(ObservationSchema.SeriesObservation, new ListValue([])));
        var breakers = new ScriptedProbe().ThenReturn(empty).ThenReturn(empty);
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("breakers closed", breakers, "all(value == 0)")],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
        Assert.Equal(["deploy/ship/passed", "verify/breakers closed/no_data", "rollback/undo/passed", "rollback_verify/breakers closed/no_data"],
            _harness.StoredSteps());
        var stored = _harness.Stored(Phase.Verify, "breakers closed");
        Assert.Equal("all(value == 0) (no data: no series matched)", stored.Message);
    }

    [Fact]
    public async Task A_failing_rollback_step_is_rollback_failed_and_later_rollback_steps_do_not_run()
    {
        var second = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe().ThenFail())],
            verify: [Step("health", new ScriptedProbe())],
            rollback: [Step("checkout", new ScriptedProbe().ThenThrow("git is gone")), Step("restart", second)]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
        Assert.Equal(0, second.Calls);
        Assert.Equal(["deploy/ship/failed", "rollback/checkout/error", "rollback_verify/health/passed"], _harness.StoredSteps());
        Assert.Equal("deploy failed: ship — ok (false); rollback failed: checkout — git is gone; rollback_verify passed", run.Summary);
        Assert.Equal(4, VerdictExitCodes.For(run.Verdict));
    }

    [Fact]
    public async Task A_failing_check_after_rollback_is_rollback_failed()
    {
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", new ScriptedProbe().ThenFail())],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
        Assert.Equal(["deploy/ship/passed", "verify/health/failed", "rollback/undo/passed", "rollback_verify/health/failed"], _harness.StoredSteps());
        Assert.Equal("verify failed: health — ok (false); rolled back; rollback_verify failed: health — ok (false)", run.Summary);
    }

    [Fact]
    public async Task Without_rollback_steps_the_checks_still_run_again_and_the_run_failed_rather_than_rolled_back()
    {
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", new ScriptedProbe().ThenFail().ThenPass())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Failed, run.Verdict);
        Assert.Equal(["deploy/ship/passed", "verify/health/failed", "rollback_verify/health/passed"], _harness.StoredSteps());
        Assert.Equal("verify failed: health — ok (false); no rollback declared; verify passed again", run.Summary);
    }

    [Fact]
    public async Task Without_rollback_steps_a_service_that_stays_broken_needs_a_person()
    {
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", new ScriptedProbe().ThenFail().ThenFail())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
        Assert.Contains("no rollback declared", run.Summary);
    }

    [Fact]
    public async Task A_warn_only_failure_does_not_fail_the_run()
    {
        var optional = Step("optional", new ScriptedProbe().ThenFail()) with { WarnOnly = true };
        var checklist = Checklist(deploy: [Step("ship", new ScriptedProbe())], verify: [optional]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(StepStatus.Warned, _harness.Stored(Phase.Verify, "optional").Status);
        Assert.Equal("all steps passed, 1 with a warning", run.Summary);
    }

    [Fact]
    public async Task Post_runs_after_a_rollback_and_sees_the_pending_verdict()
    {
        RunRecord? soFar = null;
        var history = new ScriptedProbe().Then((context, _) =>
        {
            soFar = context.RunSoFar();
            return Task.FromResult(ScriptedProbe.Ok(true));
        });
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [Step("health", new ScriptedProbe().ThenFail().ThenPass())],
            post: [Step("history", history)],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.NotNull(soFar);
        Assert.Equal(Verdict.RolledBack, soFar.Verdict);
        Assert.Equal(run.Summary, soFar.Summary);
        Assert.Equal(["deploy/ship/passed", "verify/health/failed", "rollback/undo/passed", "rollback_verify/health/passed"],
            soFar.Steps.Select(s => $"{Names.Of(s.Phase)}/{s.Name}/{Names.Of(s.Status)}"));
        Assert.Equal("post/history/passed", _harness.StoredSteps()[^1]);
    }

    [Fact]
    public async Task A_post_failure_is_a_warning_and_the_remaining_post_steps_still_run()
    {
        var notify = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            post: [Step("history", new ScriptedProbe().ThenThrow("disk full")), Step("notify", notify)]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        var history = _harness.Stored(Phase.Post, "history");
        Assert.Equal(StepStatus.Warned, history.Status);
        Assert.Equal("disk full", history.Message);
        Assert.Equal(1, notify.Calls);
    }
}
