using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Releases;

namespace Shipcheck.Core.Checks.ReleaseTag;

/// <summary>
/// <c>release_tag</c>: the release being deployed is tagged: the version is semantic, its tag points at the commit,
/// the model checkpoints' version file names it, and which commit and branch these are is recorded.
/// </summary>
public sealed class ReleaseTagKind : ICheckKind
{
    internal const string VersionOption = "version";
    internal const string CommitOption = "commit";
    internal const string PathOption = "path";
    internal const string CheckpointsOption = "checkpoints";
    internal const string VersionFileOption = "version_file";
    internal const string TagPrefixOption = "tag_prefix";

    /// <inheritdoc/>
    public string Name => "release_tag";

    /// <inheritdoc/>
    public string Description => "Checks that the release is tagged: a semantic version, its tag on the commit, the checkpoints' version file naming it; records the commit and branch.";

    /// <inheritdoc/>
    public string? ShorthandOption => VersionOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(VersionOption, OptionType.Text, "The version, v1.2.3 or 1.2.3 (pre-release and build parts allowed). Default: ${version}, the run's --version."),
        new(CommitOption, OptionType.Text, "The commit the tag must point at: a hash, branch or tag. Default: HEAD."),
        new(PathOption, OptionType.Text, "A folder inside the repository, relative to the checklist's folder. Default: the checklist's folder."),
        new(CheckpointsOption, OptionType.Text, "The model checkpoints folder, relative to the top of the repository. Default: checkpoints/ or models/ when it holds weights files or a version file."),
        new(VersionFileOption, OptionType.Text, $"The checkpoints' version file, inside that folder. Default: {CheckpointFolder.DefaultVersionFile}."),
        new(TagPrefixOption, OptionType.Text, $"What the tag has before the version. Default: {SemanticVersion.DefaultTagPrefix} (the tag of 1.2.3 is v1.2.3); \"\" for none."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = FindingObservations.Schema(
        ("version", ValueKind.String, "The version's tag (v1.2.3); the text given when it is not a semantic version."),
        ("commit", ValueKind.String, "The full hash of the commit checked (HEAD by default); empty when it does not resolve."),
        ("branch", ValueKind.String, "The branch checked out; empty when HEAD is detached."),
        ("tag_commit", ValueKind.String, "The full hash of the commit the tag points at; empty when there is no such tag."),
        ("shallow", ValueKind.Bool, "True in a shallow clone, where tags may be missing."));

    /// <inheritdoc/>
    public string DefaultExpectation => FindingObservations.DefaultExpectation;

    /// <inheritdoc/>
    public string? CaptureObservation => "commit";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => ReleaseTagOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new ReleaseTagProbe(ReleaseTagOptions.From(options));
}
