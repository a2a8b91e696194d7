using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>Prisma: <c>prisma/migrations/</c> (or any folder with <c>migration_lock.toml</c>): one folder per migration holding <c>migration.sql</c>.</summary>
internal sealed class PrismaLayout : IMigrationLayout
{
    private const string Lock = "migration_lock.toml";
    private const string Script = "migration.sql";

    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.Prisma;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        var locked = folder.HasFile(Lock);
        if (!locked && !(folder.Name == "migrations" && folder.ParentName == "prisma"))
        {
            return null;
        }
        var migrations = folder.Directories
            .Where(name => File.Exists(Path.Combine(folder.Full, name, Script)))
            .Select(name => Migration.Linear(name, folder.PathOf($"{name}/{Script}"), name))
            .ToList();
        IReadOnlyList<Finding> problems = locked
            ? []
            : [Finding.Warn(folder.PathOf(Lock), $"{folder.Relative} has no {Lock}; `prisma migrate dev` writes it: commit it with the migrations")];
        return new MigrationSet(MigrationFramework.Prisma, folder.Relative, migrations, Owns, problems);
    }

    private static bool Owns(string path)
    {
        var parts = path.Split('/');
        return parts is [Lock] || (parts.Length == 2 && parts[1] == Script);
    }
}
