using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>The step-level observations: the rollout and replica counts from the workload, and the pods' totals.</summary>
internal static class WorkloadObservations
{
    public static Observations Of(WorkloadKind kind, WorkloadJson workload, RolloutStatus rollout)
    {
        var counts = ReplicaCounts.Of(kind, workload);
        return new Observations()
            .Set("rolled_out", Value.Of(rollout.Done))
            .Set("status", Value.Of(rollout.Message))
            .Set("desired", Value.Of(counts.Desired))
            .Set("ready", Value.Of(counts.Ready))
            .Set("updated", Value.Of(counts.Updated))
            .Set("available", Value.Of(counts.Available))
            .Set("unavailable", Value.Of(counts.Unavailable))
            .Set("generation", Value.Of(workload.Metadata.Generation))
            .Set("observed_generation", Value.Of(workload.Status.ObservedGeneration))
            .Set("revision", ReplicaCounts.Revision(kind, workload) is { } revision ? Value.Of(revision) : Value.Null)
            .Set("image", Value.Of(workload.Spec.Template?.Spec.Containers.FirstOrDefault()?.Image ?? ""));
    }

    /// <summary>Adds the pods: their number, their restarts summed, and each as a series.</summary>
    public static Observations WithPods(this Observations observations, IReadOnlyList<PodJson> pods) => observations
        .Set("pods", Value.Of(pods.Count))
        .Set("restarts", Value.Of(pods.Sum(PodState.Restarts)))
        .Set(ObservationSchema.SeriesObservation, PodSeries.Of(pods));
}
