using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// <c>kubernetes</c>: reads a Deployment, StatefulSet or DaemonSet and its pods through <c>kubectl get -o json</c> and
/// observes the rollout the way <c>kubectl rollout status</c> judges it, the replica counts and the pods' restarts.
/// </summary>
/// <remarks>
/// It only looks: rolling out (<c>kubectl apply</c>) and rolling back (<c>kubectl rollout undo</c>) are <c>run</c> steps,
/// and waiting for a rollout is the step's <c>until:</c>.
/// </remarks>
public sealed class KubernetesKind : ICheckKind
{
    internal const string ResourceOption = "resource";
    internal const string NamespaceOption = "namespace";
    internal const string ContextOption = "context";
    internal const string KubeconfigOption = "kubeconfig";
    internal const string SelectorOption = "selector";
    internal const string KubectlOption = "kubectl";

    /// <inheritdoc/>
    public string Name => "kubernetes";

    /// <inheritdoc/>
    public string Description =>
        "Reads a deployment, statefulset or daemonset and its pods through kubectl; observes whether the rollout is complete, ready and desired replicas, and restarts.";

    /// <inheritdoc/>
    public string? ShorthandOption => ResourceOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(ResourceOption, OptionType.Text,
            "The workload as kubectl rollout status names it: deployment/NAME, statefulset/NAME or daemonset/NAME (a bare NAME is a deployment).")
        { Required = true },
        new(NamespaceOption, OptionType.Text, "Passed as --namespace; default: the context's namespace."),
        new(ContextOption, OptionType.Text, "Passed as --context: the kubeconfig context (cluster and user); default: the current context."),
        new(KubeconfigOption, OptionType.Text, "Passed as --kubeconfig: a kubeconfig file relative to the checklist's folder; default: $KUBECONFIG or ~/.kube/config."),
        new(SelectorOption, OptionType.Text, "The pods to observe, as a label selector (app=web,track!=canary); default: the workload's spec.selector."),
        new(KubectlOption, OptionType.Text, "The kubectl program: a name looked up on PATH or a path relative to the checklist's folder (default kubectl)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("rolled_out", ValueKind.Bool,
            "True when kubectl rollout status would say the rollout is complete: the controller saw the latest spec, every replica is updated and available, no old replica is left; false past the progress deadline."),
        ("status", ValueKind.String, "What kubectl rollout status would print: \"deployment \\\"web\\\" successfully rolled out\", \"Waiting for ...\", \"... exceeded its progress deadline\"."),
        ("desired", ValueKind.Number, "The replicas wanted: spec.replicas (a daemonset: status.desiredNumberScheduled)."),
        ("ready", ValueKind.Number, "Replicas whose pods are ready: status.readyReplicas (a daemonset: numberReady)."),
        ("updated", ValueKind.Number, "Replicas running the latest pod template: status.updatedReplicas (a daemonset: updatedNumberScheduled)."),
        ("available", ValueKind.Number, "Replicas ready for at least minReadySeconds: status.availableReplicas (a daemonset: numberAvailable)."),
        ("unavailable", ValueKind.Number, "Replicas not available yet: status.unavailableReplicas (a statefulset: desired minus available)."),
        ("generation", ValueKind.Number, "The workload's metadata.generation: it grows with every change of its spec."),
        ("observed_generation", ValueKind.Number, "The generation the controller has acted on: status.observedGeneration."),
        ("revision", ValueKind.Number, "A deployment's revision (the number kubectl rollout undo --to-revision takes), a daemonset's template generation; null for a statefulset."),
        ("image", ValueKind.String, "The image of the pod template's first container."),
        ("pods", ValueKind.Number, "How many pods the selector matches, terminating ones included."),
        ("restarts", ValueKind.Number, "Container restarts summed over those pods, as kubectl's RESTARTS column counts them."),
        (ObservationSchema.SeriesObservation, ValueKind.List, "The pods, one series each: all(ready) holds when every pod is ready."))
    {
        Series = new ObservationSchema(
            ("name", ValueKind.String, "The pod's name."),
            ("labels", ValueKind.Map, "The pod's labels: labels.version == \"v0.2.0\"."),
            ("phase", ValueKind.String, "status.phase: Pending, Running, Succeeded, Failed or Unknown."),
            ("ready", ValueKind.Bool, "True when the pod's Ready condition is True."),
            ("restarts", ValueKind.Number, "Restarts of the pod's containers, init containers included."),
            ("reason", ValueKind.String, "Why a container is not running (CrashLoopBackOff, ImagePullBackOff, Init:Error) or why the pod failed (Evicted); empty when running."),
            ("terminating", ValueKind.Bool, "True when the pod is being deleted (an old replica on its way out)."),
            ("started_at", ValueKind.Timestamp, "When the pod started (status.startTime); null before it is scheduled. age(started_at) < 5m."),
            ("image", ValueKind.String, "The image of the pod's first container.")),
    };

    /// <inheritdoc/>
    public string DefaultExpectation => "rolled_out";

    /// <inheritdoc/>
    public string? CaptureObservation => "revision";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => KubernetesOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new KubernetesProbe(KubernetesOptions.From(options));
}
