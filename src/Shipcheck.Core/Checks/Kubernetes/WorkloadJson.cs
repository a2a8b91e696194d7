namespace Shipcheck.Core.Checks.Kubernetes;

// The parts of a Deployment, StatefulSet or DaemonSet that `kubectl get -o json` prints and a rollout check reads.
// One shape for all three: each reads the fields it has, and the API server leaves zero counts out.

/// <summary>A workload object.</summary>
internal sealed class WorkloadJson
{
    public string? Kind { get; init; }
    public ObjectMetaJson Metadata { get; init; } = new();
    public WorkloadSpecJson Spec { get; init; } = new();
    public WorkloadStatusJson Status { get; init; } = new();
}

/// <summary>metadata.</summary>
internal sealed class ObjectMetaJson
{
    public string Name { get; init; } = "";
    public long Generation { get; init; }
    public DateTimeOffset? DeletionTimestamp { get; init; }
    public Dictionary<string, string>? Labels { get; init; }
    public Dictionary<string, string>? Annotations { get; init; }
}

/// <summary>spec.</summary>
internal sealed class WorkloadSpecJson
{
    public int? Replicas { get; init; }
    public LabelSelectorJson? Selector { get; init; }
    public PodTemplateJson? Template { get; init; }
    public UpdateStrategyJson? UpdateStrategy { get; init; }
}

/// <summary>spec.selector.</summary>
internal sealed class LabelSelectorJson
{
    public Dictionary<string, string>? MatchLabels { get; init; }
    public List<SelectorRequirementJson>? MatchExpressions { get; init; }
}

/// <summary>One of spec.selector.matchExpressions.</summary>
internal sealed class SelectorRequirementJson
{
    public string Key { get; init; } = "";
    public string Operator { get; init; } = "";
    public List<string>? Values { get; init; }
}

/// <summary>spec.template.</summary>
internal sealed class PodTemplateJson
{
    public PodSpecJson Spec { get; init; } = new();
}

/// <summary>spec.updateStrategy of a statefulset or daemonset.</summary>
internal sealed class UpdateStrategyJson
{
    public string? Type { get; init; }
    public RollingUpdateJson? RollingUpdate { get; init; }
}

/// <summary>spec.updateStrategy.rollingUpdate.</summary>
internal sealed class RollingUpdateJson
{
    public int? Partition { get; init; }
}

/// <summary>status, with the field names of all three kinds.</summary>
internal sealed class WorkloadStatusJson
{
    public long ObservedGeneration { get; init; }
    public int Replicas { get; init; }
    public int ReadyReplicas { get; init; }
    public int UpdatedReplicas { get; init; }
    public int AvailableReplicas { get; init; }
    public int UnavailableReplicas { get; init; }
    public int CurrentReplicas { get; init; }
    public string? CurrentRevision { get; init; }
    public string? UpdateRevision { get; init; }
    public int DesiredNumberScheduled { get; init; }
    public int NumberReady { get; init; }
    public int UpdatedNumberScheduled { get; init; }
    public int NumberAvailable { get; init; }
    public int NumberUnavailable { get; init; }
    public List<ConditionJson>? Conditions { get; init; }
}

/// <summary>One of status.conditions.</summary>
internal sealed class ConditionJson
{
    public string Type { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public string? Message { get; init; }
}
