using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>What a <c>docker</c> step asks for.</summary>
/// <param name="Containers">Names (or ids) of containers that must each exist.</param>
/// <param name="Labels">Label filters, <c>key=value</c> or <c>key</c>, that every selected container carries.</param>
/// <param name="Project">A compose project: the label <c>com.docker.compose.project</c>; null for none.</param>
/// <param name="Endpoint">The engine; null for DOCKER_HOST or the default socket.</param>
public sealed record DockerOptions(IReadOnlyList<Template> Containers, IReadOnlyList<Template> Labels, Template? Project, Template? Endpoint)
{
    /// <summary>The label compose puts on every container of a project.</summary>
    public const string ComposeProjectLabel = "com.docker.compose.project";

    /// <summary>The label compose puts on containers of <c>docker compose run</c>, which are not the project's services.</summary>
    public const string ComposeOneOffLabel = "com.docker.compose.oneoff";

    /// <summary>Reads the options of a validated step.</summary>
    public static DockerOptions From(OptionValues options) => new(
        options.TextList(DockerKind.ContainersOption),
        options.TextList(DockerKind.LabelOption),
        options.Text(DockerKind.ProjectOption),
        options.Text(EngineEndpointOption.Name));
}
