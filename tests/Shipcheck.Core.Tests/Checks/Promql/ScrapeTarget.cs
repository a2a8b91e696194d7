using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Promql;

/// <summary>
/// What the test Prometheus scrapes: a Kestrel server on 127.0.0.1 serving seed 001's connector metrics in the text
/// exposition format. Counters and histogram buckets grow by the same amount every scrape, so rate() is steady and
/// histogram_quantile() lands on a known value; <see cref="Gauge"/> is a value a test can change.
/// </summary>
public sealed class ScrapeTarget : IAsyncDisposable
{
    private WebApplication? _app;
    private long _scrapes;
    private long _gaugeBits = BitConverter.DoubleToInt64Bits(0);

    /// <summary>127.0.0.1:port, as a scrape target.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The value of <c>shipcheck_test_gauge</c> from the next scrape on.</summary>
    public double Gauge
    {
        get => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _gaugeBits));
        set => Interlocked.Exchange(ref _gaugeBits, BitConverter.DoubleToInt64Bits(value));
    }

    public async Task StartAsync()
    {
        (_app, var address) = await LoopbackWebApp.StartAsync(app =>
            app.MapGet("/metrics", () => Results.Text(Exposition(Interlocked.Increment(ref _scrapes)), "text/plain; version=0.0.4")));
        Address = address["http://".Length..];
    }

    public ValueTask DisposeAsync() => LoopbackWebApp.StopAsync(_app);

    private string Exposition(long n) => string.Create(CultureInfo.InvariantCulture, $$"""
        # TYPE connector_circuit_breaker_state gauge
        connector_circuit_breaker_state{exchange="binance"} 0
        connector_circuit_breaker_state{exchange="kraken"} 1
        connector_circuit_breaker_state{exchange="upbit"} 0
        # TYPE connector_active_connections gauge
        connector_active_connections{exchange="binance"} 1
        connector_active_connections{exchange="kraken"} 1
        connector_active_connections{exchange="upbit"} 1
        # TYPE connector_quotes_processed_total counter
        connector_quotes_processed_total{exchange="binance"} {{10 * n}}
        # TYPE connector_quote_latency_seconds histogram
        connector_quote_latency_seconds_bucket{le="0.1"} {{5 * n}}
        connector_quote_latency_seconds_bucket{le="0.5"} {{9 * n}}
        connector_quote_latency_seconds_bucket{le="1"} {{10 * n}}
        connector_quote_latency_seconds_bucket{le="2.5"} {{10 * n}}
        connector_quote_latency_seconds_bucket{le="+Inf"} {{10 * n}}
        connector_quote_latency_seconds_sum {{3 * n}}
        connector_quote_latency_seconds_count {{10 * n}}
        # TYPE shipcheck_test_gauge gauge
        shipcheck_test_gauge {{Gauge}}

        """);
}
