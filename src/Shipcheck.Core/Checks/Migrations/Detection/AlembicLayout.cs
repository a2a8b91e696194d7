using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Migrations.Alembic;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// Alembic: a script folder (with <c>env.py</c>, or the <c>script_location</c> of an <c>alembic.ini</c>) whose
/// <c>versions/</c> holds the revision files. Like Alembic, every <c>*.py</c> there except <c>__init__.py</c> is a revision.
/// </summary>
internal sealed class AlembicLayout : IMigrationLayout
{
    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.Alembic;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        if (folder.HasDirectory("versions") && folder.HasFile("env.py"))
        {
            return Read(folder.Child("versions"));
        }
        if (folder.Name == "versions" && File.Exists(Path.Combine(Path.GetDirectoryName(folder.Full)!, "env.py")))
        {
            return Read(folder);
        }
        return folder.HasFile("alembic.ini") ? FromIni(folder) : null;
    }

    /// <summary>The revisions of a <c>versions/</c> folder, in file-name order, with what was wrong in each file.</summary>
    private static MigrationSet Read(ScannedFolder versions)
    {
        var revisions = new List<Migration>();
        var problems = new List<Finding>();
        foreach (var name in versions.Files.Where(IsRevisionFile))
        {
            var file = versions.PathOf(name);
            var (lines, error) = FileHead.Read(versions.FullPathOf(name));
            if (error is not null)
            {
                problems.Add(Layouts.Unreadable(file, error));
                continue;
            }
            var header = AlembicHeader.Parse(lines);
            if (header.Error is not null)
            {
                problems.Add(Finding.Fail(file, header.Error, $"{file}:{header.Line}"));
            }
            else if (header.Revision is null)
            {
                problems.Add(Finding.Fail(file,
                    $"no `revision = '…'` at module level in its first {FileHead.Limit / 1024} KiB, and Alembic refuses to load such a file; " +
                    "declare the revision, or move the file out of versions/", file));
            }
            else
            {
                revisions.Add(new Migration(header.Revision, file, [header.Revision, Migration.Stem(file)], header.DownRevisions, header.Line));
            }
        }
        return new MigrationSet(MigrationFramework.Alembic, versions.Relative, revisions, path => IsRevisionFile(path), problems);
    }

    /// <summary>
    /// The revisions an <c>alembic.ini</c> points at: every folder of its <c>version_locations</c> as one graph when it
    /// has them (Alembic then reads only those), else its <c>script_location</c>'s <c>versions/</c>; only folders in the
    /// repository count.
    /// </summary>
    private static MigrationSet? FromIni(ScannedFolder folder)
    {
        var (lines, _) = FileHead.Read(folder.FullPathOf("alembic.ini"));
        var settings = IniSettings(lines, folder.Full);
        if (settings.TryGetValue("version_locations", out var locations) && locations.Length > 0)
        {
            return FromLocations(folder, SplitLocations(locations, settings.GetValueOrDefault("version_path_separator")));
        }
        var location = settings.GetValueOrDefault("script_location");
        if (string.IsNullOrEmpty(location) || location.Contains(':', StringComparison.Ordinal))
        {
            // "package:folder" names a folder inside an installed Python package, not a path.
            return null;
        }
        return InRepository(folder, Path.Combine(location, "versions")) is { } versions ? Read(versions) : null;
    }

    /// <summary>Several version folders read as one set, whose folder is the nearest folder holding them all.</summary>
    private static MigrationSet? FromLocations(ScannedFolder folder, IReadOnlyList<string> locations)
    {
        var found = locations.Select(l => InRepository(folder, l)).OfType<ScannedFolder>().DistinctBy(f => f.Relative).ToList();
        if (found.Count == 0)
        {
            return null;
        }
        var sets = found.Select(Read).ToList();
        var common = CommonFolder(found.Select(f => f.Relative));
        var inCommon = found.Select(f => common.Length == 0 ? f.Relative : f.Relative.Length == common.Length ? "" : f.Relative[(common.Length + 1)..]).ToList();
        bool Owns(string path) => inCommon.Any(l =>
            l.Length == 0 ? IsRevisionFile(path) : path.StartsWith(l + "/", StringComparison.Ordinal) && IsRevisionFile(path[(l.Length + 1)..]));
        return new MigrationSet(MigrationFramework.Alembic, common, [.. sets.SelectMany(s => s.Migrations)], Owns, [.. sets.SelectMany(s => s.Problems)])
        {
            Locations = [.. found.Select(f => f.Relative)],
        };
    }

    /// <summary>The folder <paramref name="location"/> names (relative to the ini's folder), when it exists inside the repository.</summary>
    private static ScannedFolder? InRepository(ScannedFolder iniFolder, string location)
    {
        var full = Path.GetFullPath(Path.Combine(iniFolder.Full, location));
        var relative = Path.GetRelativePath(iniFolder.RepositoryRoot, full).Replace('\\', '/');
        if (relative == ".")
        {
            relative = "";
        }
        return Directory.Exists(full) && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            ? ScannedFolder.Read(full, relative, iniFolder.RepositoryRoot)
            : null;
    }

    /// <summary>The <c>key = value</c> lines of the ini (the first of each key), <c>%(here)s</c> filled in.</summary>
    private static Dictionary<string, string> IniSettings(IEnumerable<string> lines, string here)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parts in lines.Select(line => line.Split('=', 2)).Where(parts => parts.Length == 2))
        {
            settings.TryAdd(parts[0].Trim(), parts[1].Trim().Replace("%(here)s", here, StringComparison.Ordinal));
        }
        return settings;
    }

    /// <summary>
    /// <c>version_locations</c> split the way Alembic splits it: by <c>version_path_separator</c> (<c>os</c>, <c>space</c>,
    /// <c>newline</c>, <c>:</c>, <c>;</c>), and without one by spaces and commas (its legacy default).
    /// </summary>
    private static IReadOnlyList<string> SplitLocations(string text, string? separator)
    {
        char[] by = separator switch
        {
            "os" => [Path.PathSeparator],
            "space" => [' '],
            "newline" => ['\n'],
            ":" => [':'],
            ";" => [';'],
            _ => [' ', ','],
        };
        return text.Split(by, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The deepest folder that holds every one of <paramref name="folders"/> (repository-relative, <c>/</c>).</summary>
    private static string CommonFolder(IEnumerable<string> folders)
    {
        var split = folders.Select(f => f.Length == 0 ? [] : f.Split('/')).ToList();
        var common = split[0].TakeWhile((part, i) => split.All(s => s.Length > i && s[i] == part)).ToArray();
        return string.Join('/', common);
    }

    private static bool IsRevisionFile(string name) =>
        !name.Contains('/', StringComparison.Ordinal) && name.EndsWith(".py", StringComparison.Ordinal) &&
        name != "__init__.py" && !name.StartsWith(".#", StringComparison.Ordinal);
}
