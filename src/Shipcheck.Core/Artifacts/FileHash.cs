namespace Shipcheck.Core.Artifacts;

/// <summary>What hashing one file gave: its size and SHA-256, or why it could not be read.</summary>
/// <param name="File">The file.</param>
/// <param name="Size">Bytes hashed (what was read, should the file change meanwhile).</param>
/// <param name="Sha256">Lower-case hex; null when the file could not be read.</param>
/// <param name="Error">Why it could not be read, and what to check; null when it was.</param>
public sealed record FileHash(ArtifactFile File, long Size, string? Sha256, string? Error)
{
    /// <summary>The manifest entry; only for a file that was read.</summary>
    public ManifestFile ToEntry() =>
        new(File.RelativePath, Size, Sha256 ?? throw new InvalidOperationException($"{File.RelativePath} was not read"));
}
