using Shipcheck.Core.Git;
using Shipcheck.Core.Releases.Steps;

namespace Shipcheck.Core.Releases;

/// <summary>
/// Checks everything a release needs before anything changes (the version, the notes, the branch, a clean tree, a new
/// tag, who tags, the remote) and returns the plan, or the first refusal with what to do. It only reads.
/// </summary>
public static class ReleasePlanner
{
    /// <summary>Notes larger than this are not release notes.</summary>
    public const int MaxNotesBytes = 1024 * 1024;

    /// <summary>The plan for <paramref name="request"/>, or why there is none.</summary>
    public static async Task<(ReleasePlan? Plan, ReleaseRefusal? Refusal)> PlanAsync(ReleaseRequest request, CancellationToken cancellationToken)
    {
        var (version, versionError) = SemanticVersion.Parse(request.Version);
        if (version is null)
        {
            return Refuse(ReleaseRefusal.BadVersion(versionError!));
        }
        if (TagPrefix.Problem(request.TagPrefix) is { } prefixError)
        {
            return Refuse(ReleaseRefusal.BadPrefix(prefixError));
        }
        var notes = request.NotesFile is null ? null : Path.GetFullPath(request.NotesFile);
        if (notes is not null && NotesProblem(notes) is { } notesProblem)
        {
            return Refuse(ReleaseRefusal.BadNotes(request.NotesFile!, notesProblem));
        }
        var (repository, error) = await GitRepository.OpenAsync(request.Path, cancellationToken);
        if (repository is null)
        {
            return Refuse(ReleaseRefusal.NotARepository(error!));
        }
        var tag = version.TagName(request.TagPrefix);
        var (state, refusal) = await ReleaseChecks.RepositoryAsync(repository, request, tag, cancellationToken);
        if (state is null)
        {
            return Refuse(refusal!);
        }
        var checkpoints = CheckpointFolder.Find(repository.Root, request.Checkpoints, request.VersionFile);
        if (checkpoints is { Configured: true, Exists: false })
        {
            return Refuse(ReleaseRefusal.NoCheckpoints(CheckpointFolder.Relative(repository.Root, checkpoints.Folder)));
        }
        var steps = new List<IReleaseStep>();
        var commits = false;
        if (checkpoints is not null && !await HoldsAsync(checkpoints.VersionFile, tag, cancellationToken))
        {
            var ignored = await repository.IsIgnoredAsync(CheckpointFolder.Relative(repository.Root, checkpoints.VersionFile), cancellationToken);
            commits = !ignored;
            steps.Add(new CheckpointVersionStep(repository.Root, checkpoints.VersionFile, tag, Commit: commits));
        }
        steps.Add(new TagStep(tag, notes, request.NotesFile, commits, state.Head));
        steps.Add(new ManifestStep(repository.Root, version.TagName(SemanticVersion.DefaultTagPrefix)));
        if (request.Push)
        {
            steps.Add(new PushStep(request.Remote, tag, state.Branch, WithBranch: commits));
        }
        return (new ReleasePlan(repository, version, tag, state.Branch, state.Head, steps, state.Notes), null);
    }

    private static string? NotesProblem(string path)
    {
        if (Directory.Exists(path))
        {
            return "is a folder";
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return "does not exist";
        }
        if (info.Length > MaxNotesBytes)
        {
            return $"is {info.Length} bytes, more than release notes hold ({MaxNotesBytes})";
        }
        try
        {
            var text = File.ReadAllText(path);
            return text.Contains('\0') ? "is not text" : text.Trim().Length == 0 ? "is empty" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({e.Message})";
        }
    }

    // A version file that already says exactly what release would write needs no write and no commit.
    private static async Task<bool> HoldsAsync(string file, string tag, CancellationToken cancellationToken) =>
        File.Exists(file) && await File.ReadAllTextAsync(file, cancellationToken) == CheckpointVersionFile.Content(tag);

    private static (ReleasePlan?, ReleaseRefusal?) Refuse(ReleaseRefusal refusal) => (null, refusal);
}
