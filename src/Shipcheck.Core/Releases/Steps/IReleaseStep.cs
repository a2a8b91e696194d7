namespace Shipcheck.Core.Releases.Steps;

/// <summary>One thing a release does (write the checkpoint version file, tag, write the manifest, push).</summary>
public interface IReleaseStep
{
    /// <summary>What it would do, for a dry run ("tag v1.2.3 at 1a2b3c4d5e6f").</summary>
    string Describe();

    /// <summary>Does it; returns the lines that say what it did. Throws when it could not (git or the disk refused).</summary>
    Task<IReadOnlyList<string>> RunAsync(ReleaseState state, CancellationToken cancellationToken);
}
