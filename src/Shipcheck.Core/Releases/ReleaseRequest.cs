namespace Shipcheck.Core.Releases;

/// <summary>What <c>shipcheck release</c> was asked to do.</summary>
/// <param name="Version">The version as typed (<c>v1.2.3</c> or <c>1.2.3</c>).</param>
/// <param name="Path">A folder inside the repository.</param>
public sealed record ReleaseRequest(string Version, string Path)
{
    /// <summary>The branches a release may be made from when none is configured.</summary>
    public static IReadOnlyList<string> DefaultBranches { get; } = ["main", "master"];

    /// <summary>The branch the release must be made from; null for main or master.</summary>
    public string? Branch { get; init; }

    /// <summary>The remote <see cref="Push"/> pushes to.</summary>
    public string Remote { get; init; } = "origin";

    /// <summary>True to push the tag (and the commit release made) to <see cref="Remote"/>.</summary>
    public bool Push { get; init; }

    /// <summary>A file whose text becomes the tag's message; null for <c>Release vX.Y.Z</c>.</summary>
    public string? NotesFile { get; init; }

    /// <summary>The checkpoints folder, relative to the top of the repository; null to detect it.</summary>
    public string? Checkpoints { get; init; }

    /// <summary>The version file's name in the checkpoints folder; null for VERSION.</summary>
    public string? VersionFile { get; init; }

    /// <summary>What the tag has before the version.</summary>
    public string TagPrefix { get; init; } = SemanticVersion.DefaultTagPrefix;
}
