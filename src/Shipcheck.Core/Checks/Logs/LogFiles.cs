namespace Shipcheck.Core.Checks.Logs;

/// <summary>Turns a step's paths and globs into the files to read, oldest written first so the newest lines come last.</summary>
internal static class LogFiles
{
    private static readonly char[] Wildcards = ['*', '?'];

    /// <summary>True when a folder part of <paramref name="path"/> has a wildcard (only the file name may).</summary>
    public static bool HasWildcardInFolder(string path) =>
        (Path.GetDirectoryName(path) ?? "").IndexOfAny(Wildcards) >= 0;

    /// <summary>
    /// The existing files the already resolved <paramref name="paths"/> name, without duplicates, ordered by last write
    /// time then name. A plain path that is a folder is an error (its message); a missing one simply matches nothing.
    /// </summary>
    public static (IReadOnlyList<string> Files, string? Error) Match(IEnumerable<string> paths)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            if (name.IndexOfAny(Wildcards) < 0)
            {
                if (Directory.Exists(path))
                {
                    return ([], $"{path} is a directory, not a log file");
                }
                if (File.Exists(path))
                {
                    files.Add(path);
                }
                continue;
            }
            var folder = Path.GetDirectoryName(path)!;
            if (Directory.Exists(folder))
            {
                files.UnionWith(Directory.EnumerateFiles(folder, name, new EnumerationOptions { MatchCasing = MatchCasing.PlatformDefault }));
            }
        }
        return ([.. files.OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal)], null);
    }
}
