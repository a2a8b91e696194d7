using Shipcheck.Core.Tests.Checks.Sql;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class MigrationsPostgresTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TestRepository _repository = new();
    private readonly string _schema = "m" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose() => _repository.Dispose();

    /// <summary>A connection whose search path is this test's own schema, so tests never see each other's tables.</summary>
    private string Connection()
    {
        server.Execute($"CREATE SCHEMA {_schema}");
        return $"{server.ConnectionString};Search Path={_schema}";
    }

    [Fact]
    public async Task Ef_core_history_lists_the_migrations_not_applied()
    {
        _repository.Write("Data/Migrations/20240101120000_Init.Designer.cs", "[Migration(\"20240101120000_Init\")]\n");
        _repository.Write("Data/Migrations/20240301080000_AddEmail.Designer.cs", "[Migration(\"20240301080000_AddEmail\")]\n");
        _repository.Write("Data/Migrations/AppDbModelSnapshot.cs", "partial class AppDbModelSnapshot { }\n");
        _repository.Commit();
        var connection = Connection();
        server.Execute($"CREATE TABLE {_schema}.\"__EFMigrationsHistory\" (\"MigrationId\" varchar(150) PRIMARY KEY, \"ProductVersion\" varchar(32));" +
            $"INSERT INTO {_schema}.\"__EFMigrationsHistory\" VALUES ('20240101120000_Init', '10.0.0')");

        var result = await _repository.Observe(("connection", connection));

        Assert.Equal("WARN database — 1 of 2 migrations in Data/Migrations are not applied: 20240301080000_AddEmail; the deployment must apply them " +
            "(dotnet ef database update)", result.Line("database"));
        Assert.Equal(["20240301080000_AddEmail"], result.Texts("pending"));
    }

    [Fact]
    public async Task Flyway_history_counts_a_baseline_and_skips_failed_rows()
    {
        _repository.Write("sql/V1__init.sql", "SELECT 1;\n");
        _repository.Write("sql/V2__users.sql", "SELECT 1;\n");
        _repository.Write("sql/V2_1__email.sql", "SELECT 1;\n");
        _repository.Write("sql/V3__orders.sql", "SELECT 1;\n");
        _repository.Commit();
        var connection = Connection();
        server.Execute($"CREATE TABLE {_schema}.flyway_schema_history (installed_rank int, version varchar(50), description varchar(200), type varchar(20), " +
            "script varchar(1000), success boolean);" +
            $"INSERT INTO {_schema}.flyway_schema_history VALUES (1, '1', '<< Flyway Baseline >>', 'BASELINE', 'x', true), " +
            "(2, '2', 'users', 'SQL', 'V2__users.sql', true), (3, '2.1', 'email', 'SQL', 'V2_1__email.sql', false)");

        var result = await _repository.Observe(("connection", connection));

        Assert.Equal(["2.1", "3"], result.Texts("pending"));
        Assert.StartsWith("WARN database — 2 of 4 migrations in sql are not applied: 2.1, 3", result.Line("database"));
    }

    [Fact]
    public async Task Django_rows_of_apps_without_a_folder_here_are_not_unknown()
    {
        _repository.Write("users/migrations/__init__.py", "");
        _repository.Write("users/migrations/0001_initial.py", "class Migration: pass\n");
        _repository.Commit();
        var connection = Connection();
        server.Execute($"CREATE TABLE {_schema}.django_migrations (id serial, app varchar(255), name varchar(255), applied timestamptz);" +
            $"INSERT INTO {_schema}.django_migrations (app, name, applied) VALUES ('auth', '0001_initial', now()), ('users', '0001_initial', now())");

        var result = await _repository.Observe(("connection", connection));

        Assert.Equal("PASS database — the database is at the newest migration in users/migrations (users.0001_initial)", result.Line("database"));
    }

    [Fact]
    public async Task A_missing_table_and_an_unreachable_server_are_failures_that_never_show_the_password()
    {
        _repository.WriteAlembic(("a1", []));
        _repository.Commit();
        var port = Ports.Closed();

        var missing = await _repository.Observe(("connection", Connection()));
        var unreachable = await _repository.Observe(("connection", $"postgres://checker:hunter2-secret@127.0.0.1:{port}/postgres"));

        Assert.StartsWith("FAIL database — the database has no alembic_version table", missing.Line("database"));
        Assert.Null(unreachable.Error);
        Assert.Equal($"FAIL database — cannot read the migration version table: cannot connect to 127.0.0.1:{port}: connection refused; " +
            "check the host, port and that the server runs", unreachable.Line("database"));
        Assert.DoesNotContain("hunter2", unreachable.Output);
    }
}
