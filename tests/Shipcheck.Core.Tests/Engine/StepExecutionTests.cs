using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class StepExecutionTests
{
    private readonly EngineHarness _harness = new();

    private async Task<Shipcheck.Core.Store.StepRecord> RunDeployStep(StepDefinition step, VariableDefinition[]? vars = null)
    {
        await _harness.RunAsync(Checklist(deploy: [step], vars: vars));
        return _harness.Stored(Phase.Deploy, step.Name);
    }

    [Fact]
    public async Task The_probe_learns_the_texts_its_expectations_count()
    {
        var probe = new ScriptedProbe();
        var step = Step("collector", probe, "count(\"PUBLISHED\") >= 1 or true", "count('WebSocket Connected') >= count(\"PUBLISHED\") or true");

        await RunDeployStep(step);

        Assert.Equal(["PUBLISHED", "WebSocket Connected"], probe.Contexts[0].CountedPatterns);
    }

    [Fact]
    public async Task A_failed_step_says_what_the_probe_summarized_after_the_failed_expectation()
    {
        var summarized = ScriptedProbe.Ok(false) with { Summary = "2 of 3 running; not running: api (exited (1))" };
        var step = Step("services", new ScriptedProbe().ThenReturn(summarized), "ok");

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Failed, record.Status);
        Assert.Equal("ok (false) — 2 of 3 running; not running: api (exited (1))", record.Message);
    }

    [Fact]
    public async Task A_passing_step_does_not_carry_the_summary()
    {
        var summarized = ScriptedProbe.Ok(true) with { Summary = "all 3 running" };

        var record = await RunDeployStep(Step("services", new ScriptedProbe().ThenReturn(summarized), "ok"));

        Assert.Equal(StepStatus.Passed, record.Status);
        Assert.Null(record.Message);
    }

    [Fact]
    public async Task A_false_when_skips_the_step_and_says_why()
    {
        var probe = new ScriptedProbe();
        var step = Step("optional", probe) with { When = Expr("environment == \"production\"") };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Skipped, record.Status);
        Assert.Equal(0, probe.Calls);
        Assert.Equal("skipped: when environment (\"test\") == \"production\"", record.Message);
    }

    [Theory]
    [InlineData("yes", StepStatus.Passed)]
    [InlineData("true", StepStatus.Passed)]
    [InlineData("no", StepStatus.Skipped)]
    [InlineData("false", StepStatus.Skipped)]
    public async Task A_variable_named_bare_reading_yes_or_no_is_a_condition_on_its_own(string value, StepStatus expected)
    {
        _harness.Request = _harness.Request with { Variables = new Dictionary<string, string> { ["market_hours"] = value } };
        var byName = Step("by name", new ScriptedProbe()) with { When = Expr("market_hours") };

        await _harness.RunAsync(Checklist(deploy: [byName], vars: [Var("market_hours", "no")]));

        Assert.Equal(expected, _harness.Stored(Phase.Deploy, "by name").Status);
    }

    [Fact]
    public async Task A_reference_is_the_variables_text_so_it_compares_with_text()
    {
        _harness.Request = _harness.Request with { Variables = new Dictionary<string, string> { ["running"] = "yes" } };
        var matches = Step("matches", new ScriptedProbe()) with { When = Expr("${running} == \"yes\"") };
        var differs = Step("differs", new ScriptedProbe()) with { When = Expr("${running} == \"no\"") };
        var flag = Step("true flag", new ScriptedProbe()) with { When = Expr("${running} == \"yes\" and ${running} != \"true\"") };

        await _harness.RunAsync(Checklist(deploy: [matches, differs, flag], vars: [Var("running", "no")]));

        Assert.Equal(StepStatus.Passed, _harness.Stored(Phase.Deploy, "matches").Status);
        Assert.Equal(StepStatus.Skipped, _harness.Stored(Phase.Deploy, "differs").Status);
        Assert.Equal(StepStatus.Passed, _harness.Stored(Phase.Deploy, "true flag").Status);
    }

    [Fact]
    public async Task Retry_runs_the_probe_again_after_each_pause_until_it_passes()
    {
        var probe = new ScriptedProbe().ThenFail().ThenFail().ThenPass();
        var step = Step("flaky", probe) with { Retry = new RetryPolicy(5, TimeSpan.FromSeconds(3)) };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Passed, record.Status);
        Assert.Equal(3, record.Attempts);
        Assert.Equal([0, 3, 6], probe.CallTimes.Select(t => (t - JumpingTimeProvider.Start).TotalSeconds));
    }

    [Fact]
    public async Task Retry_gives_up_after_the_last_attempt()
    {
        var probe = new ScriptedProbe().ThenFail();
        var step = Step("broken", probe) with { Retry = new RetryPolicy(3, TimeSpan.FromSeconds(1)) };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Failed, record.Status);
        Assert.Equal(3, record.Attempts);
        Assert.Equal(3, probe.Calls);
    }

    [Fact]
    public async Task Until_keeps_checking_every_pause_until_the_window_closes()
    {
        var probe = new ScriptedProbe().ThenFail();
        var step = Step("service answers", probe) with { Until = TimeSpan.FromSeconds(10), Every = TimeSpan.FromSeconds(3) };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Failed, record.Status);
        // The last check happens as the window closes, not a whole pause after it.
        Assert.Equal([0, 3, 6, 9, 10], probe.CallTimes.Select(t => (t - JumpingTimeProvider.Start).TotalSeconds));
        Assert.Equal(5, record.Attempts);
    }

    [Fact]
    public async Task Until_stops_as_soon_as_the_check_holds()
    {
        var probe = new ScriptedProbe().ThenFail().ThenFail().ThenFail().ThenPass();
        var step = Step("service answers", probe) with { Until = TimeSpan.FromSeconds(30), Every = TimeSpan.FromMilliseconds(500) };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Passed, record.Status);
        Assert.Equal(4, record.Attempts);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), _harness.Time.Elapsed);
    }

    [Fact]
    public async Task An_attempt_that_outlives_its_timeout_is_an_error()
    {
        var step = Step("slow", new ScriptedProbe().ThenBlock()) with { Timeout = TimeSpan.FromSeconds(30) };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Error, record.Status);
        Assert.Equal("timed out after 30s", record.Message);
    }

    [Fact]
    public async Task A_probe_that_reports_its_own_cancellation_after_the_timeout_is_a_timeout_and_keeps_its_output()
    {
        // As the run kind does: kill the command, then return what it printed.
        var probe = new ScriptedProbe().Then(async (_, token) =>
        {
            await Task.WhenAny(Task.Delay(Timeout.Infinite, token));
            return Shipcheck.Core.Checks.ProbeResult.Failed("cancelled (timeout or interrupt)", output: "migrating table 3 of 9");
        });
        var step = Step("migrate", probe) with { Timeout = TimeSpan.FromMinutes(2) };

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Error, record.Status);
        Assert.Equal("timed out after 2m", record.Message);
        Assert.Equal("migrating table 3 of 9", record.Output);
    }

    [Fact]
    public async Task A_probe_that_throws_is_an_error_with_its_message_and_the_run_goes_on_to_rollback()
    {
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe().ThenThrow("connection reset by peer"))],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        var record = _harness.Stored(Phase.Deploy, "ship");
        Assert.Equal(StepStatus.Error, record.Status);
        Assert.Equal("connection reset by peer", record.Message);
        Assert.Equal(Verdict.RolledBack, run.Verdict);
    }

    [Fact]
    public async Task A_probe_that_could_not_look_is_an_error_and_keeps_its_output()
    {
        var probe = new ScriptedProbe().ThenReturn(Shipcheck.Core.Checks.ProbeResult.Failed("connection refused", output: "curl: (7)"));

        var record = await RunDeployStep(Step("health", probe));

        Assert.Equal(StepStatus.Error, record.Status);
        Assert.Equal("connection refused", record.Message);
        Assert.Equal("curl: (7)", record.Output);
    }

    [Fact]
    public async Task A_capture_sets_a_variable_that_later_steps_and_their_commands_see()
    {
        var later = new ScriptedProbe();
        var capture = Step("previous version", new ScriptedProbe().ThenPass("  v1.4.2\n")) with { Capture = new CaptureDefinition("previous_version", null, false) };
        var checklist = Checklist(pre: [capture], deploy: [Step("ship", later)]);

        var run = await _harness.RunAsync(checklist);

        var context = Assert.Single(later.Contexts);
        Assert.Equal("v1.4.2", context.Variables.Variable("previous_version"));
        Assert.Equal("v1.4.2", context.ShellEnvironment["SHIPCHECK_VAR_previous_version"]);
        Assert.Equal("captured previous_version = v1.4.2", _harness.Stored(Phase.Pre, "previous version").Message);
        Assert.Equal("v1.4.2", run.Captures["previous_version"]);
        Assert.Equal("v1.4.2", _harness.Store.Single().Captures["previous_version"]);
    }

    [Fact]
    public async Task A_capture_with_a_value_expression_stores_that_value()
    {
        var capture = Step("count", new ScriptedProbe().ThenReturn(ScriptedProbe.Number(41)), "n > 0")
            with
        { Capture = new CaptureDefinition("replicas", Expr("n + 1"), false) };

        var record = await RunDeployStep(capture);

        Assert.Equal("captured replicas = 42", record.Message);
    }

    [Fact]
    public async Task A_passed_step_whose_value_cannot_be_captured_is_an_error()
    {
        var capture = Step("count", new ScriptedProbe().ThenReturn(ScriptedProbe.Number(1)), "n > 0")
            with
        { Capture = new CaptureDefinition("previous", null, false) };

        var record = await RunDeployStep(capture);

        Assert.Equal(StepStatus.Error, record.Status);
        Assert.Equal("capture previous: the step observed no 'value'", record.Message);
    }

    [Fact]
    public async Task A_confirm_step_records_who_confirmed_and_their_comment()
    {
        var observations = new Observations()
            .Set("confirmed", Value.Of(true))
            .Set("by", Value.Of("alice"))
            .Set("comment", Value.Of("reviewed by bob"));
        var step = Step("reviewed", new ScriptedProbe().ThenReturn(new(observations)), new ScriptedKind("confirm"), null, "confirmed");

        var record = await RunDeployStep(step);

        Assert.Equal(StepStatus.Passed, record.Status);
        Assert.Equal("confirmed by alice: reviewed by bob", record.Message);
    }

    [Fact]
    public async Task Probes_get_the_checklist_folder_the_step_name_and_every_variable_for_the_shell()
    {
        _harness.Environment["API_TOKEN"] = "tok-123456";
        var probe = new ScriptedProbe();
        var checklist = Checklist(deploy: [Step("ship", probe)], vars: [Var("port", "18080")], secrets: ["API_TOKEN"]);

        await _harness.RunAsync(checklist);

        var context = Assert.Single(probe.Contexts);
        Assert.Equal(checklist.Directory, context.WorkingDirectory);
        Assert.Equal("ship", context.StepName);
        Assert.Equal("18080", context.ShellEnvironment["SHIPCHECK_VAR_port"]);
        Assert.Equal("demo", context.ShellEnvironment["SHIPCHECK_VAR_service"]);
        // Secrets must reach commands; they are masked only where things are shown or stored.
        Assert.Equal("tok-123456", context.ShellEnvironment["SHIPCHECK_VAR_API_TOKEN"]);
    }
}
