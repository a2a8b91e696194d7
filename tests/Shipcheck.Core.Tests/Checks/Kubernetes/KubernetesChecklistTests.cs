using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>
/// Seed 001's Kubernetes rolling update as a checklist, loaded by the ChecklistLoader and run by the engine on the real
/// clock. No Kubernetes cluster can run on this machine, so kubectl is a stand-in (<see cref="StandInKubectl"/>) that
/// replays a rollout in real kubectl formats, one reply per call.
/// </summary>
public sealed class KubernetesChecklistTests : IDisposable
{
    private readonly StandInKubectl _kubectl = new();

    public void Dispose() => _kubectl.Dispose();

    [Fact]
    public async Task Until_keeps_reading_the_rollout_and_passes_once_kubectl_reports_it_complete()
    {
        _kubectl
            .Reply("get deployment", Json("deployment-mid-rollout.json"), Json("deployment-mid-rollout.json"), Json("deployment-rolled-out.json"))
            .Reply("get pods", Json("pods-mid-rollout.json"), Json("pods-mid-rollout.json"), Json("pods-rolled-out.json"));

        var run = await RunAsync("""
            service: ohlcv-connector
            verify:
              - name: Watch Rollout
                kubernetes: { resource: deployment/ohlcv-connector, context: prod-eu, namespace: trading, kubectl: ./kubectl }
                until: 30s
                every: 100ms
                expect: [ rolled_out, ready == desired, all(ready), restarts < 5 ]
            """);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        var step = run.Steps.Single(s => s.Name == "Watch Rollout");
        Assert.Equal(StepStatus.Passed, step.Status);
        Assert.Equal(3, step.Attempts);
        Assert.Equal(6, _kubectl.Calls.Count);
        Assert.All(_kubectl.Calls, call => Assert.Equal(["--context", "prod-eu", "--namespace", "trading", "--request-timeout"], call.SkipLast(1).TakeLast(5)));
        // The step's default timeout (30s) reaches each attempt's first call as its request timeout, at least a second
        // shorter; how much shorter depends on how long the machine took to start kubectl, so only the bounds are fixed.
        Assert.All(_kubectl.Calls.Where(call => call[1] == "deployment"),
            call => Assert.InRange(int.Parse(call[^1].TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture), 1, 29));
    }

    [Fact]
    public async Task A_rollout_past_its_progress_deadline_fails_verify_and_the_rollback_undoes_it()
    {
        _kubectl
            .Reply("get deployment", Json("deployment-deadline-exceeded.json"), Json("deployment-deadline-exceeded.json"), Json("deployment-rolled-out.json"))
            .Reply("get pods", Json("pods-crash-looping.json"), Json("pods-crash-looping.json"), Json("pods-rolled-out.json"))
            .Reply("rollout undo", new KubectlReply("deployment.apps/ohlcv-connector rolled back\n"));

        var run = await RunAsync("""
            service: ohlcv-connector
            verify:
              - name: Verify Pods
                kubernetes: { resource: deployment/ohlcv-connector, kubectl: ./kubectl }
                retry: { attempts: 2, every: 100ms }
            rollback:
              - run: ./kubectl rollout undo deployment/ohlcv-connector
            """);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        var failed = run.Steps.Single(s => s is { Phase: Phase.Verify, Name: "Verify Pods" });
        Assert.Equal(StepStatus.Failed, failed.Status);
        Assert.Contains("rolled_out (false)", failed.Message, StringComparison.Ordinal);
        Assert.Contains("ProgressDeadlineExceeded", failed.Output, StringComparison.Ordinal);
        Assert.Contains(_kubectl.Calls, call => call.SequenceEqual(["rollout", "undo", "deployment/ohlcv-connector"]));
        Assert.Equal(StepStatus.Passed, run.Steps.Single(s => s is { Phase: Phase.RollbackVerify, Name: "Verify Pods" }).Status);
    }

