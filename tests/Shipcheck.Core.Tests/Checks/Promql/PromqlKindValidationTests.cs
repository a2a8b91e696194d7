using Shipcheck.Core.Checks.Promql;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Promql;

public sealed class PromqlKindValidationTests
{
    private readonly PromqlKind _kind = new();

    [Fact]
    public void Accepts_a_complete_step()
    {
        var options = TestOptions.Of(
            ("server", "https://prom.internal:9090/prometheus"),
            ("query", "up{job=\"ohlcv-connector\"}"),
            ("time", "2026-01-15T09:00:00Z"),
            ("headers", new Dictionary<string, string> { ["Authorization"] = "Bearer ${PROM_TOKEN}" }),
            ("tls_verify", false));

        Assert.Empty(TestOptions.Validate(_kind, options).Items);
    }

    [Theory]
    [InlineData("127.0.0.1:9090", "'127.0.0.1:9090' is not an absolute http:// or https:// URL")]
    [InlineData("http://127.0.0.1:9090/api/v1/query", "'http://127.0.0.1:9090/api/v1/query' names the API; server is the base URL, without /api/v1/query")]
    [InlineData("http://127.0.0.1:9090/api/v1/", "'http://127.0.0.1:9090/api/v1/' names the API; server is the base URL, without /api/v1/query")]
    [InlineData("http://127.0.0.1:9090/graph?g0.expr=up", "'http://127.0.0.1:9090/graph?g0.expr=up' has a query string or fragment; server is the base URL only, the query goes in 'query'")]
    public void Rejects_a_literal_server_that_is_not_a_base_url(string server, string message)
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("server", server), ("query", "up"))).Items);

        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(PrometheusServer.Hint, diagnostic.Hint);
    }

    [Fact]
    public void Never_repeats_a_password_of_a_server_it_rejects()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("server", "ftp://reader:hunter2@prom/"), ("query", "up"))).Items);

        Assert.Equal("'ftp://prom/' is not an absolute http:// or https:// URL", diagnostic.Message);
    }

    [Fact]
    public void Leaves_a_server_and_time_built_from_variables_to_run_time()
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("server", "${prometheus}"), ("query", "up"), ("time", "${deployed_at}"))).Items);
    }

    [Fact]
    public void Rejects_an_empty_query()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("server", "http://127.0.0.1:9090"), ("query", "  "))).Items);

        Assert.Equal("the query is empty", diagnostic.Message);
    }

    [Fact]
    public void Rejects_a_time_that_is_not_a_point_in_time()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind,
            TestOptions.Of(("server", "http://127.0.0.1:9090"), ("query", "up"), ("time", "5m ago"))).Items);

        Assert.Equal("'5m ago' is not a point in time", diagnostic.Message);
        Assert.StartsWith("write RFC 3339 (2026-01-15T09:00:00Z) or unix seconds", diagnostic.Hint);
    }

    [Fact]
    public void Rejects_a_header_name_with_a_space()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("server", "http://127.0.0.1:9090"), ("query", "up"),
            ("headers", new Dictionary<string, string> { ["X Org"] = "1" }))).Items);

        Assert.Equal("'X Org' is not a valid header name", diagnostic.Message);
    }
}
