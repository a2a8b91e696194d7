using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Artifacts;

/// <summary>A manifest just made, with a finding per file, image and git question (what could not be read is a warning or failure).</summary>
/// <param name="Manifest">The manifest: only what was read made it in.</param>
/// <param name="Findings">PASS for each file and image recorded, WARN or FAIL for what is missing from it and why.</param>
public sealed record ManifestBuild(ArtifactManifest Manifest, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when something asked for is not in the manifest (an unreadable file, a missing image).</summary>
    public bool HasFailures => Findings.Any(f => f.Status == FindingStatus.Fail);
}