    [Fact]
    public async Task A_kubectl_that_never_answers_is_killed_at_the_steps_timeout()
    {
        _kubectl.Reply("get deployment", KubectlReply.Hanging);

        var run = await RunAsync("""
            service: ohlcv-connector
            verify:
              - name: Watch Rollout
                kubernetes: { resource: ohlcv-connector, kubectl: ./kubectl }
                timeout: 3s
            """);

        var step = run.Steps.Single(s => s is { Phase: Phase.Verify, Name: "Watch Rollout" });
        Assert.Equal(StepStatus.Error, step.Status);
        Assert.Equal("timed out after 3s", step.Message);
        Assert.Equal(["--request-timeout", "2s"], _kubectl.Calls[0].TakeLast(2));
        Assert.Equal(2, _kubectl.HangingPids.Count);
        Assert.True(await Processes.AllGone(_kubectl.HangingPids, TimeSpan.FromSeconds(10)), "the stand-in kubectl or its child outlived the step");
    }

    [Fact]
    public async Task Judging_every_pod_when_the_selector_matches_none_is_no_data_not_a_pass()
    {
        _kubectl.Reply("get deployment", Json("deployment-rolled-out.json")).Reply("get pods", Json("pods-none.json"));

        var run = await RunAsync("""
            service: ohlcv-connector
            verify:
              - name: every pod ready
                kubernetes: { resource: ohlcv-connector, selector: "app=ohlcv-connector,version=v0.2.0", kubectl: ./kubectl }
                expect: all(ready)
            """);

        Assert.Equal(StepStatus.NoData, run.Steps.Single(s => s is { Phase: Phase.Verify, Name: "every pod ready" }).Status);
    }

    [Fact]
    public async Task A_pod_condition_outside_all_or_any_is_judged_for_every_pod()
    {
        _kubectl.Reply("get deployment", Json("deployment-mid-rollout.json")).Reply("get pods", Json("pods-mid-rollout.json"));

        var run = await RunAsync("""
            service: ohlcv-connector
            verify:
              - name: pods running
                kubernetes: { resource: ohlcv-connector, kubectl: ./kubectl }
                expect: phase == "Running" and not terminating
            """);

        var step = run.Steps.Single(s => s is { Phase: Phase.Verify, Name: "pods running" });
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.Contains("1 of 4 series fail: ohlcv-connector-6f7b9d4c8-2xk4p{", step.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_a_pods_readiness_with_a_replica_count_is_an_error_at_load_time()
    {
        var loaded = Load("""
            service: ohlcv-connector
            verify:
              - kubernetes: ohlcv-connector
                expect: all(ready == desired)
            """);

        Assert.Null(loaded.Checklist);
        Assert.Contains(loaded.Problems, p => p.Message.Contains("`ready == desired` compares a boolean with a number", StringComparison.Ordinal));
    }

    private static KubectlReply Json(string fixture) => KubectlReply.Json(fixture);

    private LoadResult Load(string yaml) =>
        ChecklistLoader.LoadText(yaml, "rollout.yaml", Path.Combine(_kubectl.Folder, "rollout.yaml"), CheckKinds.All);

    // The real clock: every attempt starts real kubectl processes, and the step's timeout must not fire at once as it
    // would on the engine tests' jumping clock. The loops are bounded by until/retry.
    private async Task<RunRecord> RunAsync(string yaml)
    {
        var loaded = Load(yaml);
        Assert.Empty(loaded.Problems);
        var prepared = RunPreparation.Prepare(loaded.Checklist!, new RunRequest { User = "alice", Host = "ci-1", ProcessId = 4242 }, _ => null, TimeProvider.System);
        var services = new RunnerServices(TimeProvider.System, new InMemoryRunStore(), new RecordingObserver(), new FixedAnswerPrompt(new ConfirmationAnswer(true, "alice", null)));
        return await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken);
    }
}
