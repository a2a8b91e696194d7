using Shipcheck.Core.Git;
using Shipcheck.Core.Releases.Steps;

namespace Shipcheck.Core.Releases;

/// <summary>
/// A release that passed every check, as data: what was checked and the steps that would make it. A dry run prints
/// <see cref="Describe"/>; <see cref="Releaser"/> runs the steps. Nothing here changes the repository.
/// </summary>
/// <param name="Repository">The repository.</param>
/// <param name="Version">The version.</param>
/// <param name="Tag">The tag's name.</param>
/// <param name="Branch">The branch checked out.</param>
/// <param name="Head">The commit HEAD is at before the release.</param>
/// <param name="Steps">What the release does, in order.</param>
/// <param name="Notes">Things worth knowing that refuse nothing (a shallow clone).</param>
public sealed record ReleasePlan(
    GitRepository Repository, SemanticVersion Version, string Tag, string Branch, string Head,
    IReadOnlyList<IReleaseStep> Steps, IReadOnlyList<string> Notes)
{
    /// <summary>The line that says what was checked.</summary>
    public string Checked => $"checked: on {Branch} at {GitRepository.Short(Head)}, the tree is clean, {Tag} is a new tag";

    /// <summary>What a dry run prints: the checks, each step as "would …", and that nothing changed.</summary>
    public IReadOnlyList<string> Describe() =>
        [Checked, .. Notes, .. Steps.Select(s => "would " + s.Describe()), "dry run: nothing was changed"];
}
