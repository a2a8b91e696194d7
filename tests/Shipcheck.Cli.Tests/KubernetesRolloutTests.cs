using System.Text.Json;
using Shipcheck.Core.Tests.Checks.Kubernetes;

namespace Shipcheck.Cli.Tests;

/// <summary>
/// Seed 001's "Kubernetes Rolling Update" through the real CLI, with kubectl found on PATH as a user's would be. No
/// Kubernetes cluster can run on this machine, so that kubectl is a stand-in (<see cref="StandInKubectl"/>) put first
/// on the PATH of the shipcheck process only; it replays a rollout in real kubectl formats and records every call.
/// </summary>
public sealed class KubernetesRolloutTests : IDisposable
{
    private const string Checklist = """
        service: ohlcv-connector
        environment: production
        vars:
          deployment: ohlcv-connector
        pre:
          - name: previous revision
            kubernetes: { resource: "deployment/${deployment}", context: prod-eu, namespace: trading }
            capture: previous_revision
        deploy:
          - name: Apply Update
            run: kubectl apply -f deployment.yaml --context prod-eu --namespace trading
        verify:
          - name: Watch Rollout
            kubernetes: { resource: "deployment/${deployment}", context: prod-eu, namespace: trading }
            UNTIL
            expect:
              - rolled_out
              - all(ready)
              - all(labels.version == "v0.2.0")
              - restarts < 5
        rollback:
          - name: Rollback Deployment
            run: kubectl rollout undo "deployment/${deployment}" "--to-revision=${previous_revision}" --context prod-eu --namespace trading
        """;

    private readonly TempFolder _temp = new();
    private readonly StandInKubectl _kubectl = new();

    public void Dispose()
    {
        _kubectl.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Waits_for_the_rollout_with_until_and_succeeds()
    {
        _kubectl
            .Reply("get deployment", Json("deployment-rolled-out.json"), Json("deployment-mid-rollout.json"), Json("deployment-rolled-out.json"))
            .Reply("get pods", Json("pods-rolled-out.json"), Json("pods-mid-rollout.json"), Json("pods-rolled-out.json"))
            .Reply("apply none", new KubectlReply("deployment.apps/ohlcv-connector configured\n"));
        var checklist = _temp.Write("rollout.yaml", Checklist.Replace("UNTIL", "until: 1m\n    every: 200ms", StringComparison.Ordinal));

        var result = await ShipcheckProcess.RunAsync(_temp.Path, WithKubectlOnPath(), "run", checklist, "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("6", json.RootElement.GetProperty("captures").GetProperty("previous_revision").GetString());
        var verify = Step(json, "verify", "Watch Rollout");
        Assert.Equal("passed", verify.GetProperty("status").GetString());
        Assert.Equal(2, verify.GetProperty("attempts").GetInt32());
        Assert.Contains(_kubectl.Calls, c => c.SequenceEqual(["apply", "-f", "deployment.yaml", "--context", "prod-eu", "--namespace", "trading"]));
    }

    [Fact]
    public async Task Rolls_back_to_the_captured_revision_when_the_rollout_exceeds_its_deadline()
    {
        _kubectl
            .Reply("get deployment", Json("deployment-rolled-out.json"), Json("deployment-deadline-exceeded.json"), Json("deployment-rolled-out.json"))
            .Reply("get pods", Json("pods-rolled-out.json"), Json("pods-crash-looping.json"), Json("pods-rolled-out.json"))
            .Reply("apply none", new KubectlReply("deployment.apps/ohlcv-connector configured\n"))
            .Reply("rollout undo", new KubectlReply("deployment.apps/ohlcv-connector rolled back\n"));
        var checklist = _temp.Write("rollout.yaml", Checklist.Replace("UNTIL", "timeout: 20s", StringComparison.Ordinal));

        var result = await ShipcheckProcess.RunAsync(_temp.Path, WithKubectlOnPath(), "run", checklist, "--output", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("rolled_back", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("failed", Step(json, "verify", "Watch Rollout").GetProperty("status").GetString());
        Assert.Contains(_kubectl.Calls, c => c.SequenceEqual(["rollout", "undo", "deployment/ohlcv-connector", "--to-revision=6", "--context", "prod-eu", "--namespace", "trading"]));
    }

    [Fact]
    public async Task Says_how_to_fix_a_kubectl_missing_from_path()
    {
        var checklist = _temp.Write("rollout.yaml", """
            service: ohlcv-connector
            verify:
              - kubernetes: deployment/ohlcv-connector
            """);
        var emptyFolder = Directory.CreateDirectory(_temp.PathOf("empty-bin")).FullName;

        var result = await ShipcheckProcess.RunAsync(_temp.Path, new Dictionary<string, string> { ["PATH"] = emptyFolder }, "run", checklist, "--output", "json");

        // verify errs, and with nothing to roll back with, so does rollback_verify: rollback_failed.
        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("kubectl not found on PATH: install it or set kubectl: to its path", result.Stdout, StringComparison.Ordinal);
    }

    private static KubectlReply Json(string fixture) => KubectlReply.Json(fixture);

    private Dictionary<string, string> WithKubectlOnPath() =>
        new() { ["PATH"] = $"{_kubectl.Folder}:{Environment.GetEnvironmentVariable("PATH")}" };

    private static JsonElement Step(JsonDocument json, string phase, string name) => json.RootElement.GetProperty("steps").EnumerateArray()
        .Single(s => s.GetProperty("phase").GetString() == phase && s.GetProperty("name").GetString() == name);
}
