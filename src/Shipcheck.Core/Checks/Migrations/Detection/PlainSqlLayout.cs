namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// Numbered <c>.sql</c> files in <c>migrations/</c> or <c>sql/</c> (<c>001_init.sql</c>, golang-migrate's
/// <c>000001_init.up.sql</c> and <c>.down.sql</c>): one migration per number.
/// </summary>
internal sealed class PlainSqlLayout : IMigrationLayout
{
    private static readonly string[] FolderNames = ["migrations", "sql"];

    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.PlainSql;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        if (!FolderNames.Contains(folder.Name, StringComparer.Ordinal))
        {
            return null;
        }
        var migrations = folder.Files
            .Where(IsNumberedScript)
            .Order(NumericOrder.Instance)
            .GroupBy(name => NumericOrder.LeadingNumber(name)!, StringComparer.Ordinal)
            .Select(group => Migration.Linear(group.Key, folder.PathOf(group.First()), Migration.Stem(group.First())))
            .ToList();
        return migrations.Count == 0 ? null : new MigrationSet(MigrationFramework.PlainSql, folder.Relative, migrations, IsNumberedScript, []);
    }

    private static bool IsNumberedScript(string path) =>
        !path.Contains('/', StringComparison.Ordinal) && path.EndsWith(".sql", StringComparison.Ordinal) && NumericOrder.LeadingNumber(path) is not null;
}
