using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Checks.Metrics.MetricsProbes;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class MetricsIntervalTests(MetricsServer server) : IClassFixture<MetricsServer>
{
    private static string Quotes(double binance, double okx) =>
        $"# TYPE connector_quotes_processed_total counter\nconnector_quotes_processed_total{{exchange=\"binance\"}} {binance}\nconnector_quotes_processed_total{{exchange=\"okx\"}} {okx}\n";

    // The fake clock jumps by exactly the interval when the probe waits on it, so the rate is exact.
    private async Task<IReadOnlyList<MapValue>> ObserveTwice(string url, string select)
    {
        var time = new JumpingTimeProvider();
        var result = await Observe(time, ("url", url), ("select", select), ("interval", TimeSpan.FromSeconds(60)));
        Assert.Null(result.Error);
        Assert.Equal(TimeSpan.FromSeconds(60), time.Elapsed);
        return result.Series();
    }

    [Fact]
    public async Task Observes_increase_and_rate_of_a_counter_between_two_scrapes()
    {
        var url = server.Serve(MetricsServer.TextFormat, Quotes(100, 50), Quotes(160, 50));

        var series = await ObserveTwice(url, "connector_quotes_processed_total");

        Assert.Equal([60.0, 0.0], series.Select(s => s.Number("increase")));
        Assert.Equal([1.0, 0.0], series.Select(s => s.Number("rate")));
        Assert.Equal([160.0, 50.0], series.Select(s => s.Number("value")));
    }

    [Fact]
    public async Task Counts_a_counter_that_fell_as_restarted_from_zero()
    {
        var url = server.Serve(MetricsServer.TextFormat, Quotes(100, 50), Quotes(30, 80));

        var series = await ObserveTwice(url, "connector_quotes_processed_total");

        Assert.Equal([30.0, 30.0], series.Select(s => s.Number("increase")));
        Assert.Equal(0.5, series[0].Number("rate"));
    }

    [Fact]
    public async Task Observes_a_gauge_that_fell_as_a_negative_change()
    {
        var url = server.Serve(MetricsServer.TextFormat, "# TYPE queue_depth gauge\nqueue_depth 90\n", "# TYPE queue_depth gauge\nqueue_depth 30\n");

        var series = Assert.Single(await ObserveTwice(url, "queue_depth"));

        Assert.Equal(-60, series.Number("increase"));
    }

    [Fact]
    public async Task Has_no_increase_for_a_series_the_first_scrape_did_not_have()
    {
        var url = server.Serve(MetricsServer.TextFormat, "# TYPE up gauge\nup{job=\"a\"} 1\n", "# TYPE up gauge\nup{job=\"a\"} 1\nup{job=\"b\"} 1\n");

        var series = await ObserveTwice(url, "up");

        Assert.Equal(0, series[0].Number("increase"));
        Assert.Equal(Value.Null, series[1].Get("increase"));
    }

    [Fact]
    public async Task Has_no_increase_or_rate_without_an_interval()
    {
        var url = server.Serve(MetricsServer.TextFormat, Quotes(100, 50));

        var series = (await Observe(null, ("url", url), ("select", "connector_quotes_processed_total"))).Series();

        Assert.All(series, s => Assert.Equal(Value.Null, s.Get("rate")));
    }

    [Fact]
    public async Task Judges_that_every_counter_rose()
    {
        var url = server.Serve(MetricsServer.TextFormat, Quotes(100, 50), Quotes(160, 50));
        var time = new JumpingTimeProvider();

        var result = await Observe(time, ("url", url), ("select", "connector_quotes_processed_total"), ("interval", TimeSpan.FromSeconds(60)));
        var outcome = result.Judge("all(increase > 0)");

        Assert.False(outcome.Holds);
        Assert.Contains("connector_quotes_processed_total{exchange=\"okx\"} increase (0) > 0", outcome.Explanation, StringComparison.Ordinal);
    }
}
