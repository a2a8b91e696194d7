using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// The files logrotate and its kin leave beside a log: <c>app.log.1</c>, <c>app.log-20261201</c>, each possibly
/// <c>.gz</c>, and <c>app.log.gz</c>. Ordered oldest first by last write time; for files written at the same instant,
/// a higher number is older and the log itself is newest.
/// </summary>
internal static partial class RotatedFiles
{
    /// <summary>The rotated files beside <paramref name="path"/> (for a glob, beside every file it matches).</summary>
    public static IEnumerable<string> Of(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }
        var name = Path.GetFileName(path);
        IReadOnlyList<string> logs = name.IndexOfAny(['*', '?']) < 0 ? [name] : [.. Directory.EnumerateFiles(folder, name).Select(f => Path.GetFileName(f))];
        return [.. Directory.EnumerateFiles(folder).Where(f => logs.Any(log => IsRotationOf(Path.GetFileName(f), log)))];
    }

    /// <summary>True when <paramref name="file"/> is <paramref name="log"/> rotated: the name, then a rotation suffix.</summary>
    public static bool IsRotationOf(string file, string log) =>
        file.Length > log.Length && file.StartsWith(log, StringComparison.Ordinal) && Suffix().IsMatch(file.AsSpan(log.Length));

    /// <summary>Orders files oldest first: by last write time, then older rotation first, then by name.</summary>
    public static IEnumerable<LogFile> OldestFirst(IEnumerable<LogFile> files) =>
        files.OrderBy(f => f.LastWriteUtc).ThenByDescending(f => Rank(f.Path)).ThenBy(f => f.Path, StringComparer.Ordinal);

    // How old a file is among siblings written at the same instant: app.log.3 before app.log.2, a dated or compressed
    // one before the log itself (0).
    private static int Rank(string path)
    {
        var numbered = Numbered().Match(path);
        if (numbered.Success && int.TryParse(numbered.Groups[1].ValueSpan, out var number))
        {
            return number + 1;
        }
        return Dated().IsMatch(path) || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    [GeneratedRegex(@"^(?:\.\d+|-\d[0-9A-Za-z_.-]*)?(?:\.gz)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\.(\d{1,9})(?:\.gz)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"-\d{8}[0-9A-Za-z_.-]*(?:\.gz)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dated();
}
