namespace Shipcheck.Core.Artifacts;

/// <summary>
/// What a release was made of: the version, when the manifest was written, the git commit, branch and tag, every
/// hashed file and every image. Written as <c>releases/manifest_vX.Y.Z.json</c> beside its own <c>.sha256</c>.
/// </summary>
/// <param name="Version">The release version, <c>v1.2.0</c>.</param>
/// <param name="CreatedAt">When the manifest was made (from the run's clock), to the second, UTC.</param>
/// <param name="Git">The commit, branch and tag of the working tree; fields are null outside a repository.</param>
/// <param name="Globs">The file globs the files were chosen by, so a verification can find files added since.</param>
/// <param name="Files">Every file hashed, ordered by path.</param>
/// <param name="Images">Every container image asked for, in the order asked.</param>
public sealed record ArtifactManifest(
    string Version,
    DateTimeOffset CreatedAt,
    ManifestGit Git,
    IReadOnlyList<string> Globs,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyList<ManifestImage> Images)
{
    /// <summary>Total bytes of <see cref="Files"/>.</summary>
    public long Bytes => Files.Sum(f => f.Size);
}

/// <summary>The git state a manifest was made from.</summary>
/// <param name="Commit">The full hash of HEAD; null outside a repository or before the first commit.</param>
/// <param name="Branch">The branch checked out; null when HEAD is detached.</param>
/// <param name="Tag">The release tag on HEAD (the version's own tag when it is there); null when HEAD has none.</param>
public sealed record ManifestGit(string? Commit, string? Branch, string? Tag)
{
    /// <summary>No repository.</summary>
    public static readonly ManifestGit None = new(null, null, null);
}

/// <summary>One hashed file.</summary>
/// <param name="Path">Relative to the manifest's root, with '/' separators.</param>
/// <param name="Size">Bytes hashed.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record ManifestFile(string Path, long Size, string Sha256);

/// <summary>One container image as the Docker engine knows it.</summary>
/// <param name="Name">The name asked for (<c>app:v1.2.0</c>).</param>
/// <param name="Id">The image id (<c>sha256:…</c>, the config's digest).</param>
/// <param name="Digests">The repository digests (<c>app@sha256:…</c>); empty for an image never pushed or pulled.</param>
public sealed record ManifestImage(string Name, string Id, IReadOnlyList<string> Digests);
