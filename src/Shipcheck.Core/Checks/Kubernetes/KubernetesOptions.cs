using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>What a <c>kubernetes</c> step asks for.</summary>
/// <param name="Resource">deployment/NAME, statefulset/NAME, daemonset/NAME or a bare deployment NAME.</param>
/// <param name="Namespace">--namespace; null for the context's.</param>
/// <param name="Context">--context; null for the current context.</param>
/// <param name="Kubeconfig">--kubeconfig, relative to the checklist's folder; null for kubectl's default.</param>
/// <param name="Selector">The pods' label selector; null for the workload's own spec.selector.</param>
/// <param name="Kubectl">The kubectl program; null for <c>kubectl</c> on PATH.</param>
public sealed record KubernetesOptions(
    Template Resource,
    Template? Namespace,
    Template? Context,
    Template? Kubeconfig,
    Template? Selector,
    Template? Kubectl)
{
    /// <summary>The program used when the step names none.</summary>
    public const string DefaultKubectl = "kubectl";

    /// <summary>Reads the options of a validated step.</summary>
    public static KubernetesOptions From(OptionValues options) => new(
        options.Text(KubernetesKind.ResourceOption) ?? Template.Literal(""),
        options.Text(KubernetesKind.NamespaceOption),
        options.Text(KubernetesKind.ContextOption),
        options.Text(KubernetesKind.KubeconfigOption),
        options.Text(KubernetesKind.SelectorOption),
        options.Text(KubernetesKind.KubectlOption));
}
