using Shipcheck.Core.Checks.Kubernetes;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

public sealed class KubernetesKindValidationTests
{
    private readonly KubernetesKind _kind = new();

    [Fact]
    public void Accepts_a_complete_step()
    {
        var options = TestOptions.Of(
            ("resource", "deployment/ohlcv-connector"),
            ("namespace", "trading"),
            ("context", "prod-eu"),
            ("kubeconfig", "kube/prod.yaml"),
            ("selector", "app=ohlcv-connector,version=v0.2.0"),
            ("kubectl", "/usr/local/bin/kubectl"));

        Assert.Empty(TestOptions.Validate(_kind, options).Items);
    }

    [Theory]
    [InlineData("ohlcv-connector")]
    [InlineData("deploy/ohlcv-connector")]
    [InlineData("deployments.apps/ohlcv-connector")]
    [InlineData("Deployment/ohlcv-connector")]
    [InlineData("sts/quote-cache")]
    [InlineData("statefulset/quote-cache")]
    [InlineData("ds/node-agent")]
    [InlineData("daemonsets/node-agent")]
    public void Accepts_the_spellings_kubectl_accepts_for_a_workload(string resource)
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("resource", resource))).Items);
    }

    [Fact]
    public void Rejects_a_resource_that_has_no_rollout_status()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("resource", "pod/ohlcv-connector-6f7b9d4c8-2xk4p"))).Items);

        Assert.Equal("'pod' has no rollout status: kubectl rollout status knows deployments, statefulsets and daemonsets", diagnostic.Message);
        Assert.Equal(WorkloadReference.Hint, diagnostic.Hint);
    }

    [Fact]
    public void Rejects_a_name_kubernetes_would_not_accept()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("resource", "deployment/OHLCV_connector"))).Items);

        Assert.Equal("'OHLCV_connector' is not a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253)", diagnostic.Message);
    }

    [Fact]
    public void Rejects_an_empty_resource()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("resource", " "))).Items);

        Assert.Equal("the resource is empty", diagnostic.Message);
    }

    [Fact]
    public void Rejects_a_namespace_that_is_not_a_dns_label()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("resource", "web"), ("namespace", "Trading.EU"))).Items);

        Assert.Equal("'Trading.EU' is not a Kubernetes namespace name (lower-case letters, digits and '-', at most 63)", diagnostic.Message);
        Assert.Equal(KubernetesOptionRules.NamespaceHint, diagnostic.Hint);
    }

    [Theory]
    [InlineData("context")]
    [InlineData("kubeconfig")]
    [InlineData("selector")]
    [InlineData("kubectl")]
    public void Rejects_an_empty_option(string option)
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("resource", "web"), (option, "  "))).Items);

        Assert.Equal($"'{option}' is empty", diagnostic.Message);
    }

    [Fact]
    public void Leaves_values_built_from_variables_to_run_time()
    {
        var options = TestOptions.Of(("resource", "deployment/${service}"), ("namespace", "${namespace}"), ("context", "${cluster}"));

        Assert.Empty(TestOptions.Validate(_kind, options).Items);
    }
}
