using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Checks.Metrics.MetricsProbes;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class MetricsHistogramTests(MetricsServer server) : IClassFixture<MetricsServer>
{
    // 100 observations: 50 up to 0.1s, 40 more up to 0.5s, 8 more up to 1s, 2 above.
    private static string Latency(double le01, double le05, double le1, double inf) => $$"""
        # HELP connector_quote_latency_seconds Quote latency.
        # TYPE connector_quote_latency_seconds histogram
        connector_quote_latency_seconds_bucket{exchange="binance",le="0.1"} {{le01}}
        connector_quote_latency_seconds_bucket{exchange="binance",le="0.5"} {{le05}}
        connector_quote_latency_seconds_bucket{exchange="binance",le="1"} {{le1}}
        connector_quote_latency_seconds_bucket{exchange="binance",le="+Inf"} {{inf}}
        connector_quote_latency_seconds_sum{exchange="binance"} 31.5
        connector_quote_latency_seconds_count{exchange="binance"} {{inf}}

        """;

    [Fact]
    public async Task Observes_a_histogram_as_one_series_with_its_buckets_and_count()
    {
        var url = server.Serve(MetricsServer.TextFormat, Latency(50, 90, 98, 100));

        var result = await Observe(null, ("url", url), ("select", "connector_quote_latency_seconds"));

        var series = Assert.Single(result.Series());
        Assert.Equal("binance", series.Label("exchange"));
        Assert.False(Assert.IsType<MapValue>(series.Get("labels")).Entries.ContainsKey("le"));
        Assert.Equal(100, series.Number("value"));
        Assert.Equal(31.5, series.Number("sample_sum"));
        Assert.Equal(4, Assert.IsType<ListValue>(series.Get("buckets")).Items.Count);
    }

    [Theory]
    [InlineData("quantile(0.5)", 0.1)]
    [InlineData("quantile(0.7)", 0.3)]
    [InlineData("quantile(0.95)", 0.5 + (0.5 * 5 / 8))]
    [InlineData("quantile(0.99)", 1)]
    public async Task Computes_quantiles_from_the_buckets_like_prometheus(string call, double expected)
    {
        var url = server.Serve(MetricsServer.TextFormat, Latency(50, 90, 98, 100));
        var result = await Observe(null, ("url", url), ("select", "connector_quote_latency_seconds"));

        Assert.True(result.Judge($"all({call} > {expected - 1e-9} and {call} < {expected + 1e-9})").Holds);
    }

    [Fact]
    public async Task Computes_the_quantile_of_the_interval_from_the_buckets_increase()
    {
        // Before: 100 fast observations. During the interval: 10 more, all between 0.5s and 1s.
        var url = server.Serve(MetricsServer.TextFormat, Latency(100, 100, 100, 100), Latency(100, 100, 110, 110));

        var result = await Observe(new JumpingTimeProvider(), ("url", url), ("select", "connector_quote_latency_seconds"), ("interval", TimeSpan.FromSeconds(30)));

        Assert.True(result.Judge("all(quantile(0.5) > 0.7 and quantile(0.5) < 0.8)").Holds);
        Assert.Equal(10, Assert.Single(result.Series()).Number("increase"));
    }

    [Fact]
    public async Task Has_no_quantile_without_observations()
    {
        var url = server.Serve(MetricsServer.TextFormat, Latency(0, 0, 0, 0));
        var result = await Observe(null, ("url", url), ("select", "connector_quote_latency_seconds"));

        var outcome = result.Judge("all(quantile(0.95) < 1)");

        Assert.False(outcome.Holds);
        Assert.Contains("null", outcome.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selects_the_bucket_samples_by_their_own_name()
    {
        var url = server.Serve(MetricsServer.TextFormat, Latency(50, 90, 98, 100));

        var result = await Observe(null, ("url", url), ("select", "connector_quote_latency_seconds_bucket{le=\"+Inf\"}"));

        var series = Assert.Single(result.Series());
        Assert.Equal("connector_quote_latency_seconds_bucket", Assert.IsType<StringValue>(series.Get("name")).Value);
        Assert.Equal(100, series.Number("value"));
    }

    [Fact]
    public async Task Reads_a_summary_quantile_as_reported()
    {
        var url = server.Serve(MetricsServer.TextFormat, """
            # TYPE rpc_seconds summary
            rpc_seconds{quantile="0.5"} 0.2
            rpc_seconds{quantile="0.95"} 0.9
            rpc_seconds_sum 40
            rpc_seconds_count 120

            """);

        var result = await Observe(null, ("url", url), ("select", "rpc_seconds"));

        Assert.Equal(120, Assert.Single(result.Series()).Number("value"));
        Assert.True(result.Judge("all(quantile(0.95) == 0.9)").Holds);
        Assert.False(result.Judge("all(quantile(0.99) < 1)").Holds);
    }
}
