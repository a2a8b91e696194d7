using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Kubernetes;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>
/// What the kubernetes probe reports when it cannot look. No Kubernetes cluster can run on this machine, so kubectl is
/// a stand-in (<see cref="StandInKubectl"/>) that fails the way real kubectl does: its stderr wording, its exit code 1,
/// or never answering.
/// </summary>
public sealed class KubernetesFailureTests : IDisposable
{
    private readonly StandInKubectl _kubectl = new();
    private readonly KubernetesKind _kind = new();

    public void Dispose() => _kubectl.Dispose();

    [Fact]
    public async Task Reports_kubectls_not_found_message_and_what_to_check()
    {
        _kubectl.Reply("get deployment", KubectlReply.Error("Error from server (NotFound): deployments.apps \"ohlcv-connector\" not found\n"));

        var result = await Observe(("resource", "deployment/ohlcv-connector"), ("namespace", "trading"));

        Assert.Equal("kubectl get deployment ohlcv-connector -o json --namespace trading failed: "
            + "Error from server (NotFound): deployments.apps \"ohlcv-connector\" not found; check the name, the namespace and the context",
            result.Error);
        Assert.Single(_kubectl.Calls);
    }

    [Fact]
    public async Task Reports_a_context_that_the_kubeconfig_does_not_have()
    {
        _kubectl.Reply("get deployment", KubectlReply.Error("Error in configuration: context was not found for specified context: prod-us\n"));

        var result = await Observe(("resource", "ohlcv-connector"), ("context", "prod-us"));

        Assert.Equal("kubectl get deployment ohlcv-connector -o json --context prod-us failed: "
            + "Error in configuration: context was not found for specified context: prod-us; check the context option against 'kubectl config get-contexts'",
            result.Error);
    }

    [Fact]
    public async Task Reports_an_unreachable_cluster_in_kubectls_words_without_its_log_lines()
    {
        const string klog = "E0514 09:12:03.123456   48211 memcache.go:265] couldn't get current server API group list: "
            + "Get \"https://127.0.0.1:6443/api?timeout=32s\": dial tcp 127.0.0.1:6443: connect: connection refused\n";
        _kubectl.Reply("get deployment", KubectlReply.Error(klog + klog
            + "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?\n"));

        var result = await Observe(("resource", "ohlcv-connector"));

        Assert.Equal("kubectl get deployment ohlcv-connector -o json failed: The connection to the server 127.0.0.1:6443 was refused - "
            + "did you specify the right host or port?; the cluster's API server cannot be reached: check the context, the network or VPN, and that the cluster runs",
            result.Error);
    }

    [Fact]
    public async Task Reports_missing_permissions_with_an_rbac_hint()
    {
        _kubectl.Reply("get deployment", KubectlReply.Json("deployment-rolled-out.json")).Reply("get pods", KubectlReply.Error(
            "Error from server (Forbidden): pods is forbidden: User \"system:serviceaccount:ci:deployer\" cannot list resource \"pods\" in API group \"\" in the namespace \"trading\"\n"));

        var result = await Observe(("resource", "ohlcv-connector"));

        Assert.EndsWith("the kubeconfig's user may not read it: check its RBAC permissions (get on the workload and on pods)", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("kubectl get pods -l app=ohlcv-connector -o json failed: Error from server (Forbidden)", result.Error, StringComparison.Ordinal);
        // What was read before the failure is kept: the rollout itself was observed.
        Assert.True(result.Observations.Flag("rolled_out"));
        Assert.Contains("deployment/ohlcv-connector: deployment \"ohlcv-connector\" successfully rolled out", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_kubectl_prints_something_other_than_json()
    {
        _kubectl.Reply("get deployment", new KubectlReply("NAME              READY   UP-TO-DATE   AVAILABLE   AGE\nohlcv-connector   3/3     3            3           72d\n"));

        var result = await Observe(("resource", "ohlcv-connector"));

        Assert.Equal("kubectl get deployment ohlcv-connector -o json printed 'NAME              READY   UP-TO-DATE   AVAILABLE   AGE', "
            + "not the JSON of kubectl -o json; check that the kubectl option names kubectl", result.Error);
    }

    [Fact]
    public async Task Fails_when_kubectl_returns_another_kind_of_object()
    {
        _kubectl.Reply("get deployment", KubectlReply.Json("statefulset-rolling.json"));

        var result = await Observe(("resource", "ohlcv-connector"));

        Assert.Equal("kubectl get deployment ohlcv-connector -o json printed a StatefulSet, not a Deployment; check that the kubectl option names kubectl", result.Error);
    }

    [Fact]
    public async Task Fails_when_the_kubectl_option_names_a_file_that_does_not_exist()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("resource", "ohlcv-connector"), ("kubectl", "bin/kubectl")), Probes.Context(_kubectl.Folder));

        Assert.Equal($"kubectl {Path.Combine(_kubectl.Folder, "bin/kubectl")} does not exist; check the kubectl option", result.Error);
    }

    [Fact]
    public async Task Fails_with_an_install_hint_when_the_named_kubectl_is_not_on_path()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("resource", "ohlcv-connector"), ("kubectl", "kubectl-1.99-absent")), Probes.Context(_kubectl.Folder));

        Assert.Equal("kubectl 'kubectl-1.99-absent' not found on PATH: install it or set kubectl: to its path", result.Error);
    }

    [Fact]
    public async Task Fails_when_the_kubeconfig_does_not_exist()
    {
        var result = await Observe(("resource", "ohlcv-connector"), ("kubeconfig", "missing.yaml"));

        Assert.Equal($"the kubeconfig {Path.Combine(_kubectl.Folder, "missing.yaml")} does not exist; check the kubeconfig option", result.Error);
        Assert.Empty(_kubectl.Calls);
    }

    [Fact]
    public async Task Stops_a_kubectl_that_never_answers_and_everything_it_started_when_the_step_is_cancelled()
    {
        _kubectl.Reply("get deployment", KubectlReply.Hanging);
        using var step = new CancellationTokenSource();
        var observing = Probes.ObserveUntilCancelled(_kind, Options(("resource", "ohlcv-connector")), Probes.Context(_kubectl.Folder), step.Token);

        Assert.True(await Processes.WaitUntil(() => _kubectl.HangingPids.Count == 2, TimeSpan.FromSeconds(30)), "the stand-in never started hanging");
        var pids = _kubectl.HangingPids;
        await step.CancelAsync();
        var result = await observing;

        Assert.StartsWith("kubectl get deployment ohlcv-connector -o json was stopped after ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("(timeout or interrupt); kubectl and anything it started were killed", result.Error, StringComparison.Ordinal);
        Assert.True(await Processes.AllGone(pids, TimeSpan.FromSeconds(10)), "the stand-in kubectl or its child outlived the step");
    }

    private Task<ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, Options(options), Probes.Context(_kubectl.Folder));

    private OptionValues Options(params (string Name, object Value)[] options) => TestOptions.Of([.. options, ("kubectl", _kubectl.Program)]);
}
