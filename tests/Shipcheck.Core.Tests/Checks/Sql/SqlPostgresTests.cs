using Shipcheck.Core.Checks.Sql;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Sql;

public sealed class SqlPostgresTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private const string FreshTicks =
        "SELECT COUNT(*) AS ticks, MAX(time) AS latest FROM market_ticks WHERE time > NOW() - INTERVAL '2 minutes'";

    private readonly TempFolder _folder = new();
    private readonly SqlKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Observes_the_row_count_and_the_first_row_of_seed_000s_fresh_ticks_query()
    {
        server.Execute("TRUNCATE market_ticks; INSERT INTO market_ticks SELECT NOW() - i * INTERVAL '1 second', 'ACME', 100 + i FROM generate_series(1, 60) i");

        var result = await Observe(("connection", server.ConnectionString), ("query", FreshTicks));

        Assert.Null(result.Error);
        Assert.Equal(1, result.Observations.Number("rows"));
        Assert.Equal(60, result.Observations.Number("ticks"));
        var latest = Assert.IsType<TimestampValue>(result.Observations["latest"]).Value;
        Assert.InRange(DateTimeOffset.UtcNow - latest, TimeSpan.FromSeconds(-5), TimeSpan.FromMinutes(1));
        Assert.StartsWith("ticks | latest", result.Output);
        Assert.EndsWith("(1 row)", result.Output);
    }

    [Fact]
    public async Task Converts_text_numbers_booleans_dates_and_nulls()
    {
        var result = await Observe(("connection", server.ConnectionString), ("query",
            "SELECT 'ok'::text AS state, 2.5::numeric AS ratio, true AS healthy, NULL::int AS nothing, " +
            "TIMESTAMP '2026-01-02 03:04:05' AS naive, DATE '2026-01-02' AS day, '{1,2}'::int[] AS list"));

        Assert.Null(result.Error);
        Assert.Equal("ok", result.Observations.Text("state"));
        Assert.Equal(2.5, result.Observations.Number("ratio"));
        Assert.True(result.Observations.Flag("healthy"));
        Assert.Equal(Value.Null, result.Observations["nothing"]);
        Assert.Equal(Value.Of(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)), result.Observations["naive"]);
        Assert.Equal(Value.Of(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)), result.Observations["day"]);
        Assert.IsType<StringValue>(result.Observations["list"]);
    }

    [Fact]
    public async Task Counts_every_row_and_observes_null_columns_when_there_are_none()
    {
        var many = await Observe(("connection", server.ConnectionString), ("query", "SELECT i AS n FROM generate_series(1, 12) i"));
        var none = await Observe(("connection", server.ConnectionString), ("query", "SELECT 1 AS n WHERE false"));

        Assert.Equal(12, many.Observations.Number("rows"));
        Assert.Equal(1, many.Observations.Number("n"));
        Assert.EndsWith("(12 rows)", many.Output);
        Assert.Equal(0, none.Observations.Number("rows"));
        Assert.Equal(Value.Null, none.Observations["n"]);
    }

    [Fact]
    public async Task Read_only_blocks_a_write()
    {
        var result = await Observe(("connection", server.ConnectionString),
            ("query", "INSERT INTO market_ticks VALUES (NOW(), 'READONLY', 1) RETURNING symbol"));

        Assert.Equal(SqlRun.ReadOnlyViolation, result.Error);
        Assert.Equal(0L, server.Scalar("SELECT COUNT(*) FROM market_ticks WHERE symbol = 'READONLY'"));
    }

    [Fact]
    public async Task Read_only_false_allows_a_write()
    {
        var result = await Observe(("connection", server.ConnectionString), ("read_only", false),
            ("query", "INSERT INTO market_ticks VALUES (NOW(), 'WRITTEN', 1) RETURNING symbol"));

        Assert.Null(result.Error);
        Assert.Equal("WRITTEN", result.Observations.Text("symbol"));
        Assert.Equal(1L, server.Scalar("SELECT COUNT(*) FROM market_ticks WHERE symbol = 'WRITTEN'"));
    }

    [Fact]
    public async Task Fails_when_the_query_runs_past_the_statement_timeout()
    {
        var result = await Observe(("connection", server.ConnectionString), ("query", "SELECT pg_sleep(5)"),
            ("statement_timeout", TimeSpan.FromMilliseconds(500)));

        Assert.Equal("the query ran longer than statement_timeout (500ms); make the query cheaper or raise statement_timeout", result.Error);
    }

    [Fact]
    public async Task Fails_with_the_servers_message_on_a_syntax_error()
    {
        var result = await Observe(("connection", server.ConnectionString), ("query", "SELEC 1"));

        Assert.Equal("the query failed: syntax error at or near \"SELEC\" (SQLSTATE 42601); check the query", result.Error);
    }

    [Fact]
    public async Task Fails_on_a_wrong_password_without_revealing_it()
    {
        var connection = $"Host=127.0.0.1;Port={server.Port};Username=checker;Password=wrong-horse;Database=postgres";

        var result = await Observe(("connection", connection), ("query", "SELECT 1"));

        Assert.Equal($"127.0.0.1:{server.Port} rejected the password for user 'checker'; check the credentials in the connection secret", result.Error);
    }

    [Fact]
    public async Task Fails_on_an_unknown_database()
    {
        var connection = $"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=nowhere";

        var result = await Observe(("connection", connection), ("query", "SELECT 1"));

        Assert.Equal($"database 'nowhere' does not exist on 127.0.0.1:{server.Port}; check the database name in the connection", result.Error);
    }

    [Fact]
    public async Task Fails_with_what_to_check_when_nothing_listens()
    {
        var port = Ports.Closed();

        var result = await Observe(("connection", $"postgres://checker:secret-pass@127.0.0.1:{port}/postgres"), ("query", "SELECT 1"));

        Assert.Equal($"cannot connect to 127.0.0.1:{port}: connection refused; check the host, port and that the server runs", result.Error);
    }

    [Fact]
    public async Task Connects_with_a_url_and_its_password()
    {
        var url = $"postgresql://checker:{PostgresServer.CheckerPassword}@127.0.0.1:{server.Port}/postgres?sslmode=disable";

        var result = await Observe(("connection", url), ("query", "SELECT current_user AS who"));

        Assert.Null(result.Error);
        Assert.Equal("checker", result.Observations.Text("who"));
    }

    [Fact]
    public async Task Renders_the_connection_from_a_secret_variable()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["DB"] = server.ConnectionString });

        var result = await Probes.Observe(_kind, TestOptions.Of(("connection", "${DB}"), ("query", "SELECT 7 AS seven")), context);

        Assert.Equal(7, result.Observations.Number("seven"));
    }

    private Task<Core.Checks.ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), Probes.Context(_folder.Path));
}
