namespace Shipcheck.Core.Checks.Logs;

/// <summary>Turns a step's paths and globs into the files to read, with the files rotated away from them when asked.</summary>
internal static class LogFiles
{
    private static readonly char[] Wildcards = ['*', '?'];

    /// <summary>True when a folder part of <paramref name="path"/> has a wildcard (only the file name may).</summary>
    public static bool HasWildcardInFolder(string path) =>
        (Path.GetDirectoryName(path) ?? "").IndexOfAny(Wildcards) >= 0;

    /// <summary>
    /// The existing files the already resolved <paramref name="paths"/> name, without duplicates, and, when
    /// <paramref name="rotated"/>, every file rotated away from one of them (<see cref="RotatedFiles"/>). A plain path
    /// that is a folder is an error (its message); a missing one simply matches nothing.
    /// </summary>
    public static (IReadOnlyList<string> Files, string? Error) Match(IEnumerable<string> paths, bool rotated)
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
            }
            else if (Path.GetDirectoryName(path) is { } folder && Directory.Exists(folder))
            {
                files.UnionWith(Directory.EnumerateFiles(folder, name, new EnumerationOptions { MatchCasing = MatchCasing.PlatformDefault }));
            }
            if (rotated)
            {
                files.UnionWith(RotatedFiles.Of(path));
            }
        }
        return ([.. files.Order(StringComparer.Ordinal)], null);
    }
}
