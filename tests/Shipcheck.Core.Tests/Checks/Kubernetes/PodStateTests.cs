using Shipcheck.Core.Checks.Kubernetes;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>How a pod's status reads, as kubectl get pods shows it.</summary>
public sealed class PodStateTests
{
    [Fact]
    public void A_failing_init_container_is_the_reason_before_any_other_container()
    {
        var pod = Pod(init: [Waiting("CrashLoopBackOff")], containers: [Waiting("PodInitializing")]);

        Assert.Equal("Init:CrashLoopBackOff", PodState.Reason(pod));
    }

    [Fact]
    public void An_init_container_that_is_only_initializing_is_no_reason()
    {
        var pod = Pod(init: [Waiting("PodInitializing")], containers: [], podReason: null);

        Assert.Equal("", PodState.Reason(pod));
    }

    [Fact]
    public void A_container_killed_by_a_signal_without_a_reason_names_the_signal()
    {
        var pod = Pod(init: [], containers: [new ContainerStatusJson { State = new ContainerStateJson { Terminated = new ContainerTerminatedJson { Signal = 9 } } }]);

        Assert.Equal("Signal:9", PodState.Reason(pod));
    }

    [Fact]
    public void An_evicted_pod_reads_as_evicted()
    {
        var pod = Pod(init: [], containers: [], podReason: "Evicted");

        Assert.Equal("Evicted", PodState.Reason(pod));
        Assert.Equal("Evicted", PodState.Display(pod));
    }

    [Fact]
    public void A_deleted_pod_displays_as_terminating()
    {
        var pod = new PodJson { Metadata = new ObjectMetaJson { Name = "web-1", DeletionTimestamp = DateTimeOffset.UnixEpoch }, Status = new PodStatusJson { Phase = "Running" } };

        Assert.Equal("Terminating", PodState.Display(pod));
    }

    [Fact]
    public void Restarts_add_up_init_and_regular_containers()
    {
        var pod = Pod(init: [new ContainerStatusJson { RestartCount = 2 }], containers: [new ContainerStatusJson { RestartCount = 3 }, new ContainerStatusJson { RestartCount = 1 }]);

        Assert.Equal(6, PodState.Restarts(pod));
    }

    [Fact]
    public void Without_conditions_a_pod_is_ready_when_every_container_is()
    {
        var ready = Pod(init: [], containers: [new ContainerStatusJson { Ready = true }, new ContainerStatusJson { Ready = true }]);
        var notReady = Pod(init: [], containers: [new ContainerStatusJson { Ready = true }, new ContainerStatusJson { Ready = false }]);

        Assert.True(PodState.IsReady(ready));
        Assert.False(PodState.IsReady(notReady));
        Assert.False(PodState.IsReady(Pod(init: [], containers: [])));
    }

    private static ContainerStatusJson Waiting(string reason) => new() { State = new ContainerStateJson { Waiting = new ContainerWaitingJson { Reason = reason } } };

    private static PodJson Pod(List<ContainerStatusJson> init, List<ContainerStatusJson> containers, string? podReason = null) => new()
    {
        Metadata = new ObjectMetaJson { Name = "web-1" },
        Status = new PodStatusJson { Phase = "Pending", Reason = podReason, InitContainerStatuses = init, ContainerStatuses = containers },
    };
}
