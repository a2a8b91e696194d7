using Shipcheck.Core.Git;

namespace Shipcheck.Core.Releases;

/// <summary>Why a release was not made, and what to do; every wording written once, here.</summary>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="IsUsage">True when the command was used wrongly (a bad version, a missing notes file), not refused by the repository's state.</param>
public sealed record ReleaseRefusal(string Message, bool IsUsage = false)
{
    /// <summary>How many uncommitted files a refusal names.</summary>
    public const int FilesNamed = 10;

    internal static ReleaseRefusal BadVersion(string error) => new(error, IsUsage: true);

    internal static ReleaseRefusal BadPrefix(string error) => new($"{error}; pass --tag-prefix with a prefix like v or release-", IsUsage: true);

    internal static ReleaseRefusal BadNotes(string file, string problem) => new($"--notes {file} {problem}; give a text file with the release notes, or leave --notes out", IsUsage: true);

    internal static ReleaseRefusal NotARepository(string error) => new(error);

    internal static ReleaseRefusal NoCommit(string root) => new($"{root} has no commit yet: commit the release first, then tag it");

    internal static ReleaseRefusal Detached(string commit, IReadOnlyList<string> branches) =>
        new($"HEAD is detached at {GitRepository.Short(commit)}: releases are made from a branch; git switch {branches[0]} (or pass --branch NAME), then release");

    internal static ReleaseRefusal WrongBranch(string branch, IReadOnlyList<string> branches) =>
        new($"on branch {branch}, but releases are made from {string.Join(" or ", branches)}: git switch {branches[0]}, or pass --branch {branch} to release from here");

    internal static ReleaseRefusal Uncommitted(IReadOnlyList<string> entries)
    {
        var named = string.Join(", ", entries.Take(FilesNamed).Select(e => e.Trim()));
        var more = entries.Count > FilesNamed ? $" and {entries.Count - FilesNamed} more" : "";
        return new($"the working tree has uncommitted changes ({named}{more}): commit or stash them (git stash --include-untracked), then release; a tag names a commit, so what is not committed would not be in the release");
    }

    internal static ReleaseRefusal TagExists(GitTag tag, string head) =>
        new(tag.Commit == head
            ? $"tag {tag.Name} already exists, at HEAD ({GitRepository.Short(tag.Commit)}): this release is made; pick the next version for a new one"
            : $"tag {tag.Name} already exists at {GitRepository.Short(tag.Commit)}, not at HEAD ({GitRepository.Short(head)}): pick the next version, or delete the tag (git tag --delete {tag.Name}) if it was a mistake");

    internal static ReleaseRefusal NoIdentity(string said) =>
        new($"git does not know who makes the tag ({said.Split('\n')[0].Trim()}): git config user.name \"Your Name\" and git config user.email you@example.com, then release");

    internal static ReleaseRefusal NoRemote(string remote) =>
        new($"there is no remote '{remote}' to push to: git remote add {remote} URL, pass --remote NAME, or leave --push out");

    internal static ReleaseRefusal RemoteUnreadable(string remote, string said) =>
        new($"cannot ask remote '{remote}' about its tags ({said}): check the remote and your access, or leave --push out and push later");

    internal static ReleaseRefusal RemoteTagExists(string remote, string tag, string commit) =>
        new($"remote '{remote}' already has tag {tag} (at {GitRepository.Short(commit)}): pick the next version");

    internal static ReleaseRefusal NoCheckpoints(string folder) =>
        new($"the checkpoints folder {folder} does not exist: fix --checkpoints, or leave it out to detect checkpoints/ or models/");
}
