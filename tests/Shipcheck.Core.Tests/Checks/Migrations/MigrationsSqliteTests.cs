using Microsoft.Data.Sqlite;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class MigrationsSqliteTests : IDisposable
{
    private readonly TestRepository _repository = new();
    private readonly TempFolder _data = new();

    public MigrationsSqliteTests()
    {
        _repository.WriteAlembic(("a1", []), ("b2", ["a1"]), ("c3", ["b2"]));
        _repository.Commit();
    }

    private string Database => _data.File("app.db");

    public void Dispose()
    {
        _repository.Dispose();
        _data.Dispose();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_database_at_the_head_passes()
    {
        Execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); INSERT INTO alembic_version VALUES ('c3');");

        var result = await _repository.Observe(("connection", "sqlite:" + Database));

        Assert.Equal("PASS database — the database is at the newest migration in db/versions (c3)", result.Line("database"));
        Assert.Empty(result.Texts("pending"));
    }

    [Fact]
    public async Task An_older_database_lists_the_pending_revisions_oldest_first()
    {
        Execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); INSERT INTO alembic_version VALUES ('a1');");

        var result = await _repository.Observe(("connection", "sqlite:" + Database));

        Assert.Equal("WARN database — 2 of 3 migrations in db/versions are not applied: b2, c3; the deployment must apply them (alembic upgrade head)",
            result.Line("database"));
        Assert.Equal(["b2", "c3"], result.Texts("pending"));
        Assert.Equal(0, result.Observations.Number("failures"));
    }

    [Fact]
    public async Task A_revision_the_files_do_not_know_fails()
    {
        Execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); INSERT INTO alembic_version VALUES ('f9');");

        var result = await _repository.Observe(("connection", "sqlite:" + Database));

        Assert.StartsWith("FAIL database — the database applied f9, which no file in db/versions declares: it was migrated by other code", result.Line("database"));
    }

    [Fact]
    public async Task A_database_without_the_version_table_fails_with_what_to_check()
    {
        Execute("CREATE TABLE users (id INTEGER);");

        var result = await _repository.Observe(("connection", "sqlite:" + Database));

        Assert.Null(result.Error);
        Assert.Equal("FAIL database — the database has no alembic_version table, so Alembic never migrated it; check that the connection names the right " +
            "database (or apply the migrations once: alembic upgrade head)", result.Line("database"));
    }

    [Fact]
    public async Task A_missing_database_file_is_a_failure_not_an_error()
    {
        var result = await _repository.Observe(("connection", "sqlite:" + _data.File("missing.db")));

        Assert.Null(result.Error);
        Assert.StartsWith($"FAIL database — cannot read the migration version table: the SQLite file {_data.File("missing.db")} does not exist", result.Line("database"));
        Assert.False(File.Exists(_data.File("missing.db")));
    }
}
