using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.ReleaseTag;

/// <summary>What a <c>release_tag</c> step asks for; null means the default.</summary>
/// <param name="Version">The version; null for the run's <c>${version}</c>.</param>
/// <param name="Commit">The commit the tag must point at; null for HEAD.</param>
/// <param name="Path">A folder in the repository; null for the checklist's folder.</param>
/// <param name="Checkpoints">The checkpoints folder; null to detect it.</param>
/// <param name="VersionFile">The version file's name in it; null for VERSION.</param>
/// <param name="TagPrefix">What the tag has before the version; null for <c>v</c>.</param>
public sealed record ReleaseTagOptions(Template? Version, Template? Commit, Template? Path, Template? Checkpoints, Template? VersionFile, Template? TagPrefix)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static ReleaseTagOptions From(OptionValues options) => new(
        options.Text(ReleaseTagKind.VersionOption),
        options.Text(ReleaseTagKind.CommitOption),
        options.Text(ReleaseTagKind.PathOption),
        options.Text(ReleaseTagKind.CheckpointsOption),
        options.Text(ReleaseTagKind.VersionFileOption),
        options.Text(ReleaseTagKind.TagPrefixOption));
}
