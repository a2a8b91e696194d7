namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// Finds the migration folders under one folder, breadth first and a few levels deep, without following links to
/// folders and without going into dependency, build or hidden folders.
/// </summary>
internal static class MigrationSearch
{
    /// <summary>How many levels below the searched folder are looked at (enough for <c>src/main/resources/db/migration</c>).</summary>
    public const int Depth = 5;

    /// <summary>How many folders one search lists at most, so a huge tree costs a bounded time.</summary>
    public const int FolderLimit = 20_000;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "node_modules", "__pycache__", "bin", "obj", "venv", "site-packages", "vendor", "target", "dist",
    };

    /// <summary>What a search found.</summary>
    /// <param name="Sets">The migration folders, in the order found (shallowest first).</param>
    /// <param name="Truncated">True when the search stopped at <see cref="FolderLimit"/> folders.</param>
    public sealed record Result(IReadOnlyList<MigrationSet> Sets, bool Truncated);

    /// <summary>Searches <paramref name="root"/> with every layout, or only <paramref name="only"/>'s.</summary>
    public static Result Run(ScannedFolder root, MigrationFramework? only, CancellationToken cancellationToken)
    {
        var layouts = Layouts.All.Where(l => only is null || l.Framework == only).ToList();
        var sets = new List<MigrationSet>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new Queue<(ScannedFolder Folder, int Depth)>([(root, 0)]);
        var listed = 1;
        while (waiting.TryDequeue(out var next))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (folder, depth) = next;
            if (!claimed.Contains(folder.Relative) && layouts.Select(l => l.Find(folder)).FirstOrDefault(s => s is not null) is { } set
                && (set.Locations ?? [set.Folder]).All(l => !claimed.Contains(l)))
            {
                claimed.UnionWith(set.Locations ?? [set.Folder]);
                sets.Add(set);
            }
            if (depth == Depth)
            {
                continue;
            }
            foreach (var name in folder.Directories.Where(n => !n.StartsWith('.') && !Skipped.Contains(n)))
            {
                if (++listed > FolderLimit)
                {
                    return new Result(sets, Truncated: true);
                }
                waiting.Enqueue((folder.Child(name), depth + 1));
            }
        }
        return new Result(sets, Truncated: false);
    }
}
