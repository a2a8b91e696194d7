using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>Every migration file is committed as it is on disk: none untracked, ignored, staged, modified or deleted.</summary>
internal static class CommitFindings
{
    public static async Task<IReadOnlyList<Finding>> CheckAsync(GitRepository repository, IReadOnlyList<MigrationSet> sets, CancellationToken cancellationToken)
    {
        if (sets.Count == 0)
        {
            return [];
        }
        var entries = await repository.StatusAsync([.. sets.Select(s => s.Folder).Distinct()], includeIgnored: true, cancellationToken);
        var open = entries.SelectMany(e => Files(e, sets)).Where(e => sets.Any(s => s.Contains(e.Path))).ToList();
        if (open.Count == 0)
        {
            var files = sets.Sum(s => s.Migrations.Count);
            return [Finding.Pass("committed", $"every migration file is committed ({files} {(files == 1 ? "migration" : "migrations")})")];
        }
        return [.. open.Select(e => Finding.Fail(e.Path, $"{e.Meaning}: {Advice(e)}", e.Path))];
    }

    /// <summary>The entry, or for a whole ignored folder (<c>!! db/migrate/</c>) one entry per migration file in it.</summary>
    private static IEnumerable<GitStatusEntry> Files(GitStatusEntry entry, IReadOnlyList<MigrationSet> sets) =>
        !entry.Path.EndsWith('/')
            ? [entry]
            : sets.SelectMany(s => s.Migrations)
                .Where(m => m.File.StartsWith(entry.Path, StringComparison.Ordinal))
                .Select(m => entry with { Path = m.File });

    private static string Advice(GitStatusEntry entry) => entry.Code switch
    {
        "!!" => $"commit it (git add -f {entry.Path}), or the deployment will not have it",
        _ when entry.Code.Contains('U', StringComparison.Ordinal) => "resolve the conflict and commit",
        _ when entry.Code.Contains('D', StringComparison.Ordinal) => $"commit the deletion (git rm {entry.Path}) or restore the file (git restore {entry.Path})",
        _ => $"commit it (git add {entry.Path} && git commit)",
    };
}
