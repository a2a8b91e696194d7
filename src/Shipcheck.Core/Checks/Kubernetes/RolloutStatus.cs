namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// Whether a rollout is complete, decided as <c>kubectl rollout status</c> decides it (its status viewers for
/// deployments, statefulsets and daemonsets), with the sentence kubectl would print.
/// </summary>
/// <param name="Done">True when kubectl would stop waiting with success.</param>
/// <param name="Message">What kubectl would print, without the trailing newline.</param>
internal sealed record RolloutStatus(bool Done, string Message)
{
    /// <summary>The Progressing condition's reason once a deployment's progressDeadlineSeconds has passed.</summary>
    public const string ProgressDeadlineExceeded = "ProgressDeadlineExceeded";

    private const string RollingUpdate = "RollingUpdate";

    public static RolloutStatus Of(WorkloadKind kind, WorkloadJson workload) => kind switch
    {
        WorkloadKind.StatefulSet => OfStatefulSet(workload),
        WorkloadKind.DaemonSet => OfDaemonSet(workload),
        _ => OfDeployment(workload),
    };

    private static RolloutStatus OfDeployment(WorkloadJson d)
    {
        var (name, status) = (d.Metadata.Name, d.Status);
        if (d.Metadata.Generation > status.ObservedGeneration)
        {
            return Waiting("Waiting for deployment spec update to be observed...");
        }
        if (status.Conditions?.Find(c => c.Type == "Progressing") is { Reason: ProgressDeadlineExceeded })
        {
            return Waiting($"deployment \"{name}\" exceeded its progress deadline");
        }
        if (d.Spec.Replicas is { } replicas && status.UpdatedReplicas < replicas)
        {
            return Waiting($"Waiting for deployment \"{name}\" rollout to finish: {status.UpdatedReplicas} out of {replicas} new replicas have been updated...");
        }
        if (status.Replicas > status.UpdatedReplicas)
        {
            return Waiting($"Waiting for deployment \"{name}\" rollout to finish: {status.Replicas - status.UpdatedReplicas} old replicas are pending termination...");
        }
        if (status.AvailableReplicas < status.UpdatedReplicas)
        {
            return Waiting($"Waiting for deployment \"{name}\" rollout to finish: {status.AvailableReplicas} of {status.UpdatedReplicas} updated replicas are available...");
        }
        return new RolloutStatus(true, $"deployment \"{name}\" successfully rolled out");
    }

    private static RolloutStatus OfStatefulSet(WorkloadJson s)
    {
        var status = s.Status;
        if (s.Spec.UpdateStrategy?.Type is { } type && type != RollingUpdate)
        {
            return Waiting($"rollout status is only available for {RollingUpdate} strategy type");
        }
        if (status.ObservedGeneration == 0 || s.Metadata.Generation > status.ObservedGeneration)
        {
            return Waiting("Waiting for statefulset spec update to be observed...");
        }
        if (s.Spec.Replicas is { } replicas && status.ReadyReplicas < replicas)
        {
            return Waiting($"Waiting for {replicas - status.ReadyReplicas} pods to be ready...");
        }
        if (s.Spec.UpdateStrategy?.RollingUpdate is { } rolling)
        {
            if (s.Spec.Replicas is { } wanted && rolling.Partition is { } partition && status.UpdatedReplicas < wanted - partition)
            {
                return Waiting($"Waiting for partitioned roll out to finish: {status.UpdatedReplicas} out of {wanted - partition} new pods have been updated...");
            }
            return new RolloutStatus(true, $"partitioned roll out complete: {status.UpdatedReplicas} new pods have been updated...");
        }
        if (status.UpdateRevision != status.CurrentRevision)
        {
            return Waiting($"waiting for statefulset rolling update to complete {status.UpdatedReplicas} pods at revision {status.UpdateRevision}...");
        }
        return new RolloutStatus(true, $"statefulset rolling update complete {status.CurrentReplicas} pods at revision {status.CurrentRevision}...");
    }

    private static RolloutStatus OfDaemonSet(WorkloadJson d)
    {
        var (name, status) = (d.Metadata.Name, d.Status);
        if (d.Spec.UpdateStrategy?.Type is { } type && type != RollingUpdate)
        {
            return Waiting($"rollout status is only available for {RollingUpdate} strategy type");
        }
        if (d.Metadata.Generation > status.ObservedGeneration)
        {
            return Waiting("Waiting for daemon set spec update to be observed...");
        }
        if (status.UpdatedNumberScheduled < status.DesiredNumberScheduled)
        {
            return Waiting($"Waiting for daemon set \"{name}\" rollout to finish: {status.UpdatedNumberScheduled} out of {status.DesiredNumberScheduled} new pods have been updated...");
        }
        if (status.NumberAvailable < status.DesiredNumberScheduled)
        {
            return Waiting($"Waiting for daemon set \"{name}\" rollout to finish: {status.NumberAvailable} of {status.DesiredNumberScheduled} updated pods are available...");
        }
        return new RolloutStatus(true, $"daemon set \"{name}\" successfully rolled out");
    }

    private static RolloutStatus Waiting(string message) => new(false, message);
}
