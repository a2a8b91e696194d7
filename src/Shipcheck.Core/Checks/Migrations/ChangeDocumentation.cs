using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>
/// A schema change since the last release is documented: when a migration file changed between the tag (or
/// <c>since</c>) and HEAD, the doc changed in the same range, or names every changed migration.
/// </summary>
internal static class ChangeDocumentation
{
    private const string Name = "schema change documented";
    private const int DocLimit = 4 * 1024 * 1024;

    public static async Task<IReadOnlyList<Finding>> CheckAsync(
        GitRepository repository, IReadOnlyList<MigrationSet> sets, string? since, string doc, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (await repository.IsShallowAsync(cancellationToken))
        {
            findings.Add(Finding.Warn("shallow clone",
                "this is a shallow clone, so the last tag and the history since it may be missing; fetch them (git fetch --unshallow --tags)"));
        }
        if (sets.Count == 0)
        {
            return findings;
        }
        if (await repository.HeadCommitAsync(cancellationToken) is null)
        {
            findings.Add(Finding.Warn(Name, "the repository has no commit yet, so there is no release to compare with"));
            return findings;
        }
        var from = since ?? await repository.NearestTagAsync(cancellationToken);
        if (from is null)
        {
            findings.Add(Finding.Warn(Name, "no tag to compare with, so schema changes since the last release are not known; tag the last release, or set since"));
            return findings;
        }
        if (!await repository.IsCommitAsync(from, cancellationToken))
        {
            findings.Add(Finding.Fail(Name, $"since '{from}' is not a tag or commit in this repository; check it against git tag --list"));
            return findings;
        }
        var changed = (await repository.ChangedPathsAsync(from, "HEAD", [.. sets.Select(s => s.Folder).Distinct()], cancellationToken))
            .Where(path => sets.Any(s => s.Contains(path)))
            .ToList();
        findings.Add(await JudgeAsync(repository, sets, changed, from, doc, cancellationToken));
        return findings;
    }

    private static async Task<Finding> JudgeAsync(
        GitRepository repository, IReadOnlyList<MigrationSet> sets, List<string> changed, string from, string doc, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return Finding.Pass(Name, $"no migration changed since {from}");
        }
        var what = changed.Count == 1 ? $"1 migration file changed since {from} ({changed[0]})" : $"{changed.Count} migration files changed since {from}";
        if ((await repository.ChangedPathsAsync(from, "HEAD", [doc], cancellationToken)).Count > 0)
        {
            return Finding.Pass(Name, $"{what}, and {doc} changed too");
        }
        var text = ReadDoc(Path.Combine(repository.Root, doc));
        if (text is null)
        {
            return Finding.Fail(Name, $"{what}, but {doc} does not exist; document the schema change there, or set doc to the file you document changes in");
        }
        var migrations = sets.SelectMany(s => s.Migrations).ToDictionary(m => m.File, StringComparer.Ordinal);
        var unnamed = changed
            .Where(path => !Mentions(path, migrations).Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return unnamed.Count == 0
            ? Finding.Pass(Name, $"{what}, and {doc} names every one")
            : Finding.Fail(Name,
                $"{what}, but {doc} did not change and does not name {string.Join(", ", unnamed.Take(5).Select(Migration.Stem))}" +
                $"{(unnamed.Count > 5 ? $" and {unnamed.Count - 5} more" : "")}; document the schema change in {doc}", doc);
    }

    /// <summary>What names the migration of <paramref name="path"/>; for a deleted file, its name.</summary>
    private static IEnumerable<string> Mentions(string path, Dictionary<string, Migration> migrations) =>
        migrations.TryGetValue(path, out var migration) ? migration.Mentions : [Migration.Stem(path)];

    /// <summary>The doc's first <see cref="DocLimit"/> bytes as text, or null when it does not exist or cannot be read.</summary>
    private static string? ReadDoc(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[Math.Min(info.Length, DocLimit)];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
