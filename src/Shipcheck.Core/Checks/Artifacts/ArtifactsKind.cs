using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Artifacts;

/// <summary>
/// <c>artifacts</c>: SHA-256 of the release's files (model weights by default), the ids and digests of its images, and
/// the git commit; verifies them against a manifest when there is one, and writes <c>releases/manifest_vX.Y.Z.json</c>
/// when asked.
/// </summary>
public sealed class ArtifactsKind : ICheckKind
{
    internal const string FilesOption = "files";
    internal const string ImagesOption = "images";
    internal const string ManifestOption = "manifest";
    internal const string WriteOption = "write";

    /// <inheritdoc/>
    public string Name => "artifacts";

    /// <inheritdoc/>
    public string Description => "Hashes the release's files (model weights by default) and records its images' digests and the git commit; verifies them against a manifest, or writes releases/manifest_${version}.json.";

    /// <inheritdoc/>
    public string? ShorthandOption => FilesOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(FilesOption, OptionType.TextList, $"File globs relative to the checklist's folder ('*' and '?' in a name, '**' for any folders; without '/' in any folder); by default {string.Join(" ", ArtifactGlobs.ModelWeights)}. Folder symlinks are never followed, .git never entered."),
        new(ImagesOption, OptionType.TextList, "Container image names whose id and repository digests are recorded (an unreachable Docker engine is a warning)."),
        EngineEndpointOption.Spec,
        new(ManifestOption, OptionType.Text, "A manifest (releases/manifest_v1.2.0.json) to verify against when it exists: every drift is a failure. Otherwise the files are only hashed and reported."),
        new(WriteOption, OptionType.Boolean, "Write releases/manifest_${version}.json and its .sha256 (needs --version); when that manifest exists already, verify against it instead."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = FindingObservations.Schema(
        ("files", ValueKind.Number, "Files hashed."),
        ("bytes", ValueKind.Size, "Bytes hashed."),
        ("drift", ValueKind.Number, "Drifts from the manifest (changed, missing or new files, images, the tag's commit); 0 without a manifest."),
        ("commit", ValueKind.String, "The commit HEAD points at; null outside a git repository."));

    /// <inheritdoc/>
    public string DefaultExpectation => FindingObservations.DefaultExpectation;

    /// <inheritdoc/>
    public string? CaptureObservation => "commit";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(10);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        foreach (var glob in options.TextList(FilesOption).Where(g => g.IsLiteral))
        {
            if (ArtifactGlobs.Problem(glob.Source) is { } problem)
            {
                diagnostics.Add(options.SpanOf(FilesOption), problem, "globs name files inside the checklist's folder: models/*.pt, dist/**/*.onnx");
            }
        }
        if (options.TextList(ImagesOption).Any(i => i.IsLiteral && string.IsNullOrWhiteSpace(i.Source)))
        {
            diagnostics.Add(options.SpanOf(ImagesOption), "an image name is empty", "name the image as docker does, for example app:v1.2.0");
        }
        if (options.Text(ManifestOption) is { IsLiteral: true } manifest && string.IsNullOrWhiteSpace(manifest.Source))
        {
            diagnostics.Add(options.SpanOf(ManifestOption), "the manifest path is empty", "name it, for example manifest: releases/manifest_${version}.json, or leave it out");
        }
        EngineEndpointOption.Validate(options, diagnostics);
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new ArtifactsProbe(ArtifactsOptions.From(options));
}
