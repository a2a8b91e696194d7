using Shipcheck.Core.Checks.Run;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>A step's options with variables filled in and checked: what to read, and through which kubectl and cluster.</summary>
/// <param name="Workload">The workload whose rollout is observed.</param>
/// <param name="Kubectl">The program and the flags that pick the cluster.</param>
/// <param name="Selector">The pods' label selector; null to use the workload's own.</param>
internal sealed record KubernetesTarget(WorkloadReference Workload, KubectlTarget Kubectl, string? Selector)
{
    /// <summary>Renders and checks the options; on failure <paramref name="error"/> says what is wrong and what to check.</summary>
    public static KubernetesTarget? Resolve(KubernetesOptions options, ProbeContext context, out string error)
    {
        if (WorkloadReference.Parse(context.Render(options.Resource), out error) is not { } workload)
        {
            error = $"{error}; {WorkloadReference.Hint}";
            return null;
        }
        var flags = new List<string>();
        if (options.Context is not null && !AddFlag(flags, "--context", context.Render(options.Context), out error))
        {
            return null;
        }
        if (options.Namespace is not null && !AddNamespace(flags, context.Render(options.Namespace).Trim(), out error))
        {
            return null;
        }
        if (options.Kubeconfig is not null && !AddKubeconfig(flags, context.Render(options.Kubeconfig), context, out error))
        {
            return null;
        }
        if (Program(options, context, out error) is not { } program)
        {
            return null;
        }
        var selector = options.Selector is null ? null : context.Render(options.Selector).Trim();
        if (selector is { Length: 0 })
        {
            error = "the selector is empty; check the selector option and the variables it uses";
            return null;
        }
        return new KubernetesTarget(workload, new KubectlTarget(program, flags), selector);
    }

    private static bool AddFlag(List<string> flags, string flag, string value, out string error)
    {
        error = value.Trim().Length == 0 ? $"{flag[2..]} is empty; check the {flag[2..]} option and the variables it uses" : "";
        if (error.Length == 0)
        {
            flags.AddRange([flag, value.Trim()]);
        }
        return error.Length == 0;
    }

    private static bool AddNamespace(List<string> flags, string ns, out string error)
    {
        error = KubernetesNames.IsNamespace(ns) ? "" : $"{KubernetesOptionRules.NamespaceError(ns)}; check the namespace option and the variables it uses";
        if (error.Length == 0)
        {
            flags.AddRange(["--namespace", ns]);
        }
        return error.Length == 0;
    }

    private static bool AddKubeconfig(List<string> flags, string path, ProbeContext context, out string error)
    {
        if (!AddFlag(flags, "--kubeconfig", path.Trim().Length == 0 ? "" : context.ResolvePath(path.Trim()), out error))
        {
            return false;
        }
        if (!File.Exists(flags[^1]))
        {
            error = $"the kubeconfig {flags[^1]} does not exist; check the kubeconfig option";
            return false;
        }
        return true;
    }

    // Looked up before starting, so a missing kubectl reads as that rather than as setsid's exit code.
    private static string? Program(KubernetesOptions options, ProbeContext context, out string error)
    {
        var program = options.Kubectl is null ? KubernetesOptions.DefaultKubectl : context.Render(options.Kubectl).Trim();
        var path = Environment.GetEnvironmentVariable("PATH");
        error = "";
        if (program.Contains('/', StringComparison.Ordinal))
        {
            var full = context.ResolvePath(program);
            error = File.Exists(full) ? "" : $"kubectl {full} does not exist; check the kubectl option";
            return error.Length == 0 ? full : null;
        }
        if (program.Length > 0 && ShellLocator.Exists(program, context.WorkingDirectory, path))
        {
            return program;
        }
        error = options.Kubectl is null
            ? "kubectl not found on PATH: install it or set kubectl: to its path"
            : $"kubectl '{program}' not found on PATH: install it or set kubectl: to its path";
        return null;
    }
}
