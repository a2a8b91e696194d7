namespace Shipcheck.Core.Artifacts;

/// <summary>What to put in a manifest.</summary>
/// <param name="Root">The project's root: globs and manifest paths are relative to it, and git is asked there.</param>
/// <param name="Version">The release version (<c>v1.2.0</c>; a missing <c>v</c> is added).</param>
public sealed record ManifestRequest(string Root, string Version)
{
    /// <summary>File globs relative to <see cref="Root"/>; by default the model weights (<see cref="ArtifactGlobs.ModelWeights"/>).</summary>
    public IReadOnlyList<string> Files { get; init; } = ArtifactGlobs.ModelWeights;

    /// <summary>Container image names whose id and digests are recorded; none by default.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    /// <summary>The Docker engine (<c>unix:///…</c> or <c>tcp://…</c>); null for <c>DOCKER_HOST</c>, else the default socket.</summary>
    public string? DockerEndpoint { get; init; }

    /// <summary>Reads environment variables (<c>DOCKER_HOST</c>); the process's by default.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
