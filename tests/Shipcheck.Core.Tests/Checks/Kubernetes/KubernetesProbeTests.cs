using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Kubernetes;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>
/// The kubernetes probe reading a deployment and its pods. No Kubernetes cluster can run on this machine, so kubectl is
/// a stand-in (<see cref="StandInKubectl"/>, passed with the <c>kubectl:</c> option) that replays output captured in
/// real kubectl formats and records the arguments it was given.
/// </summary>
public sealed class KubernetesProbeTests : IDisposable
{
    private const string Deployment = "deployment/ohlcv-connector";

    private readonly StandInKubectl _kubectl = new();
    private readonly KubernetesKind _kind = new();

    public void Dispose() => _kubectl.Dispose();

    [Fact]
    public async Task Observes_a_finished_rollout_as_rolled_out_with_every_pod_ready()
    {
        Replay("deployment-rolled-out.json", "pods-rolled-out.json");

        var result = await Observe(("resource", Deployment));

        Assert.Null(result.Error);
        var seen = result.Observations;
        Assert.True(seen.Flag("rolled_out"));
        Assert.Equal("deployment \"ohlcv-connector\" successfully rolled out", seen.Text("status"));
        Assert.Equal([3, 3, 3, 3, 0], new[] { "desired", "ready", "updated", "available", "unavailable" }.Select(seen.Number));
        Assert.Equal(7, seen.Number("generation"));
        Assert.Equal(7, seen.Number("observed_generation"));
        Assert.Equal(6, seen.Number("revision"));
        Assert.Equal("registry.example.com/ohlcv-connector:0.2.0", seen.Text("image"));
        Assert.Equal(3, seen.Number("pods"));
        Assert.Equal(1, seen.Number("restarts"));
        var pods = Pods(result);
        Assert.Equal(["ohlcv-connector-6f7b9d4c8-2xk4p", "ohlcv-connector-6f7b9d4c8-9qv7m", "ohlcv-connector-6f7b9d4c8-tz5lw"], pods.Select(p => Text(p, "name")));
        Assert.All(pods, p => Assert.Equal(Value.Of(true), p.Entries["ready"]));
        Assert.Equal([0, 1, 0], pods.Select(p => ((NumberValue)p.Entries["restarts"]).Value));
        Assert.Equal(Value.Of("v0.2.0"), ((MapValue)pods[0].Entries["labels"]).Entries["version"]);
        Assert.Equal(Value.Of(DateTimeOffset.Parse("2026-05-14T09:12:05Z", System.Globalization.CultureInfo.InvariantCulture)), pods[0].Entries["started_at"]);
        Assert.Contains("ohlcv-connector-6f7b9d4c8-9qv7m  1/1    Running  1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_the_context_and_namespace_to_kubectl_and_finds_the_pods_by_the_deployments_selector()
    {
        Replay("deployment-rolled-out.json", "pods-rolled-out.json");

        await Observe(("resource", Deployment), ("context", "prod-eu"), ("namespace", "trading"));

        Assert.Equal(
            [
                ["get", "deployment", "ohlcv-connector", "-o", "json", "--context", "prod-eu", "--namespace", "trading"],
                ["get", "pods", "-l", "app=ohlcv-connector", "-o", "json", "--context", "prod-eu", "--namespace", "trading"],
            ],
            _kubectl.Calls);
    }

    [Fact]
    public async Task Passes_the_kubeconfig_as_a_full_path_and_uses_the_selector_it_is_given()
    {
        Replay("deployment-rolled-out.json", "pods-rolled-out.json");
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("kube"));
        File.WriteAllText(folder.File("kube/prod.yaml"), "apiVersion: v1\nkind: Config\n");

        await Observe(folder.Path, ("resource", Deployment), ("kubeconfig", "kube/prod.yaml"), ("selector", "app=ohlcv-connector,version=v0.2.0"));

        Assert.Equal(["get", "pods", "-l", "app=ohlcv-connector,version=v0.2.0", "-o", "json", "--kubeconfig", folder.File("kube/prod.yaml")], _kubectl.Calls[1]);
    }

    [Fact]
    public async Task Observes_a_rollout_in_progress_as_not_rolled_out()
    {
        Replay("deployment-mid-rollout.json", "pods-mid-rollout.json");

        var result = await Observe(("resource", Deployment));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("rolled_out"));
        Assert.Equal("Waiting for deployment \"ohlcv-connector\" rollout to finish: 1 out of 3 new replicas have been updated...",
            result.Observations.Text("status"));
        Assert.Equal(1, result.Observations.Number("updated"));
        Assert.Equal(1, result.Observations.Number("unavailable"));
        Assert.Equal(4, result.Observations.Number("pods"));
        var newPod = Pods(result).Single(p => Text(p, "name") == "ohlcv-connector-6f7b9d4c8-2xk4p");
        Assert.Equal(Value.Of(false), newPod.Entries["ready"]);
        Assert.Equal("Pending", Text(newPod, "phase"));
        Assert.Equal("ContainerCreating", Text(newPod, "reason"));
        Assert.Contains("ohlcv-connector-6f7b9d4c8-2xk4p   0/1    ContainerCreating  0", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observes_an_exceeded_progress_deadline_as_not_rolled_out_with_the_reason_in_the_evidence()
    {
        Replay("deployment-deadline-exceeded.json", "pods-crash-looping.json");

        var result = await Observe(("resource", Deployment));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("rolled_out"));
        Assert.Equal("deployment \"ohlcv-connector\" exceeded its progress deadline", result.Observations.Text("status"));
        Assert.Contains("Progressing=False (ProgressDeadlineExceeded): ReplicaSet \"ohlcv-connector-6f7b9d4c8\" has timed out progressing.",
            result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_the_restarts_of_a_crash_looping_pod_and_names_its_reason()
    {
        Replay("deployment-deadline-exceeded.json", "pods-crash-looping.json");

        var result = await Observe(("resource", Deployment));

        Assert.Equal(6, result.Observations.Number("restarts"));
        var crashing = Pods(result).Single(p => Text(p, "reason").Length > 0);
        Assert.Equal("CrashLoopBackOff", Text(crashing, "reason"));
        Assert.Equal("Running", Text(crashing, "phase"));
        Assert.Equal(Value.Of(6), crashing.Entries["restarts"]);
        Assert.Contains("0/1    CrashLoopBackOff  6", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waits_until_the_controller_has_seen_the_new_spec()
    {
        Replay("deployment-not-observed.json", "pods-rolled-out.json");

        var result = await Observe(("resource", Deployment));

        Assert.False(result.Observations.Flag("rolled_out"));
        Assert.Equal("Waiting for deployment spec update to be observed...", result.Observations.Text("status"));
        Assert.Equal(8, result.Observations.Number("generation"));
    }

    [Fact]
    public async Task Observes_no_matching_pods_as_an_empty_series()
    {
        Replay("deployment-rolled-out.json", "pods-none.json");

        var result = await Observe(("resource", Deployment));

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("pods"));
        Assert.Empty(Pods(result));
    }

    [Fact]
    public async Task Reads_a_statefulset_partitioned_rollout_the_way_kubectl_does()
    {
        _kubectl.Reply("get statefulset", KubectlReply.Json("statefulset-rolling.json")).Reply("get pods", KubectlReply.Json("pods-none.json"));

        var result = await Observe(("resource", "sts/quote-cache"));

        Assert.Null(result.Error);
        Assert.Equal(["get", "statefulset", "quote-cache", "-o", "json"], _kubectl.Calls[0]);
        Assert.False(result.Observations.Flag("rolled_out"));
        Assert.Equal("Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated...", result.Observations.Text("status"));
        Assert.Equal(0, result.Observations.Number("unavailable"));
        Assert.Equal(Value.Null, result.Observations["revision"]);
    }

    [Fact]
    public async Task Reads_a_daemonset_with_its_template_generation_as_the_revision()
    {
        _kubectl.Reply("get daemonset", KubectlReply.Json("daemonset-rolled-out.json")).Reply("get pods", KubectlReply.Json("pods-none.json"));

        var result = await Observe(("resource", "daemonset/node-agent"));

        Assert.True(result.Observations.Flag("rolled_out"));
        Assert.Equal("daemon set \"node-agent\" successfully rolled out", result.Observations.Text("status"));
        Assert.Equal(3, result.Observations.Number("desired"));
        Assert.Equal(3, result.Observations.Number("revision"));
        Assert.Equal(["get", "pods", "-l", "app=node-agent", "-o", "json"], _kubectl.Calls[1]);
    }

    [Fact]
    public async Task Renders_variables_in_the_resource_and_the_namespace()
    {
        Replay("deployment-rolled-out.json", "pods-rolled-out.json");
        var variables = new Dictionary<string, string> { ["service"] = "ohlcv-connector", ["ns"] = "trading" };

        await Probes.Observe(_kind, Options(("resource", "deployment/${service}"), ("namespace", "${ns}")), Probes.Context(_kubectl.Folder, variables));

        Assert.Equal(["get", "deployment", "ohlcv-connector", "-o", "json", "--namespace", "trading"], _kubectl.Calls[0]);
    }

    [Fact]
    public async Task Fails_before_running_kubectl_when_a_variable_makes_the_namespace_invalid()
    {
        var result = await Probes.Observe(_kind, Options(("resource", Deployment), ("namespace", "${ns}")),
            Probes.Context(_kubectl.Folder, new Dictionary<string, string> { ["ns"] = "Trading" }));

        Assert.Equal("'Trading' is not a Kubernetes namespace name (lower-case letters, digits and '-', at most 63); check the namespace option and the variables it uses", result.Error);
        Assert.Empty(_kubectl.Calls);
    }

    private void Replay(string deployment, string pods) =>
        _kubectl.Reply("get deployment", KubectlReply.Json(deployment)).Reply("get pods", KubectlReply.Json(pods));

    private Task<ProbeResult> Observe(params (string Name, object Value)[] options) => Observe(_kubectl.Folder, options);

    private Task<ProbeResult> Observe(string folder, params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, Options(options), Probes.Context(folder));

    private OptionValues Options(params (string Name, object Value)[] options) =>
        TestOptions.Of([.. options, ("kubectl", _kubectl.Program)]);

    private static List<MapValue> Pods(ProbeResult result) =>
        [.. Assert.IsType<ListValue>(result.Observations[ObservationSchema.SeriesObservation]).Items.Cast<MapValue>()];

    private static string Text(MapValue pod, string name) => Assert.IsType<StringValue>(pod.Entries[name]).Value;
}
