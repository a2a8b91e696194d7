using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using static Shipcheck.Core.Tests.Checks.Metrics.MetricsProbes;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class MetricsProbeTests(MetricsServer server) : IClassFixture<MetricsServer>
{
    private const string Breakers = """
        # HELP connector_circuit_breaker_state 0 closed, 1 open.
        # TYPE connector_circuit_breaker_state gauge
        connector_circuit_breaker_state{exchange="binance"} 0
        connector_circuit_breaker_state{exchange="bybit"} 1
        connector_circuit_breaker_state{exchange="okx"} 0
        connector_active_connections 3

        """;

    [Fact]
    public async Task Observes_every_series_the_selector_matches_with_labels_and_values()
    {
        var url = server.Serve(MetricsServer.TextFormat, Breakers);

        var result = await Observe(null, ("url", url), ("select", "connector_circuit_breaker_state{exchange=~\"b.*\"}"));

        Assert.Null(result.Error);
        var series = result.Series();
        Assert.Equal(["binance", "bybit"], series.Select(s => s.Label("exchange")));
        Assert.Equal([0.0, 1.0], series.Select(s => s.Number("value")));
        Assert.Equal("gauge", Assert.IsType<StringValue>(series[0].Get("type")).Value);
        Assert.Equal(2, result.Observations.Number("count"));
        Assert.Equal(1, result.Observations.Number("sum"));
        Assert.Equal(0, result.Observations.Number("min"));
        Assert.Equal(1, result.Observations.Number("max"));
        Assert.Contains("connector_circuit_breaker_state{exchange=\"binance\"} 0", result.Output, StringComparison.Ordinal);
        Assert.Contains("connector_circuit_breaker_state{exchange=\"bybit\"} 1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judges_every_series_and_names_the_one_that_fails()
    {
        var url = server.Serve(MetricsServer.TextFormat, Breakers);

        var result = await Observe(null, ("url", url), ("select", "connector_circuit_breaker_state"));
        var outcome = result.Judge("all(value == 0)");

        Assert.False(outcome.Holds);
        Assert.Contains("connector_circuit_breaker_state{exchange=\"bybit\"} value (1) == 0", outcome.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observes_no_series_as_no_data_and_no_values()
    {
        var url = server.Serve(MetricsServer.TextFormat, Breakers);

        var result = await Observe(null, ("url", url), ("select", "connector_queue_depth_closed"));

        Assert.Null(result.Error);
        Assert.Empty(result.Series());
        Assert.Equal(0, result.Observations.Number("count"));
        Assert.Equal(Value.Null, result.Observations["sum"]);
        Assert.Contains("no series selected", result.Output, StringComparison.Ordinal);
        Assert.True(result.Judge("all(value == 0)").NoData);
    }

    [Fact]
    public async Task Selects_every_series_without_a_selector()
    {
        var url = server.Serve(MetricsServer.TextFormat, Breakers);

        var result = await Observe(null, ("url", url));

        Assert.Equal(4, result.Observations.Number("count"));
    }

    [Fact]
    public async Task Unescapes_label_values()
    {
        var url = server.Serve(MetricsServer.TextFormat, "build_info{path=\"C:\\\\bin\",quote=\"say \\\"hi\\\"\",lines=\"a\\nb\"} 1\n");

        var series = Assert.Single((await Observe(null, ("url", url), ("select", "build_info"))).Series());

        Assert.Equal("C:\\bin", series.Label("path"));
        Assert.Equal("say \"hi\"", series.Label("quote"));
        Assert.Equal("a\nb", series.Label("lines"));
    }

    [Fact]
    public async Task Asks_for_openmetrics_first_and_sends_the_step_headers()
    {
        var url = server.Serve(MetricsServer.TextFormat, 401, Breakers);

        var result = await Observe(null, ("url", url), ("headers", new Dictionary<string, string> { ["Authorization"] = "Bearer let-me-in" }));

        Assert.Null(result.Error);
        Assert.StartsWith("application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5", server.LastHeaders["accept"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parses_openmetrics_when_the_response_says_so()
    {
        var url = server.Serve(MetricsServer.OpenMetrics, """
            # TYPE connector_quotes_processed counter
            # HELP connector_quotes_processed Quotes handled.
            connector_quotes_processed_total{exchange="binance"} 17.0 # {trace_id="abc"} 1.0 1700000000.5
            connector_quotes_processed_created{exchange="binance"} 1700000000.0
            # EOF

            """);

        var result = await Observe(null, ("url", url), ("select", "connector_quotes_processed_total"));

        Assert.Null(result.Error);
        var series = Assert.Single(result.Series());
        Assert.Equal(17, series.Number("value"));
        Assert.Equal("counter", Assert.IsType<StringValue>(series.Get("type")).Value);
        Assert.Contains("OpenMetrics", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_openmetrics_without_its_end_marker_as_cut_short()
    {
        var url = server.Serve(MetricsServer.OpenMetrics, "# TYPE up gauge\nup 1\n");

        var result = await Observe(null, ("url", url));

        Assert.Contains("does not end with '# EOF'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_an_html_page_as_an_error_naming_the_line_and_the_endpoint()
    {
        var url = server.Serve("text/html; charset=utf-8", "<!DOCTYPE html>\n<html><body>Grafana</body></html>\n");

        var result = await Observe(null, ("url", url));

        Assert.NotNull(result.Error);
        Assert.Contains("not Prometheus metrics", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 1", result.Error, StringComparison.Ordinal);
        Assert.Contains("HTML page", result.Error, StringComparison.Ordinal);
        Assert.Contains("is the URL the /metrics endpoint?", result.Error, StringComparison.Ordinal);
        Assert.Contains("<!DOCTYPE html>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_server_error_status_as_an_error_with_the_body()
    {
        var url = server.Serve("text/plain", 500, "registry locked\n");

        var result = await Observe(null, ("url", url));

        Assert.Contains("HTTP 500", result.Error, StringComparison.Ordinal);
        Assert.Contains("is the URL the /metrics endpoint?", result.Error, StringComparison.Ordinal);
        Assert.Contains("registry locked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_refused_port_as_an_error()
    {
        var result = await Observe(null, ("url", $"http://127.0.0.1:{Ports.Closed()}/metrics"));

        Assert.Contains("connection refused", result.Error, StringComparison.Ordinal);
        Assert.Contains("is the service running", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_reading_a_body_larger_than_the_limit()
    {
        var result = await Observe(null, ("url", $"{server.Base}/huge/{(64L * 1024 * 1024) + 4096}"));

        Assert.Contains("larger than 64 MiB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_selector_that_a_variable_made_invalid()
    {
        var url = server.Serve(MetricsServer.TextFormat, Breakers);

        var result = await Observe(null, ("url", url), ("select", "up{job="));

        Assert.Contains("'select' at column 8", result.Error, StringComparison.Ordinal);
    }
}
