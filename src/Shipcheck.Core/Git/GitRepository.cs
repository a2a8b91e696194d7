using Shipcheck.Core.Checks.Run;

namespace Shipcheck.Core.Git;

/// <summary>
/// A git working tree, read through the system <c>git</c> with arguments as a list (never a shell): what the preflight
/// kinds and the <c>release</c> command ask git. Every call can be cancelled and never prompts. Each caller's questions
/// live in a partial file of their own (<c>GitRepository.Tags.cs</c>…), so this file holds only the plumbing.
/// </summary>
public sealed partial class GitRepository
{
    // No pager, no prompt for credentials, no lock taken just to read, and messages in English so they can be matched.
    private static readonly KeyValuePair<string, string>[] Environment =
    [
        new("GIT_TERMINAL_PROMPT", "0"),
        new("GIT_PAGER", "cat"),
        new("GIT_OPTIONAL_LOCKS", "0"),
        new("LC_ALL", "C"),
    ];

    private GitRepository(string root) => Root = root;

    /// <summary>The top of the working tree (what <c>git rev-parse --show-toplevel</c> prints).</summary>
    public string Root { get; }

    /// <summary>
    /// The repository that holds <paramref name="path"/>; on failure the error says what is wrong and what to do
    /// (no git installed, not a repository, a directory that does not exist).
    /// </summary>
    public static async Task<(GitRepository? Repository, string? Error)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            return (null, $"{path} is not a directory");
        }
        var (result, error) = await RunInAsync(path, ["rev-parse", "--show-toplevel"], cancellationToken);
        if (result is null)
        {
            return (null, error);
        }
        if (result.ExitCode != 0)
        {
            return (null, result.Stderr.Contains("not a git repository", StringComparison.Ordinal)
                ? $"{path} is not a git repository (or inside one): run the check from the repository, or give its path"
                : $"git rev-parse --show-toplevel failed in {path}: {result.Stderr.Trim()}");
        }
        return (new GitRepository(result.StdoutText.Trim()), null);
    }

    /// <summary>Runs <c>git</c> with <paramref name="arguments"/> at the top of the tree.</summary>
    public Task<GitResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunGitAsync(Root, arguments, cancellationToken);

    /// <summary>
    /// Runs <paramref name="arguments"/> and returns standard output trimmed, or throws <see cref="GitException"/> with
    /// git's own message; for questions whose failure leaves nothing to observe.
    /// </summary>
    public async Task<string> ReadAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await RunAsync(arguments, cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : throw new GitException(result.Describe());
    }

    /// <summary>Standard output untrimmed (for -z output, where a leading space is part of a status code), or <see cref="GitException"/>.</summary>
    public async Task<string> ReadRawAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await RunAsync(arguments, cancellationToken);
        return result.Succeeded ? result.Stdout : throw new GitException(result.Describe());
    }

    /// <summary>The commit HEAD points at, or null in a repository with no commit yet.</summary>
    public async Task<string?> HeadCommitAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : null;
    }

    /// <summary>The branch checked out, or null when HEAD is detached.</summary>
    public async Task<string?> BranchAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(["symbolic-ref", "--quiet", "--short", "HEAD"], cancellationToken);
        return result.Succeeded ? result.Stdout.Trim() : null;
    }

    /// <summary>True in a shallow clone, whose history (and so tags and logs) may be incomplete.</summary>
    public async Task<bool> IsShallowAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(["rev-parse", "--is-shallow-repository"], cancellationToken)) == "true";

    private static async Task<GitResult> RunGitAsync(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (result, error) = await RunInAsync(directory, arguments, cancellationToken);
        return result is null
            ? throw new GitException(error!)
            : new GitResult(arguments, result.ExitCode, result.StdoutText, result.Stderr, result.Stopped, result.TooLarge);
    }

    private static async Task<(ChildProcessResult? Result, string? Error)> RunInAsync(
        string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (result, error) = await ChildProcess.RunAsync("git", ["-C", directory, .. arguments], directory, cancellationToken, Environment);
        if (result is null)
        {
            return (null, $"{error}; install git (Debian package git)");
        }
        cancellationToken.ThrowIfCancellationRequested();
        return (result, null);
    }
}
