using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>The pods as the step's series: one map per pod with the names of the kind's series schema.</summary>
internal static class PodSeries
{
    public static ListValue Of(IReadOnlyList<PodJson> pods) => new([.. pods.Select(Observe)]);

    private static MapValue Observe(PodJson pod) => new(new Dictionary<string, Value>(StringComparer.Ordinal)
    {
        ["name"] = Value.Of(pod.Metadata.Name),
        ["labels"] = new MapValue((pod.Metadata.Labels ?? []).ToDictionary(l => l.Key, l => Value.Of(l.Value), StringComparer.Ordinal)),
        ["phase"] = Value.Of(pod.Status.Phase ?? "Unknown"),
        ["ready"] = Value.Of(PodState.IsReady(pod)),
        ["restarts"] = Value.Of(PodState.Restarts(pod)),
        ["reason"] = Value.Of(PodState.Reason(pod)),
        ["terminating"] = Value.Of(pod.Metadata.DeletionTimestamp is not null),
        ["started_at"] = pod.Status.StartTime is { } started ? Value.Of(started) : Value.Null,
        ["image"] = Value.Of(pod.Spec.Containers.FirstOrDefault()?.Image ?? ""),
    });
}
