using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class RecordingTests
{
    private const string Canary = "canary+s3cr3t\"value";
    private readonly EngineHarness _harness = new();

    [Fact]
    public async Task The_store_receives_the_run_then_every_step_in_order_then_the_verdict()
    {
        var checklist = Checklist(
            pre: [Step("previous", new ScriptedProbe().ThenPass("v1")) with { Capture = new CaptureDefinition("previous_version", null, false) }],
            deploy: [Step("ship", new ScriptedProbe().ThenFail())],
            verify: [Step("health", new ScriptedProbe())],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(
            ["begin", "capture previous_version", "step 1 pre previous passed", "step 2 deploy ship failed",
             "step 3 rollback undo passed", "step 4 rollback_verify health passed", "finish rolled_back"],
            _harness.Store.Calls);
        var stored = _harness.Store.Single();
        Assert.Equal(run.Steps, stored.Steps);
        Assert.Equal(run.Summary, stored.Summary);
        Assert.Equal(run.FinishedAt, stored.FinishedAt);
        Assert.Equal(("alice", "ci-1", 4242), (stored.User, stored.Host, stored.ProcessId));
    }

    [Fact]
    public async Task Secrets_from_the_environment_never_appear_in_any_stored_field()
    {
        _harness.Environment["API_TOKEN"] = Canary;
        // The secret comes back as output, as an observation, in an expectation's explanation and through a capture.
        var leaky = new ScriptedProbe().Then((context, _) =>
        {
            var token = context.Variables.Variable("API_TOKEN")!;
            return Task.FromResult(new ProbeResult(
                new Observations().Set("ok", Value.Of(true)).Set("value", Value.Of($"Bearer {token}")),
                Output: $"curl -H 'Authorization: Bearer {token}'"));
        });
        var checklist = Checklist(
            vars: [Var("url", "http://user:${API_TOKEN}@127.0.0.1/")],
            secrets: ["API_TOKEN"],
            deploy: [Step("ship", leaky, "ok", "value == \"nope\"") with { WarnOnly = true, Capture = new CaptureDefinition("header", null, false) }],
            verify: [Step("health", new ScriptedProbe().ThenThrow($"refused {Canary}"))],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        var everything = _harness.Store.Dump();
        Assert.DoesNotContain("s3cr3t", everything, StringComparison.Ordinal);
        Assert.Contains("****", _harness.Stored(Phase.Deploy, "ship").Output!, StringComparison.Ordinal);
        Assert.Equal("****", run.Variables["API_TOKEN"]);
        Assert.Equal("http://user:****@127.0.0.1/", run.Variables["url"]);
        Assert.Equal("Bearer ****", run.Captures["header"]);
        Assert.DoesNotContain("s3cr3t", string.Join("\n", _harness.Observer.Events.Select(e => e.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_capture_is_masked_everywhere_from_the_moment_it_is_captured()
    {
        var later = new ScriptedProbe().ThenReturn(ScriptedProbe.Ok(true, output: "token is tk-0987654321"));
        var checklist = Checklist(
            pre: [Step("mint token", new ScriptedProbe().ThenPass("tk-0987654321")) with { Capture = new CaptureDefinition("token", null, true) }],
            deploy: [Step("use token", later)]);

        var run = await _harness.RunAsync(checklist);

        Assert.DoesNotContain("tk-0987654321", _harness.Store.Dump(), StringComparison.Ordinal);
        Assert.Equal("captured token = ****", _harness.Stored(Phase.Pre, "mint token").Message);
        Assert.Equal("token is ****", _harness.Stored(Phase.Deploy, "use token").Output);
        Assert.Equal("****", run.Captures["token"]);
        // The command still gets the real value.
        Assert.Equal("tk-0987654321", Assert.Single(later.Contexts).ShellEnvironment["SHIPCHECK_VAR_token"]);
    }

    [Fact]
    public async Task The_observer_sees_the_run_as_it_happens()
    {
        var checklist = Checklist(deploy: [Step("ship", new ScriptedProbe())], verify: [Step("health", new ScriptedProbe())]);

        await _harness.RunAsync(checklist);

        var seen = _harness.Observer.Events.Select(e => e switch
        {
            RunStarted => "run started",
            PhaseStarted p => $"phase {Names.Of(p.Phase)}",
            StepStarted s => $"start {s.Name}",
            StepFinished f => $"finish {f.Step.Name} {Names.Of(f.Step.Status)}",
            RunFinished r => $"run finished {Names.Of(r.Run.Verdict)}",
            _ => "?",
        });
        Assert.Equal(
            ["run started", "phase deploy", "start ship", "finish ship passed", "phase verify", "start health", "finish health passed", "run finished succeeded"],
            seen);
    }

    [Fact]
    public async Task An_observer_that_throws_cannot_break_the_run()
    {
        var broken = new RecordingObserver(throws: true);
        var checklist = Checklist(deploy: [Step("ship", new ScriptedProbe())], verify: [Step("health", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist, broken);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(2, _harness.Store.Single().Steps.Count);
        Assert.IsType<RunFinished>(broken.Events[^1]);
    }
}
