namespace Shipcheck.Core.Git;

public sealed partial class GitRepository
{
    /// <summary>
    /// The files under <paramref name="directory"/> git would show: tracked ones plus untracked ones .gitignore does not
    /// exclude (<c>git ls-files -z --cached --others --exclude-standard</c>), relative to <paramref name="directory"/>
    /// with '/' separators, each once. Throws <see cref="GitException"/> with git's message when git fails.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListFilesAsync(string directory, CancellationToken cancellationToken)
    {
        // Run from the directory itself: git then lists only what is under it, relative to it.
        var result = await RunGitAsync(directory, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], cancellationToken);
        if (!result.Succeeded)
        {
            throw new GitException(result.Describe());
        }
        return [.. result.Stdout.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
    }
}
