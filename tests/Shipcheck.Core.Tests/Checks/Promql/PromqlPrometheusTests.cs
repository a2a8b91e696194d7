using System.Text.Json;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using static Shipcheck.Core.Tests.Checks.Promql.PromqlObserving;

namespace Shipcheck.Core.Tests.Checks.Promql;

[Collection(PrometheusCollection.Name)]
public sealed class PromqlPrometheusTests(TestPrometheus prometheus)
{
    private string Job => $"job=\"{TestPrometheus.Job}\"";

    [Fact]
    public async Task Observes_a_scalar_as_one_series_without_name_or_labels()
    {
        var result = await Observe(("server", prometheus.Server), ("query", "1 + 1"));

        Assert.Null(result.Error);
        Assert.Equal("scalar", result.Observations.Text("result_type"));
        var only = Assert.Single(result.Series());
        Assert.Equal(2, only.Value());
        Assert.Equal("", only.Name());
        Assert.Empty(only.Labels());
        Assert.Equal(1, result.Observations.Number("count"));
        Assert.Equal(2, result.Observations.Number("sum"));
        Assert.EndsWith("scalar: 1 series\nscalar 2", result.Output);
    }

    [Fact]
    public async Task Observes_scalar_of_a_scraped_vector()
    {
        var result = await Observe(("server", prometheus.Server), ("query", "scalar(sum(connector_active_connections))"));

        Assert.Null(result.Error);
        Assert.Equal(3, Assert.Single(result.Series()).Value());
    }

    [Fact]
    public async Task Observes_every_series_of_a_vector_with_its_name_and_labels()
    {
        var result = await Observe(("server", prometheus.Server), ("query", "connector_circuit_breaker_state"));

        Assert.Null(result.Error);
        Assert.Equal("vector", result.Observations.Text("result_type"));
        var series = result.Series();
        Assert.Equal(["binance", "kraken", "upbit"], series.Select(s => s.Labels()["exchange"]).Order());
        Assert.All(series, s => Assert.Equal("connector_circuit_breaker_state", s.Name()));
        Assert.All(series, s => Assert.Equal(["exchange", "instance", "job"], s.Labels().Keys));
        Assert.Equal(1, series.Single(s => s.Labels()["exchange"] == "kraken").Value());
        Assert.Equal((3, 1, 0, 1), (result.Observations.Number("count"), result.Observations.Number("sum"),
            result.Observations.Number("min"), result.Observations.Number("max")));
        Assert.Contains($"\nconnector_circuit_breaker_state{{exchange=\"kraken\",instance=\"{prometheus.Target.Address}\",{Job}}} 1", result.Output);
        Assert.Contains("vector: 3 series\n", result.Output);
        Assert.Contains("\nquery: connector_circuit_breaker_state\n", result.Output);
    }

    [Fact]
    public async Task Observes_an_empty_result_as_no_series_and_null_figures()
    {
        var result = await Observe(("server", prometheus.Server), ("query", $"up{{{Job}}} == 0"));

        Assert.Null(result.Error);
        Assert.Empty(result.Series());
        Assert.Equal(0, result.Observations.Number("count"));
        Assert.Equal(Value.Null, result.Observations["sum"]);
        Assert.Equal(Value.Null, result.Observations["max"]);
        Assert.EndsWith("vector: 0 series", result.Output);
    }

    [Fact]
    public async Task Observes_seed_001s_rate_and_latency_quantile()
    {
        var rate = await Observe(("server", prometheus.Server), ("query", "rate(connector_quotes_processed_total[1m])"));
        var p95 = await Observe(("server", prometheus.Server), ("query", "histogram_quantile(0.95, rate(connector_quote_latency_seconds_bucket[5m]))"));

        Assert.True(Assert.Single(rate.Series()).Value() > 0);
        var quantile = Assert.Single(p95.Series());
        Assert.Equal("", quantile.Name());
        Assert.InRange(quantile.Value(), 0.749, 0.751);
    }

    [Fact]
    public async Task Observes_infinities_and_nan_and_records_them_as_json()
    {
        var infinite = await Observe(("server", prometheus.Server), ("query", "connector_active_connections / 0"));
        var nan = await Observe(("server", prometheus.Server), ("query", "0 / 0"));

        Assert.All(infinite.Series(), s => Assert.Equal(double.PositiveInfinity, s.Value()));
        Assert.True(double.IsNaN(Assert.Single(nan.Series()).Value()));
        using var infiniteJson = JsonDocument.Parse(infinite.Observations.ToJson());
        using var nanJson = JsonDocument.Parse(nan.Observations.ToJson());
        Assert.Equal("+Inf", infiniteJson.RootElement.GetProperty("series")[0].GetProperty("value").GetString());
        Assert.Equal("NaN", nanJson.RootElement.GetProperty("sum").GetString());
        Assert.EndsWith("scalar NaN", nan.Output);
    }

