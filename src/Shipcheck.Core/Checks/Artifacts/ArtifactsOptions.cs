using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Docker;

namespace Shipcheck.Core.Checks.Artifacts;

/// <summary>What an <c>artifacts</c> step asks for.</summary>
/// <param name="Files">File globs; empty for the model-weight defaults.</param>
/// <param name="Images">Image names.</param>
/// <param name="Endpoint">The Docker engine; null for DOCKER_HOST or the default socket.</param>
/// <param name="Manifest">A manifest to verify against when it exists; null for none.</param>
/// <param name="Write">Whether to write the version's manifest.</param>
public sealed record ArtifactsOptions(IReadOnlyList<Template> Files, IReadOnlyList<Template> Images, Template? Endpoint, Template? Manifest, bool Write)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static ArtifactsOptions From(OptionValues options) => new(
        options.TextList(ArtifactsKind.FilesOption),
        options.TextList(ArtifactsKind.ImagesOption),
        options.Text(EngineEndpointOption.Name),
        options.Text(ArtifactsKind.ManifestOption),
        options.Get(ArtifactsKind.WriteOption, false));
}
