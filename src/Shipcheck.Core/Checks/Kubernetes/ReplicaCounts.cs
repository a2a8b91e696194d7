using System.Globalization;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>A workload's replica counts under one set of names, whichever fields its kind keeps them in.</summary>
internal sealed record ReplicaCounts(int Desired, int Ready, int Updated, int Available, int Unavailable)
{
    private const string DeploymentRevision = "deployment.kubernetes.io/revision";
    private const string DaemonSetTemplateGeneration = "deprecated.daemonset.template.generation";

    public static ReplicaCounts Of(WorkloadKind kind, WorkloadJson workload)
    {
        var status = workload.Status;
        // The API server defaults spec.replicas to 1, so a missing value means what it would mean there.
        var replicas = workload.Spec.Replicas ?? 1;
        return kind switch
        {
            WorkloadKind.DaemonSet => new(status.DesiredNumberScheduled, status.NumberReady, status.UpdatedNumberScheduled,
                status.NumberAvailable, status.NumberUnavailable),
            WorkloadKind.StatefulSet => new(replicas, status.ReadyReplicas, status.UpdatedReplicas, status.AvailableReplicas,
                Math.Max(0, replicas - status.AvailableReplicas)),
            _ => new(replicas, status.ReadyReplicas, status.UpdatedReplicas, status.AvailableReplicas, status.UnavailableReplicas),
        };
    }

    /// <summary>The revision number kubectl rollout history and undo use; null when the kind keeps none on the object.</summary>
    public static long? Revision(WorkloadKind kind, WorkloadJson workload)
    {
        var key = kind switch
        {
            WorkloadKind.Deployment => DeploymentRevision,
            WorkloadKind.DaemonSet => DaemonSetTemplateGeneration,
            _ => null,
        };
        return key is not null && workload.Metadata.Annotations?.GetValueOrDefault(key) is { } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : null;
    }
}
