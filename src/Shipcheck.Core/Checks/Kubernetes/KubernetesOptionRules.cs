using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// Load-time checks of a <c>kubernetes</c> step: the resource names a workload kubectl can report a rollout for, the
/// namespace is a valid name, and no option is empty. Values built from variables are checked again when the step runs.
/// </summary>
internal static class KubernetesOptionRules
{
    private static readonly (string Option, string Example)[] MustNotBeEmpty =
    [
        (KubernetesKind.ContextOption, "name a context from 'kubectl config get-contexts', or leave 'context' out for the current one"),
        (KubernetesKind.KubeconfigOption, "give the kubeconfig file's path, or leave 'kubeconfig' out for kubectl's default"),
        (KubernetesKind.SelectorOption, "write a label selector such as app=ohlcv-connector, or leave 'selector' out to use the workload's own"),
        (KubernetesKind.KubectlOption, "name the kubectl program, or leave 'kubectl' out to use kubectl from PATH"),
    ];

    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(KubernetesKind.ResourceOption) is { IsLiteral: true } resource
            && WorkloadReference.Parse(resource.Source, out var error) is null)
        {
            diagnostics.Add(options.SpanOf(KubernetesKind.ResourceOption), error, WorkloadReference.Hint);
        }
        if (options.Text(KubernetesKind.NamespaceOption) is { IsLiteral: true } ns && !KubernetesNames.IsNamespace(ns.Source))
        {
            diagnostics.Add(options.SpanOf(KubernetesKind.NamespaceOption), NamespaceError(ns.Source), NamespaceHint);
        }
        foreach (var (option, example) in MustNotBeEmpty)
        {
            if (options.Text(option) is { IsLiteral: true } text && string.IsNullOrWhiteSpace(text.Source))
            {
                diagnostics.Add(options.SpanOf(option), $"'{option}' is empty", example);
            }
        }
    }

    /// <summary>Why a namespace is refused.</summary>
    public static string NamespaceError(string ns) => ns.Trim().Length == 0
        ? "'namespace' is empty"
        : $"'{ns}' is not a Kubernetes namespace name (lower-case letters, digits and '-', at most 63)";

    /// <summary>What to write instead.</summary>
    public const string NamespaceHint = "for example 'namespace: trading', or leave 'namespace' out for the context's namespace";
}
