namespace Shipcheck.Core.Git;

/// <summary>What <c>shipcheck release</c> asks and changes: the tree's state, the identity, tags, commits, pushes.</summary>
public sealed partial class GitRepository
{
    /// <summary>
    /// Every path that is not committed as it is, as <c>git status --short</c> writes it (<c>M  app.py</c>,
    /// <c>?? notes.txt</c>): staged, modified, deleted and untracked files (a rename as its deletion and its addition);
    /// ignored files are not listed. The same reading of <c>git status</c> as <see cref="StatusAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> UncommittedAsync(CancellationToken cancellationToken) =>
        [.. (await StatusAsync([], includeIgnored: false, cancellationToken)).Select(e => $"{e.Code} {e.Path}")];

    /// <summary>True when <paramref name="path"/> (relative to the top) is ignored by .gitignore or exclude files.</summary>
    public async Task<bool> IsIgnoredAsync(string path, CancellationToken cancellationToken)
    {
        var result = await RunAsync(["check-ignore", "--quiet", "--", path], cancellationToken);
        return result.ExitCode switch
        {
            0 => true,
            1 => false,
            _ => throw new GitException(result.Describe()),
        };
    }

    /// <summary>Null when git knows who commits and tags here; otherwise what git said.</summary>
    public async Task<string?> IdentityProblemAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(["var", "GIT_COMMITTER_IDENT"], cancellationToken);
        return result.Succeeded ? null : result.Stderr.Trim();
    }

    /// <summary>The URL of <paramref name="remote"/>, or null when there is no such remote.</summary>
    public async Task<string?> RemoteUrlAsync(string remote, CancellationToken cancellationToken)
    {
        if (remote.StartsWith('-'))
        {
            return null;
        }
        var result = await RunAsync(["remote", "get-url", remote], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : null;
    }

    /// <summary>The object the remote's tag <paramref name="tag"/> names, or null when the remote has no such tag.</summary>
    public async Task<string?> RemoteTagAsync(string remote, string tag, CancellationToken cancellationToken)
    {
        var lines = await ReadAsync(["ls-remote", "--tags", "--", remote, "refs/tags/" + tag], cancellationToken);
        var exact = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .FirstOrDefault(parts => parts.Length == 2 && parts[1] == "refs/tags/" + tag);
        return exact?[0];
    }

    /// <summary>
    /// Makes the annotated tag <paramref name="name"/> on <paramref name="commit"/>, its message read from
    /// <paramref name="messageFile"/> or given as <paramref name="message"/>; returns the tag object's hash.
    /// </summary>
    public async Task<string> CreateAnnotatedTagAsync(string name, string commit, string? messageFile, string message, CancellationToken cancellationToken)
    {
        // whitespace cleanup keeps lines that start with '#': release notes are Markdown, and its headings are not comments.
        string[] text = messageFile is null ? ["--message", message] : ["--file", messageFile];
        await ReadAsync(["tag", "--annotate", "--cleanup=whitespace", .. text, name, commit], cancellationToken);
        return await ReadAsync(["rev-parse", "--verify", "refs/tags/" + name], cancellationToken);
    }

    /// <summary>Stages and commits <paramref name="path"/> alone; returns the new commit.</summary>
    public async Task<string> CommitPathAsync(string path, string message, CancellationToken cancellationToken)
    {
        await ReadAsync(["add", "--", path], cancellationToken);
        await ReadAsync(["commit", "--quiet", "--message", message, "--", path], cancellationToken);
        return await ReadAsync(["rev-parse", "--verify", "HEAD^{commit}"], cancellationToken);
    }

    /// <summary>Pushes <paramref name="references"/> (full ref names) to <paramref name="remote"/>, all or none.</summary>
    public Task PushAsync(string remote, IReadOnlyList<string> references, CancellationToken cancellationToken) =>
        ReadAsync(["push", "--atomic", "--quiet", "--", remote, .. references.Select(r => $"{r}:{r}")], cancellationToken);
}
