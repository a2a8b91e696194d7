using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Artifacts;

/// <summary>What checking a manifest against the tree, the engine and git found.</summary>
/// <param name="Manifest">The manifest read; null when it could not be read (see <paramref name="Error"/>).</param>
/// <param name="Error">Why the manifest could not be read (file and line); null when it was.</param>
/// <param name="Findings">PASS per item unchanged, FAIL per drift, WARN for what could not be checked.</param>
/// <param name="Hashes">The files hashed now.</param>
public sealed record ManifestVerification(ArtifactManifest? Manifest, string? Error, IReadOnlyList<Finding> Findings, IReadOnlyList<FileHash> Hashes)
{
    /// <summary>How many drifts were found (each a failed finding).</summary>
    public int Drifts => Findings.Count(f => f.Status == FindingStatus.Fail);

    /// <summary>A manifest that could not be read.</summary>
    public static ManifestVerification Unreadable(string error) => new(null, error, [], []);
}
