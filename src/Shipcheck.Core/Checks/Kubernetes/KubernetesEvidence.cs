using System.Text;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// What a person reads for a <c>kubernetes</c> step: the commands run, the rollout sentence, the counts, the
/// workload's conditions (where a progress deadline explains itself), and the pods as <c>kubectl get pods</c> lists them.
/// </summary>
internal static class KubernetesEvidence
{
    private const int PodsShown = 30;

    public static string Render(IEnumerable<string> commands, WorkloadReference reference, WorkloadJson workload,
        RolloutStatus rollout, string selector, IReadOnlyList<PodJson>? pods)
    {
        var text = new StringBuilder();
        foreach (var command in commands)
        {
            text.Append("$ ").AppendLine(command);
        }
        var counts = ReplicaCounts.Of(reference.Kind, workload);
        text.Append(reference).Append(": ").AppendLine(rollout.Message);
        var revision = ReplicaCounts.Revision(reference.Kind, workload) is { } r ? $", revision {r}" : "";
        text.AppendLine($"desired {counts.Desired}, updated {counts.Updated}, ready {counts.Ready}, available {counts.Available}, unavailable {counts.Unavailable}; "
            + $"generation {workload.Metadata.Generation} (observed {workload.Status.ObservedGeneration}){revision}");
        foreach (var condition in workload.Status.Conditions ?? [])
        {
            text.AppendLine($"{condition.Type}={condition.Status} ({condition.Reason}): {condition.Message}");
        }
        if (pods is not null)
        {
            AppendPods(text, selector, pods);
        }
        return text.ToString().TrimEnd();
    }

    private static void AppendPods(StringBuilder text, string selector, IReadOnlyList<PodJson> pods)
    {
        text.AppendLine($"pods ({selector}): {pods.Count}");
        var rows = pods.Take(PodsShown).Select(p => (p.Metadata.Name, PodState.ReadyContainers(p), PodState.Display(p), PodState.Restarts(p).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        var width = Math.Max("NAME".Length, rows.Max(r => r.Name.Length)) + 2;
        var statusWidth = Math.Max("STATUS".Length, rows.Max(r => r.Item3.Length)) + 2;
        text.AppendLine($"{"NAME".PadRight(width)}{"READY",-7}{"STATUS".PadRight(statusWidth)}RESTARTS");
        foreach (var (name, ready, status, restarts) in rows)
        {
            text.AppendLine($"{name.PadRight(width)}{ready,-7}{status.PadRight(statusWidth)}{restarts}");
        }
        if (pods.Count > PodsShown)
        {
            text.AppendLine($"… and {pods.Count - PodsShown} more");
        }
    }
}
