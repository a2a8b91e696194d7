using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Shipcheck.Core.Tests.Checks.Metrics;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Engine.Canary;

/// <summary>
/// A load balancer and the canary's metrics on 127.0.0.1 (Kestrel): <c>/shift/N</c> sends N% of the traffic to the
/// canary, and <c>/metrics</c> serves the error ratio and p99 the test set for the current weight, in the Prometheus
/// text format, leaving a series out where the test says it is missing. No clock is involved: what a round sees depends
/// only on the weight the last traffic-shift step set.
/// </summary>
internal sealed class TrafficServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, double> _errorRatio = new();
    private readonly ConcurrentDictionary<int, bool> _missing = new();
    private readonly ConcurrentQueue<int> _shifts = new();
    private WebApplication? _app;
    private volatile int _weight;

    /// <summary>http://127.0.0.1:port</summary>
    public string Address { get; private set; } = "";

    /// <summary>The canary's share of the traffic, in percent, as the last shift set it.</summary>
    public int Weight => _weight;

    /// <summary>Every weight set, in order.</summary>
    public IReadOnlyList<int> Shifts => [.. _shifts];

    /// <summary>How many times /metrics was scraped.</summary>
    public int Scrapes => _scrapes;

    private int _scrapes;

    /// <summary>The error ratio /metrics reports while the canary has <paramref name="weight"/>% (0 when never set).</summary>
    public void ErrorRatioAt(int weight, double ratio) => _errorRatio[weight] = ratio;

    /// <summary>Leaves the error-ratio series out of /metrics while the canary has <paramref name="weight"/>%.</summary>
    public void NoErrorSeriesAt(int weight) => _missing[weight] = true;

    public static async Task<TrafficServer> StartAsync()
    {
        var server = new TrafficServer();
        (server._app, server.Address) = await LoopbackWebApp.StartAsync(app =>
        {
            app.MapGet("/shift/{weight:int}", (int weight) =>
            {
                server._weight = weight;
                server._shifts.Enqueue(weight);
                return Results.Text($"canary at {weight}%");
            });
            app.MapGet("/metrics", () => Results.Text(server.Exposition(), MetricsServer.TextFormat));
        });
        return server;
    }

    private string Exposition()
    {
        Interlocked.Increment(ref _scrapes);
        var weight = _weight;
        var ratio = _errorRatio.GetValueOrDefault(weight).ToString(CultureInfo.InvariantCulture);
        var errors = _missing.ContainsKey(weight) ? "" : $"canary_error_ratio{{track=\"canary\"}} {ratio}\n";
        return $$"""
            # TYPE canary_error_ratio gauge
            {{errors}}# TYPE canary_p99_seconds gauge
            canary_p99_seconds{track="canary"} 0.12
            # TYPE canary_weight gauge
            canary_weight {{weight}}

            """;
    }

    public ValueTask DisposeAsync() => LoopbackWebApp.StopAsync(_app);
}
