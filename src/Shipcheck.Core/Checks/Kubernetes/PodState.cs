namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>What a pod's JSON says about it, in the terms <c>kubectl get pods</c> prints.</summary>
internal static class PodState
{
    /// <summary>The pod's Ready condition; without conditions (an old API server), every container ready.</summary>
    public static bool IsReady(PodJson pod) => pod.Status.Conditions?.Find(c => c.Type == "Ready") is { } ready
        ? ready.Status == "True"
        : pod.Status.ContainerStatuses is { Count: > 0 } containers && containers.TrueForAll(c => c.Ready);

    /// <summary>Restarts of every container, init containers included, as kubectl's RESTARTS column sums them.</summary>
    public static int Restarts(PodJson pod) =>
        (pod.Status.InitContainerStatuses ?? []).Sum(c => c.RestartCount) + (pod.Status.ContainerStatuses ?? []).Sum(c => c.RestartCount);

    /// <summary>Containers ready of containers declared: kubectl's READY column, <c>1/2</c>.</summary>
    public static string ReadyContainers(PodJson pod) =>
        $"{(pod.Status.ContainerStatuses ?? []).Count(c => c.Ready)}/{pod.Spec.Containers.Count}";

    /// <summary>
    /// Why the pod is not simply running: an init container that failed or waits (<c>Init:CrashLoopBackOff</c>), else
    /// a container that waits (<c>ImagePullBackOff</c>) or ended (<c>Error</c>), else the pod's own reason
    /// (<c>Evicted</c>); empty when nothing is wrong.
    /// </summary>
    public static string Reason(PodJson pod)
    {
        foreach (var init in pod.Status.InitContainerStatuses ?? [])
        {
            if (init.State?.Waiting?.Reason is { Length: > 0 } waiting && waiting != "PodInitializing")
            {
                return "Init:" + waiting;
            }
            if (init.State?.Terminated is { ExitCode: not 0 } failed)
            {
                return "Init:" + Ended(failed);
            }
        }
        foreach (var container in pod.Status.ContainerStatuses ?? [])
        {
            if (container.State?.Waiting?.Reason is { Length: > 0 } waiting)
            {
                return waiting;
            }
            if (container.State?.Terminated is { } ended)
            {
                return Ended(ended);
            }
        }
        return pod.Status.Reason ?? "";
    }

    /// <summary>kubectl's STATUS column: Terminating, the reason, or the phase.</summary>
    public static string Display(PodJson pod) => pod.Metadata.DeletionTimestamp is not null
        ? "Terminating"
        : Reason(pod) is { Length: > 0 } reason ? reason : pod.Status.Phase ?? "Unknown";

    private static string Ended(ContainerTerminatedJson terminated) => terminated switch
    {
        { Reason.Length: > 0 } => terminated.Reason!,
        { Signal: not 0 } => $"Signal:{terminated.Signal}",
        _ => $"ExitCode:{terminated.ExitCode}",
    };
}
