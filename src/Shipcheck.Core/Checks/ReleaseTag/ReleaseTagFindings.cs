using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Git;
using Shipcheck.Core.Releases;

namespace Shipcheck.Core.Checks.ReleaseTag;

/// <summary>The items a <c>release_tag</c> step judges, each with its wording written once.</summary>
internal static class ReleaseTagFindings
{
    public static Finding Version(string text, string tagName, string? error)
    {
        if (text.Trim().Length == 0)
        {
            return Finding.Fail("version", "no version to check: run with --version vX.Y.Z, or give the step a 'version'");
        }
        return error is null
            ? Finding.Pass("version", $"{tagName} is a semantic version")
            : Finding.Fail("version", error);
    }

    public static Finding Tag(string tagName, GitTag? tag, string revision, string? commit, bool shallow)
    {
        if (tag is null)
        {
            return Finding.Fail("tag", shallow
                ? $"{tagName} does not exist in this shallow clone, which may lack tags: git fetch --tags --unshallow, then check again"
                : $"{tagName} does not exist: create it with `shipcheck release {tagName}` (or git tag --annotate {tagName})");
        }
        if (commit is null)
        {
            return Finding.Fail("tag", $"{tagName} ({tag.Kind}) points at {GitRepository.Short(tag.Commit)}, but {revision} is not a commit to compare it with");
        }
        return tag.Commit == commit
            ? Finding.Pass("tag", $"{tagName} ({tag.Kind}) points at {revision} ({GitRepository.Short(commit)})")
            : Finding.Fail("tag", $"{tagName} points at {GitRepository.Short(tag.Commit)}, not at {revision} ({GitRepository.Short(commit)}): deploy the tagged commit, or tag this one with the next version");
    }

    public static Finding Shallow() =>
        Finding.Warn("shallow clone", "this is a shallow clone: tags and history may be missing; git fetch --tags --unshallow to see them all");

    public static async Task<Finding> CheckpointsAsync(string root, CheckpointFolder checkpoints, string tagName, SemanticVersion version, CancellationToken cancellationToken)
    {
        var folder = CheckpointFolder.Relative(root, checkpoints.Folder);
        var file = CheckpointFolder.Relative(root, checkpoints.VersionFile);
        if (!checkpoints.Exists)
        {
            return Finding.Fail("checkpoints", $"the checkpoints folder {folder} does not exist: fix the step's 'checkpoints', or leave it out to detect checkpoints/ or models/");
        }
        var (named, error) = await CheckpointVersionFile.ReadAsync(checkpoints.VersionFile, cancellationToken);
        if (named is null)
        {
            return Finding.Fail("checkpoints", $"{file} {error}" + (error == "does not exist" ? $": `shipcheck release {tagName}` writes it, or write {tagName} in it" : ""));
        }
        return CheckpointVersionFile.Matches(named, tagName, version)
            ? Finding.Pass("checkpoints", $"{file} names {tagName}")
            : Finding.Fail("checkpoints", $"{file} names {named}, not {tagName}: the checkpoints belong to another release; write {tagName} in it when these are this release's");
    }

    public static Finding Commit(string revision, string? commit, string branch)
    {
        if (commit is null)
        {
            return Finding.Fail("commit", revision == "HEAD"
                ? "the repository has no commit yet: commit, tag, then check again"
                : $"'{revision}' is not a commit here: give a hash, a branch or a tag");
        }
        var at = branch.Length == 0 ? "detached HEAD" : $"branch {branch}";
        return Finding.Pass("commit", revision == "HEAD"
            ? $"{GitRepository.Short(commit)} ({at})"
            : $"{revision} is {GitRepository.Short(commit)} ({at})");
    }
}
