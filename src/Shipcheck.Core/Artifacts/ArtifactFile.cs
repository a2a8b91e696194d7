namespace Shipcheck.Core.Artifacts;

/// <summary>A file a glob chose.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="RelativePath">Relative to the root, with '/' separators: what the manifest records.</param>
public sealed record ArtifactFile(string FullPath, string RelativePath);
