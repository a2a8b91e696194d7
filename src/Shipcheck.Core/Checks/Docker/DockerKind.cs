using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Docker;

/// <summary><c>docker</c>: asks the Docker engine about containers chosen by name, label or compose project.</summary>
public sealed class DockerKind : ICheckKind
{
    internal const string ContainersOption = "containers";
    internal const string LabelOption = "label";
    internal const string ProjectOption = "project";

    /// <inheritdoc/>
    public string Name => "docker";

    /// <inheritdoc/>
    public string Description => "Asks the Docker engine about containers by name, label or compose project; observes whether all are running, and each one's state, health and restarts.";

    /// <inheritdoc/>
    public string? ShorthandOption => ContainersOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(ContainersOption, OptionType.TextList, "Container names (or ids); each must exist, and a missing one is an error."),
        new(LabelOption, OptionType.TextList, "Label filters, key=value or key: the containers (running or not) that carry all of them."),
        new(ProjectOption, OptionType.Text, "A compose project: the containers labelled com.docker.compose.project with this name."),
        EngineEndpointOption.Spec,
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations => ContainerObservations.Schema;

    /// <inheritdoc/>
    public string DefaultExpectation => "all_running";

    /// <inheritdoc/>
    public string? CaptureObservation => "running_count";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => DockerOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new DockerProbe(DockerOptions.From(options));
}
