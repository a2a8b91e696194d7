using Shipcheck.Core.Git;

namespace Shipcheck.Core.Releases.Steps;

/// <summary>
/// Writes the checkpoints' version file and, unless git ignores it, commits it before the tag is made, so the tagged
/// commit holds the checkpoints' version and <c>release_tag</c> finds it in a fresh checkout of the tag.
/// </summary>
/// <param name="Root">The top of the repository.</param>
/// <param name="File">The version file's full path.</param>
/// <param name="Tag">The tag it names.</param>
/// <param name="Commit">False when git ignores the file: it is written and not committed.</param>
public sealed record CheckpointVersionStep(string Root, string File, string Tag, bool Commit) : IReleaseStep
{
    private string Relative => CheckpointFolder.Relative(Root, File);

    /// <summary>The message of the commit that adds the file.</summary>
    public string CommitMessage => $"Release {Tag}: checkpoint version file";

    /// <inheritdoc/>
    public string Describe() => Commit
        ? $"write {Relative} ({Tag}) and commit it (\"{CommitMessage}\"), so the tag includes it"
        : $"write {Relative} ({Tag}); git ignores it, so it is not committed";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> RunAsync(ReleaseState state, CancellationToken cancellationToken)
    {
        await System.IO.File.WriteAllTextAsync(File, CheckpointVersionFile.Content(Tag), cancellationToken);
        if (!Commit)
        {
            return [$"wrote {Relative} ({Tag}); git ignores it, so it is not committed"];
        }
        state.Commit = await state.Repository.CommitPathAsync(Relative, CommitMessage, cancellationToken);
        state.Committed = true;
        return [$"wrote {Relative} ({Tag})", $"committed {Relative} as {GitRepository.Short(state.Commit)} (\"{CommitMessage}\")"];
    }
}