    [Theory]
    [InlineData("2026-01-15T09:00:00Z", 1768467600)]
    [InlineData("2026-01-15T18:00:00+09:00", 1768467600)]
    [InlineData("1768467600.5", 1768467600.5)]
    public async Task Evaluates_at_the_given_time(string time, double expected)
    {
        var result = await Observe(("server", prometheus.Server), ("query", "time()"), ("time", time));

        Assert.Null(result.Error);
        Assert.Equal(expected, Assert.Single(result.Series()).Value());
    }

    [Fact]
    public async Task Evaluates_now_by_the_step_clock_when_no_time_is_given()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        var result = await Observe(("server", prometheus.Server), ("query", "time()"));
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

        Assert.InRange(Assert.Single(result.Series()).Value(), before, after);
    }

    [Fact]
    public async Task Sees_a_value_the_target_changed_once_it_is_scraped()
    {
        prometheus.Target.Gauge = 7;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var seen = double.NaN;
        while (seen != 7 && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            var result = await Observe(("server", prometheus.Server), ("query", "shipcheck_test_gauge"));
            seen = Assert.Single(result.Series()).Value();
        }

        Assert.Equal(7, seen);
    }

    [Fact]
    public async Task Works_with_a_trailing_slash_after_the_path_prefix()
    {
        var result = await Observe(("server", prometheus.Server + "/"), ("query", "vector(1)"));

        Assert.Null(result.Error);
        Assert.Contains($"POST {prometheus.Server}/api/v1/query\n", result.Output);
    }

    [Fact]
    public async Task Fails_with_prometheus_message_and_position_on_a_syntax_error()
    {
        var result = await Observe(("server", prometheus.Server), ("query", "sum(up"));

        Assert.Equal("Prometheus rejected the query: invalid parameter \"query\": 1:7: parse error: unclosed left parenthesis; "
            + "fix the query (the position is line:column)", result.Error);
        Assert.Contains("HTTP 400", result.Output);
    }

    [Fact]
    public async Task Fails_when_the_query_cannot_be_evaluated()
    {
        var result = await Observe(("server", prometheus.Server), ("query", "connector_circuit_breaker_state + on() connector_active_connections"));

        Assert.StartsWith("the query failed while Prometheus evaluated it: found duplicate series", result.Error);
        Assert.EndsWith("; fix the query", result.Error);
    }

    [Fact]
    public async Task Fails_on_a_range_vector_and_says_to_wrap_it_in_a_function()
    {
        var result = await Observe(("server", prometheus.Server), ("query", $"up{{{Job}}}[5m]"));

        Assert.Equal("the query returns a range vector (matrix), many samples per series; a check judges one value per series: "
            + "wrap the range in a function such as rate(x[5m]), max_over_time(x[5m]) or last_over_time(x[5m])", result.Error);
    }

    [Fact]
    public async Task Fails_on_a_string_result()
    {
        var result = await Observe(("server", prometheus.Server), ("query", "\"hello\""));

        Assert.Equal("the query returns a string; a check judges numbers: write a query whose result is a scalar or an instant vector", result.Error);
    }

    [Fact]
    public async Task Fails_when_the_path_prefix_is_missing_from_server()
    {
        var result = await Observe(("server", prometheus.Root), ("query", "up"));

        Assert.Equal($"{prometheus.Root} answered HTTP 404 Not Found for /api/v1/query: there is no Prometheus API there; "
            + "is server the Prometheus base URL (http://host:9090, plus its path prefix if it has one)?", result.Error);
    }

    [Fact]
    public async Task Fails_with_what_to_check_when_prometheus_is_down()
    {
        var server = $"http://127.0.0.1:{Ports.Closed()}";

        var result = await Observe(("server", server), ("query", "up"));

        Assert.Equal($"cannot reach Prometheus at {server}: connection refused; is Prometheus running there, and is server right?", result.Error);
        Assert.StartsWith($"POST {server}/api/v1/query\nquery: up\ntime: ", result.Output);
    }
}
