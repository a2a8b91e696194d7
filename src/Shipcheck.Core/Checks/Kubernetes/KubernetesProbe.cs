namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// Reads the workload and then its pods with <c>kubectl get ... -o json</c> and reports the rollout. It judges
/// nothing: "rolled out" is an observation, computed the way kubectl rollout status computes it.
/// </summary>
public sealed class KubernetesProbe(KubernetesOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        if (KubernetesTarget.Resolve(options, context, out var error) is not { } target)
        {
            return ProbeResult.Failed(error);
        }
        var reference = target.Workload;
        var kubectl = new KubectlCalls(target.Kubectl, context, cancellationToken);
        var (workload, workloadError) = await kubectl.GetAsync(
            ["get", reference.Kind.Resource(), reference.Name, "-o", "json"], KubectlJsonContext.Default.WorkloadJson);
        if (workload is null)
        {
            return ProbeResult.Failed(workloadError!);
        }
        if (workload.Kind != reference.Kind.ApiKind())
        {
            return ProbeResult.Failed($"{kubectl.Commands[^1]} printed a {workload.Kind ?? "object without a kind"}, not a {reference.Kind.ApiKind()}; check that the kubectl option names kubectl");
        }
        var rollout = RolloutStatus.Of(reference.Kind, workload);
        var observations = WorkloadObservations.Of(reference.Kind, workload, rollout);
        var selector = target.Selector ?? LabelSelectors.Of(workload.Spec.Selector);
        if (selector.Length == 0)
        {
            return ProbeResult.Failed($"{reference} has no spec.selector to find its pods by; set the selector option", observations);
        }
        var (pods, podsError) = await kubectl.GetAsync(["get", "pods", "-l", selector, "-o", "json"], KubectlJsonContext.Default.PodListJson);
        var evidence = KubernetesEvidence.Render(kubectl.Commands, reference, workload, rollout, selector, pods?.Items);
        return pods is null
            ? ProbeResult.Failed(podsError!, observations, evidence)
            : new ProbeResult(observations.WithPods(pods.Items), evidence) { Summary = rollout.Message };
    }
}
