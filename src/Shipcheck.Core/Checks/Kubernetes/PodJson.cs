namespace Shipcheck.Core.Checks.Kubernetes;

// The parts of `kubectl get pods -o json` that say whether a pod runs, is ready, and how often it restarted.

/// <summary>The list kubectl prints for <c>get pods</c>.</summary>
internal sealed class PodListJson
{
    public string? Kind { get; init; }
    public List<PodJson> Items { get; init; } = [];
}

/// <summary>One pod.</summary>
internal sealed class PodJson
{
    public ObjectMetaJson Metadata { get; init; } = new();
    public PodSpecJson Spec { get; init; } = new();
    public PodStatusJson Status { get; init; } = new();
}

/// <summary>A pod's spec (also a workload's pod template).</summary>
internal sealed class PodSpecJson
{
    public List<ContainerJson> Containers { get; init; } = [];
}

/// <summary>One container of a spec.</summary>
internal sealed class ContainerJson
{
    public string Name { get; init; } = "";
    public string? Image { get; init; }
}

/// <summary>A pod's status.</summary>
internal sealed class PodStatusJson
{
    public string? Phase { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public List<ConditionJson>? Conditions { get; init; }
    public List<ContainerStatusJson>? ContainerStatuses { get; init; }
    public List<ContainerStatusJson>? InitContainerStatuses { get; init; }
}

/// <summary>One container's status.</summary>
internal sealed class ContainerStatusJson
{
    public string Name { get; init; } = "";
    public bool Ready { get; init; }
    public int RestartCount { get; init; }
    public ContainerStateJson? State { get; init; }
}

/// <summary>A container's current state: exactly one of waiting, running or terminated is set.</summary>
internal sealed class ContainerStateJson
{
    public ContainerWaitingJson? Waiting { get; init; }
    public ContainerTerminatedJson? Terminated { get; init; }
}

/// <summary>state.waiting.</summary>
internal sealed class ContainerWaitingJson
{
    public string? Reason { get; init; }
}

/// <summary>state.terminated.</summary>
internal sealed class ContainerTerminatedJson
{
    public string? Reason { get; init; }
    public int ExitCode { get; init; }
    public int Signal { get; init; }
}
