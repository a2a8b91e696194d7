using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Kubernetes;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

public sealed class KubernetesKindTests
{
    private readonly ICheckKind _kind = CheckKinds.Find("kubernetes")!;

    [Fact]
    public void Is_registered_with_the_resource_as_its_short_form()
    {
        Assert.IsType<KubernetesKind>(_kind);
        Assert.Equal("resource", _kind.ShorthandOption);
        Assert.Equal(TimeSpan.FromSeconds(30), _kind.DefaultTimeout);
    }

    [Fact]
    public void Expects_the_rollout_to_be_complete_and_captures_the_revision_by_default()
    {
        Assert.Equal("rolled_out", _kind.DefaultExpectation);
        Assert.Equal("revision", _kind.CaptureObservation);
    }

    [Fact]
    public void Observes_the_pods_as_series_with_their_own_ready_and_restarts()
    {
        var pod = _kind.Observations.Series!;

        Assert.Equal(ValueKind.List, _kind.Observations.Fields[ObservationSchema.SeriesObservation]);
        Assert.Equal(ValueKind.Number, _kind.Observations.Fields["ready"]);
        Assert.Equal(ValueKind.Bool, pod.Fields["ready"]);
        Assert.Equal(ValueKind.Number, pod.Fields["restarts"]);
        Assert.Equal(["name", "labels"], pod.Fields.Keys.Take(2));
    }
}
