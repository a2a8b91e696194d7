using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Releases.Steps;

/// <summary>
/// Writes <c>releases/manifest_vX.Y.Z.json</c> and its <c>.sha256</c> with the artifacts kind's code, after the tag so
/// the manifest records it. They are not committed: the manifest names the tagged commit, so it cannot be inside it.
/// </summary>
/// <param name="Root">The top of the repository.</param>
/// <param name="Version">The version, with its v (<c>v1.2.3</c>), as manifests name it.</param>
public sealed record ManifestStep(string Root, string Version) : IReleaseStep
{
    private string Json => $"{ReleaseVersion.ReleasesFolder}/{ReleaseVersion.ManifestFileName(Version)}";

    private string Sha => $"{ReleaseVersion.ReleasesFolder}/{ReleaseVersion.ChecksumFileName(Version)}";

    /// <inheritdoc/>
    public string Describe() => $"write {Json} and {Sha} (model weights hashed; not committed)";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> RunAsync(ReleaseState state, CancellationToken cancellationToken)
    {
        var build = await ArtifactManifests.CreateAsync(new ManifestRequest(Root, Version), state.Time, cancellationToken);
        await ArtifactManifests.WriteAsync(build.Manifest, Path.Combine(Root, ReleaseVersion.ReleasesFolder), cancellationToken);
        var files = build.Manifest.Files.Count;
        var lines = new List<string> { $"wrote {Json} and {Sha} ({files} {(files == 1 ? "file" : "files")} hashed; not committed)" };
        foreach (var finding in build.Findings.Where(f => f.Status != FindingStatus.Pass))
        {
            lines.Add("  " + finding);
            if (finding.Status == FindingStatus.Fail)
            {
                state.Problems.Add($"the manifest is missing {finding.Name}: {finding.Message}");
            }
        }
        return lines;
    }
}
