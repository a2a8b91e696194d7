using Shipcheck.Core.Checks.Kubernetes;

namespace Shipcheck.Core.Tests.Checks.Kubernetes;

/// <summary>The rollout decision ported from kubectl's status viewers, one branch each.</summary>
public sealed class RolloutStatusTests
{
    [Fact]
    public void A_deployment_waits_for_old_replicas_to_terminate()
    {
        var status = Of(WorkloadKind.Deployment, replicas: 3, new WorkloadStatusJson { ObservedGeneration = 2, Replicas = 4, UpdatedReplicas = 3, AvailableReplicas = 3 });

        Assert.Equal(new RolloutStatus(false, "Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination..."), status);
    }

    [Fact]
    public void A_deployment_waits_for_updated_replicas_to_become_available()
    {
        var status = Of(WorkloadKind.Deployment, replicas: 3, new WorkloadStatusJson { ObservedGeneration = 2, Replicas = 3, UpdatedReplicas = 3, AvailableReplicas = 2 });

        Assert.Equal(new RolloutStatus(false, "Waiting for deployment \"web\" rollout to finish: 2 of 3 updated replicas are available..."), status);
    }

    [Fact]
    public void A_deployment_scaled_to_zero_is_rolled_out()
    {
        var status = Of(WorkloadKind.Deployment, replicas: 0, new WorkloadStatusJson { ObservedGeneration = 2 });

        Assert.Equal(new RolloutStatus(true, "deployment \"web\" successfully rolled out"), status);
    }

    [Fact]
    public void A_statefulset_without_a_rolling_update_section_compares_revisions()
    {
        var updating = Of(WorkloadKind.StatefulSet, replicas: 2, new WorkloadStatusJson
        {
            ObservedGeneration = 2,
            ReadyReplicas = 2,
            UpdatedReplicas = 1,
            CurrentReplicas = 1,
            CurrentRevision = "db-1",
            UpdateRevision = "db-2",
        });
        var done = Of(WorkloadKind.StatefulSet, replicas: 2, new WorkloadStatusJson
        {
            ObservedGeneration = 2,
            ReadyReplicas = 2,
            UpdatedReplicas = 2,
            CurrentReplicas = 2,
            CurrentRevision = "db-2",
            UpdateRevision = "db-2",
        });

        Assert.Equal(new RolloutStatus(false, "waiting for statefulset rolling update to complete 1 pods at revision db-2..."), updating);
        Assert.Equal(new RolloutStatus(true, "statefulset rolling update complete 2 pods at revision db-2..."), done);
    }

    [Fact]
    public void A_statefulset_waits_for_its_pods_to_be_ready()
    {
        var status = Of(WorkloadKind.StatefulSet, replicas: 3, new WorkloadStatusJson { ObservedGeneration = 2, ReadyReplicas = 1 });

        Assert.Equal(new RolloutStatus(false, "Waiting for 2 pods to be ready..."), status);
    }

    [Fact]
    public void An_on_delete_strategy_has_no_rollout_status()
    {
        var workload = Workload(replicas: 3, new WorkloadStatusJson { ObservedGeneration = 2 }, new UpdateStrategyJson { Type = "OnDelete" });

        Assert.Equal(new RolloutStatus(false, "rollout status is only available for RollingUpdate strategy type"), RolloutStatus.Of(WorkloadKind.DaemonSet, workload));
        Assert.Equal(new RolloutStatus(false, "rollout status is only available for RollingUpdate strategy type"), RolloutStatus.Of(WorkloadKind.StatefulSet, workload));
    }

    [Fact]
    public void A_daemonset_waits_for_updated_pods_then_for_available_ones()
    {
        var updating = Of(WorkloadKind.DaemonSet, null, new WorkloadStatusJson { ObservedGeneration = 2, DesiredNumberScheduled = 4, UpdatedNumberScheduled = 2 });
        var starting = Of(WorkloadKind.DaemonSet, null, new WorkloadStatusJson { ObservedGeneration = 2, DesiredNumberScheduled = 4, UpdatedNumberScheduled = 4, NumberAvailable = 3 });

        Assert.Equal("Waiting for daemon set \"web\" rollout to finish: 2 out of 4 new pods have been updated...", updating.Message);
        Assert.Equal("Waiting for daemon set \"web\" rollout to finish: 3 of 4 updated pods are available...", starting.Message);
    }

    [Fact]
    public void Any_kind_waits_until_the_controller_has_seen_the_latest_generation()
    {
        var unseen = new WorkloadStatusJson { ObservedGeneration = 1 };

        Assert.Equal("Waiting for deployment spec update to be observed...", Of(WorkloadKind.Deployment, 1, unseen).Message);
        Assert.Equal("Waiting for statefulset spec update to be observed...", Of(WorkloadKind.StatefulSet, 1, unseen).Message);
        Assert.Equal("Waiting for daemon set spec update to be observed...", Of(WorkloadKind.DaemonSet, 1, unseen).Message);
    }

    private static RolloutStatus Of(WorkloadKind kind, int? replicas, WorkloadStatusJson status) => RolloutStatus.Of(kind, Workload(replicas, status, null));

    private static WorkloadJson Workload(int? replicas, WorkloadStatusJson status, UpdateStrategyJson? strategy) => new()
    {
        Metadata = new ObjectMetaJson { Name = "web", Generation = 2 },
        Spec = new WorkloadSpecJson { Replicas = replicas, UpdateStrategy = strategy },
        Status = status,
    };
}
