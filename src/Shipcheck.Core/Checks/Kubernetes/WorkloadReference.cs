namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>A workload as <c>kubectl rollout status</c> names it: <c>deployment/ohlcv-connector</c>.</summary>
/// <param name="Kind">Deployment, StatefulSet or DaemonSet.</param>
/// <param name="Name">The object's name.</param>
internal sealed record WorkloadReference(WorkloadKind Kind, string Name)
{
    /// <summary>The hint for a resource that cannot be read.</summary>
    public const string Hint = "write deployment/NAME, statefulset/NAME or daemonset/NAME, for example 'kubernetes: deployment/ohlcv-connector'";

    /// <summary>Reads <c>TYPE/NAME</c> or a bare deployment <c>NAME</c>; on failure <paramref name="error"/> says why.</summary>
    public static WorkloadReference? Parse(string text, out string error)
    {
        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var type = slash < 0 ? "deployment" : trimmed[..slash];
        var name = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        if (trimmed.Length == 0)
        {
            error = "the resource is empty";
            return null;
        }
        if (WorkloadKinds.Parse(type) is not { } kind)
        {
            error = $"'{type}' has no rollout status: kubectl rollout status knows deployments, statefulsets and daemonsets";
            return null;
        }
        if (!KubernetesNames.IsObjectName(name))
        {
            error = $"'{name}' is not a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253)";
            return null;
        }
        error = "";
        return new WorkloadReference(kind, name);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind.Resource()}/{Name}";
}
