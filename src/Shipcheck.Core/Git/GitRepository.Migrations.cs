namespace Shipcheck.Core.Git;

/// <summary>What the <c>migrations</c> kind asks git: where a folder sits in the tree, the last tag, what changed since.</summary>
public sealed partial class GitRepository
{
    /// <summary>
    /// Where <paramref name="directory"/> (inside this tree) is, relative to the top with a trailing <c>/</c>
    /// (<c>db/</c>), or "" at the top; git answers, so symbolic links in the path do not matter.
    /// </summary>
    public async Task<string> PrefixOfAsync(string directory, CancellationToken cancellationToken)
    {
        var result = await RunGitAsync(directory, ["rev-parse", "--show-prefix"], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : throw new GitException(result.Describe());
    }

    /// <summary>The most recent tag reachable from HEAD (<c>git describe --tags --abbrev=0</c>), or null when there is none.</summary>
    public async Task<string?> NearestTagAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(["describe", "--tags", "--abbrev=0"], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : null;
    }

    /// <summary>True when <paramref name="revision"/> (a tag, branch or hash; never read as an option) names a commit.</summary>
    public async Task<bool> IsCommitAsync(string revision, CancellationToken cancellationToken) =>
        !revision.StartsWith('-') && (await RunAsync(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], cancellationToken)).Succeeded;

    /// <summary>
    /// The files under <paramref name="paths"/> that differ between the commits <paramref name="from"/> and
    /// <paramref name="to"/> (added, changed or deleted; a rename is both names), relative to the top of the tree.
    /// </summary>
    public async Task<IReadOnlyList<string>> ChangedPathsAsync(
        string from, string to, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var output = await ReadRawAsync(["diff", "--name-only", "-z", "--no-renames", from, to, "--", .. Literal(paths)], cancellationToken);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}
