namespace Shipcheck.Core.Git;

// What the artifacts kind and manifests ask git: the tags on a commit and the commit a tag names.
public sealed partial class GitRepository
{
    /// <summary>The tags that point at <paramref name="commit"/> (annotated or not), sorted by name.</summary>
    public async Task<IReadOnlyList<string>> TagsAtAsync(string commit, CancellationToken cancellationToken) =>
        (await RunAsync(["tag", "--list", "--points-at", commit], cancellationToken)) is { Succeeded: true } result
            ? [.. result.Lines.Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The commit the tag <paramref name="tag"/> names (peeled through an annotated tag), or null when there is no such tag.</summary>
    public async Task<string?> TagCommitAsync(string tag, CancellationToken cancellationToken)
    {
        var result = await RunAsync(["rev-parse", "--verify", "--quiet", $"refs/tags/{tag}^{{commit}}"], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : null;
    }
}
