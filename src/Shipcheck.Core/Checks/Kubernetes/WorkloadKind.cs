namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>The workloads that have a rollout status in kubectl.</summary>
internal enum WorkloadKind
{
    Deployment,
    StatefulSet,
    DaemonSet,
}

/// <summary>How each workload kind is written for kubectl and in the API's JSON.</summary>
internal static class WorkloadKinds
{
    // kubectl's own spellings (singular, plural, short name, with the group): deploy, sts, ds, deployments.apps.
    private static readonly Dictionary<string, WorkloadKind> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deployment"] = WorkloadKind.Deployment,
        ["deployments"] = WorkloadKind.Deployment,
        ["deploy"] = WorkloadKind.Deployment,
        ["statefulset"] = WorkloadKind.StatefulSet,
        ["statefulsets"] = WorkloadKind.StatefulSet,
        ["sts"] = WorkloadKind.StatefulSet,
        ["daemonset"] = WorkloadKind.DaemonSet,
        ["daemonsets"] = WorkloadKind.DaemonSet,
        ["ds"] = WorkloadKind.DaemonSet,
    };

    /// <summary>The kind a kubectl resource type names (<c>deploy</c>, <c>statefulsets.apps</c>), or null.</summary>
    public static WorkloadKind? Parse(string type)
    {
        var withoutGroup = type.EndsWith(".apps", StringComparison.OrdinalIgnoreCase) ? type[..^".apps".Length] : type;
        return Spellings.TryGetValue(withoutGroup, out var kind) ? kind : null;
    }

    /// <summary>The resource type passed to kubectl and shown to people: <c>deployment</c>.</summary>
    public static string Resource(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.StatefulSet => "statefulset",
        WorkloadKind.DaemonSet => "daemonset",
        _ => "deployment",
    };

    /// <summary>The <c>kind</c> the API server writes in the object's JSON: <c>Deployment</c>.</summary>
    public static string ApiKind(this WorkloadKind kind) => kind.ToString();
}
