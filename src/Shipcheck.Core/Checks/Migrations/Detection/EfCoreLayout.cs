using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// EF Core: a folder with a <c>*ModelSnapshot.cs</c>; each migration's id is in the <c>[Migration("…")]</c> attribute
/// (which <c>dotnet ef</c> writes into the <c>.Designer.cs</c> file).
/// </summary>
internal sealed class EfCoreLayout : IMigrationLayout
{
    private const string Attribute = "Migration(\"";

    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.EfCore;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        if (!folder.Files.Any(f => f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal)))
        {
            return null;
        }
        var migrations = new List<Migration>();
        var problems = new List<Finding>();
        foreach (var name in folder.Files.Where(f => f.EndsWith(".cs", StringComparison.Ordinal) && !f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal)))
        {
            var file = folder.PathOf(name);
            var (lines, error) = FileHead.Read(folder.FullPathOf(name));
            if (error is not null)
            {
                problems.Add(Layouts.Unreadable(file, error));
            }
            else if (lines.Select(Id).FirstOrDefault(id => id is not null) is { } id)
            {
                migrations.Add(Migration.Linear(id, file, id));
            }
        }
        migrations.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new MigrationSet(MigrationFramework.EfCore, folder.Relative, migrations, Layouts.FilesEndingWith(".cs"), problems);
    }

    /// <summary>The id in <c>[Migration("20240101120000_AddUsers")]</c> (also written <c>[…Migrations.Migration("…")]</c>), or null.</summary>
    private static string? Id(string line)
    {
        var at = line.IndexOf(Attribute, StringComparison.Ordinal);
        if (at <= 0 || line[at - 1] is not ('[' or '.'))
        {
            return null;
        }
        var start = at + Attribute.Length;
        var end = line.IndexOf('"', start);
        return end > start ? line[start..end] : null;
    }
}
