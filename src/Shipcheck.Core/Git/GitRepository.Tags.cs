namespace Shipcheck.Core.Git;

/// <summary>What <c>release_tag</c> and <c>shipcheck release</c> ask git about tags and commits.</summary>
public sealed partial class GitRepository
{
    /// <summary>The tag <paramref name="name"/>, or null when the repository has no such tag.</summary>
    public async Task<GitTag?> TagAsync(string name, CancellationToken cancellationToken)
    {
        var commit = await TagCommitAsync(name, cancellationToken);
        if (commit is null)
        {
            return null;
        }
        var type = await ReadAsync(["cat-file", "-t", "refs/tags/" + name], cancellationToken);
        return new GitTag(name, commit, type == "tag");
    }

    /// <summary>The commit <paramref name="revision"/> names (a hash, a branch, <c>HEAD~1</c>, a tag), or null.</summary>
    public async Task<string?> ResolveCommitAsync(string revision, CancellationToken cancellationToken)
    {
        if (revision.StartsWith('-'))
        {
            return null;
        }
        var result = await RunAsync(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : null;
    }

    /// <summary>The first <paramref name="length"/> characters of a hash, for messages (the full one stays in observations).</summary>
    public static string Short(string commit, int length = 12) => commit.Length <= length ? commit : commit[..length];
}
