using System.Globalization;
using Shipcheck.Core.Checks.Sql;

namespace Shipcheck.Core.Checks.Migrations.Database;

/// <summary>Where a framework records what it applied, and the read-only query that lists it (the same SQL on PostgreSQL and SQLite).</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Query">Selects the applied ids, and for Flyway the row's type (BASELINE rows stand for everything below them).</param>
internal sealed record VersionTable(string Table, string Query)
{
    public static VersionTable For(MigrationFramework framework) => framework switch
    {
        MigrationFramework.Alembic => new("alembic_version", "SELECT version_num FROM alembic_version"),
        MigrationFramework.EfCore => new("__EFMigrationsHistory", "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\""),
        MigrationFramework.Flyway => new("flyway_schema_history", "SELECT version, type FROM flyway_schema_history WHERE success AND version IS NOT NULL"),
        MigrationFramework.Prisma => new("_prisma_migrations",
            "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL"),
        MigrationFramework.Django => new("django_migrations", "SELECT app || '.' || name FROM django_migrations"),
        // Rails, golang-migrate and dbmate all keep schema_migrations(version).
        _ => new("schema_migrations", "SELECT version FROM schema_migrations"),
    };

    /// <summary>The applied rows, or null when the table does not exist (looked up first, so a missing table is not an error).</summary>
    public async Task<IReadOnlyList<(string Id, string Type)>?> ReadAsync(SqlSession session, CancellationToken cancellationToken)
    {
        await using (var exists = session.Command(session.Driver == SqlDriver.Sqlite
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
            : $"SELECT CASE WHEN to_regclass('\"{Table}\"') IS NULL THEN 0 ELSE 1 END"))
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }
        var rows = new List<(string, string)>();
        await using var command = session.Command(Query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(0))
            {
                rows.Add((Text(reader.GetValue(0)), reader.FieldCount > 1 && !reader.IsDBNull(1) ? Text(reader.GetValue(1)) : ""));
            }
        }
        return rows;
    }

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
