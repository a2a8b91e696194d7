namespace Shipcheck.Core.Git;

/// <summary>What <c>git status</c> says about the files under some paths.</summary>
public sealed partial class GitRepository
{
    /// <summary>
    /// Every file under <paramref name="paths"/> (relative to the top of the tree, taken literally; all of the tree when
    /// empty) that is not committed as it is on disk: untracked, staged, modified, deleted, renamed and, with
    /// <paramref name="includeIgnored"/>, ignored files too.
    /// </summary>
    public async Task<IReadOnlyList<GitStatusEntry>> StatusAsync(
        IReadOnlyList<string> paths, bool includeIgnored, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames",
            .. includeIgnored ? ["--ignored=matching"] : Array.Empty<string>(),
            "--", .. Literal(paths),
        ];
        var output = await ReadRawAsync(arguments, cancellationToken);
        // -z: "XY path" entries separated by NUL, paths never quoted; --no-renames keeps each entry to one path.
        return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(entry => entry.Length > 3)
            .Select(entry => new GitStatusEntry(entry[..2], entry[3..]))];
    }

    /// <summary>Pathspecs that match exactly these paths: a name with <c>*</c> or <c>:</c> is not a pattern.</summary>
    private static IEnumerable<string> Literal(IReadOnlyList<string> paths) =>
        paths.Select(path => ":(literal)" + (path.Length == 0 ? "." : path));
}

/// <summary>One line of <c>git status --porcelain</c>.</summary>
/// <param name="Code">The two status letters: index then work tree (<c>??</c> untracked, <c>!!</c> ignored, <c> M</c> modified).</param>
/// <param name="Path">The file, relative to the top of the tree, with <c>/</c> between folders.</param>
public sealed record GitStatusEntry(string Code, string Path)
{
    /// <summary>What the code means, as a person says it: "untracked", "modified, not staged".</summary>
    public string Meaning => Code switch
    {
        "??" => "untracked",
        "!!" => "ignored by .gitignore and not committed",
        _ when Code[0] == 'A' => "added to the index but not committed",
        _ when Code.Contains('D', StringComparison.Ordinal) => "deleted but not committed",
        _ when Code.Contains('U', StringComparison.Ordinal) => "in a merge conflict",
        _ when Code[1] == ' ' => "changed in the index but not committed",
        _ => "modified and not committed",
    };
}
