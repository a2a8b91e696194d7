using Microsoft.Data.Sqlite;
using Shipcheck.Core.Checks.Sql;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Sql;

public sealed class SqlSqliteTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqlKind _kind = new();

    public SqlSqliteTests()
    {
        Execute("CREATE TABLE deploys(version TEXT, healthy INTEGER, seconds REAL); " +
            "INSERT INTO deploys VALUES ('2.4.1', 1, 12.5), ('2.4.0', 0, 30);");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Queries_a_sqlite_file_relative_to_the_checklist_folder()
    {
        var result = await Observe(("connection", "sqlite:state/app.db"), ("query", "SELECT version, seconds FROM deploys ORDER BY version DESC"));

        Assert.Null(result.Error);
        Assert.Equal(2, result.Observations.Number("rows"));
        Assert.Equal("2.4.1", result.Observations.Text("version"));
        Assert.Equal(12.5, result.Observations.Number("seconds"));
        Assert.Contains("2.4.1   | 12.5", result.Output);
    }

    [Fact]
    public async Task Recognises_a_db_file_without_the_sqlite_prefix()
    {
        var result = await Observe(("connection", "state/app.db"), ("query", "SELECT COUNT(*) AS n FROM deploys"));

        Assert.Equal(2, result.Observations.Number("n"));
    }

    [Fact]
    public async Task Read_only_blocks_a_write()
    {
        var result = await Observe(("connection", "state/app.db"), ("query", "DELETE FROM deploys"));

        Assert.Equal(SqlRun.ReadOnlyViolation, result.Error);
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM deploys"));
    }

    [Fact]
    public async Task Read_only_false_allows_a_write()
    {
        var result = await Observe(("connection", "state/app.db"), ("read_only", false), ("query", "DELETE FROM deploys WHERE healthy = 0 RETURNING version"));

        Assert.Null(result.Error);
        Assert.Equal("2.4.0", result.Observations.Text("version"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM deploys"));
    }

    [Fact]
    public async Task Fails_when_the_file_does_not_exist_and_does_not_create_it()
    {
        var result = await Observe(("connection", "sqlite:missing.db"), ("read_only", false), ("query", "SELECT 1"));

        Assert.Equal($"the SQLite file {_folder.File("missing.db")} does not exist; check the path (relative to the checklist's folder)", result.Error);
        Assert.False(File.Exists(_folder.File("missing.db")));
    }

    [Fact]
    public async Task Fails_with_sqlites_message_on_a_bad_query()
    {
        var result = await Observe(("connection", "state/app.db"), ("query", "SELECT * FROM nowhere"));

        Assert.Contains("no such table: nowhere", result.Error);
    }

    private Task<Core.Checks.ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), Probes.Context(_folder.Path));

    private string DatabasePath
    {
        get
        {
            Directory.CreateDirectory(_folder.File("state"));
            return _folder.File("state/app.db");
        }
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
