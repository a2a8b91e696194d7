using Shipcheck.Core.Git;

namespace Shipcheck.Core.Releases.Steps;

/// <summary>Makes the annotated tag on the release's commit, its message the notes file or <c>Release vX.Y.Z</c>.</summary>
/// <param name="Tag">The tag's name.</param>
/// <param name="NotesFile">The notes file's full path; null for the default message.</param>
/// <param name="NotesName">The notes file as given, for messages.</param>
/// <param name="AfterCommit">True when an earlier step commits, so the commit is not known before it runs.</param>
/// <param name="Head">The commit to tag when no step commits.</param>
public sealed record TagStep(string Tag, string? NotesFile, string? NotesName, bool AfterCommit, string Head) : IReleaseStep
{
    /// <summary>The message of a tag made without notes.</summary>
    public string DefaultMessage => $"Release {Tag}";

    private string Message => NotesFile is null ? $"message \"{DefaultMessage}\"" : $"message from {NotesName}";

    /// <inheritdoc/>
    public string Describe() =>
        $"tag {Tag} at {(AfterCommit ? "that commit" : GitRepository.Short(Head))} (annotated, {Message})";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> RunAsync(ReleaseState state, CancellationToken cancellationToken)
    {
        await state.Repository.CreateAnnotatedTagAsync(Tag, state.Commit, NotesFile, DefaultMessage, cancellationToken);
        return [$"tagged {Tag} at {GitRepository.Short(state.Commit)} (annotated, {Message})"];
    }
}
