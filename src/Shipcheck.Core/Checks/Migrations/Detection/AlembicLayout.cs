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

    /// <summary>The folder an <c>alembic.ini</c>'s <c>script_location</c> names, when it is in the repository and has <c>versions/</c>.</summary>
    private static MigrationSet? FromIni(ScannedFolder folder)
    {
        var (lines, _) = FileHead.Read(folder.FullPathOf("alembic.ini"));
        var location = lines
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == "script_location")
            .Select(parts => parts[1].Trim().Replace("%(here)s", folder.Full, StringComparison.Ordinal))
            .FirstOrDefault();
        if (string.IsNullOrEmpty(location) || location.Contains(':', StringComparison.Ordinal))
        {
            // "package:folder" names a folder inside an installed Python package, not a path.
            return null;
        }
        var versions = Path.GetFullPath(Path.Combine(folder.Full, location, "versions"));
        var relative = Path.GetRelativePath(folder.RepositoryRoot, versions).Replace('\\', '/');
        return Directory.Exists(versions) && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            ? Read(ScannedFolder.Read(versions, relative, folder.RepositoryRoot))
            : null;
    }

    private static bool IsRevisionFile(string name) =>
        !name.Contains('/', StringComparison.Ordinal) && name.EndsWith(".py", StringComparison.Ordinal) &&
        name != "__init__.py" && !name.StartsWith(".#", StringComparison.Ordinal);
}
