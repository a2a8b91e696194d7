using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Shipcheck.Core.Tests.Checks.Support;
using static System.FormattableString;

namespace Shipcheck.Core.Tests.Examples;

/// <summary>
/// Seed 003's signal service and its load balancer, as one Kestrel server on 127.0.0.1 that the test Prometheus
/// scrapes as job <c>signal-service</c>. <c>POST /deploy/VERSION</c> deploys the canary (green),
/// <c>POST /weights/N</c> sends N% of the traffic to it, <c>GET /health</c> answers. Every scrape of <c>/metrics</c>
/// counts 100 more requests, split by the weight, with the canary's error ratio and latency the test sets, so
/// Prometheus' rate() and histogram_quantile() over the canary land on those values.
/// </summary>
public sealed class SignalService : IAsyncDisposable
{
    public const string Job = "signal-service";
    private static readonly double[] Buckets = [0.025, 0.05, 0.1, 0.2, 0.5, 1];

    private readonly Lock _gate = new();
    private readonly List<int> _shifts = [];
    private readonly Dictionary<string, Counts> _canaryCounts = new(StringComparer.Ordinal);
    private double _stableRequests;
    private WebApplication? _app;
    private int _weight;
    private string? _canaryVersion;
    private double _errorRatio;
    private double _latencySeconds = 0.03;
    private bool _exportsLatency = true;
    private long _scrapes;

    /// <summary>127.0.0.1:port, as a scrape target.</summary>
    public string Address { get; private set; } = "";

    /// <summary>http://127.0.0.1:port: the load balancer's API, as the checklist's <c>lb</c> variable.</summary>
    public string Url => $"http://{Address}";

    /// <summary>The share of the canary's requests that fail (HTTP 500), from the next scrape on.</summary>
    public double ErrorRatio { set { lock (_gate) { _errorRatio = value; } } }

    /// <summary>How long every canary request takes, from the next scrape on.</summary>
    public double LatencySeconds { set { lock (_gate) { _latencySeconds = value; } } }

    /// <summary>False: the canary stops exporting its latency histogram (an exporter that broke), so a p99 query has no data.</summary>
    public bool ExportsLatency { set { lock (_gate) { _exportsLatency = value; } } }

    /// <summary>Every weight the load balancer was set to, in order.</summary>
    public IReadOnlyList<int> Shifts { get { lock (_gate) { return [.. _shifts]; } } }

    public async Task StartAsync()
    {
        (_app, var address) = await LoopbackWebApp.StartAsync(Map);
        Address = address["http://".Length..];
    }

    /// <summary>Back to nothing deployed: all traffic on stable, a healthy canary, no shifts. Counters keep counting, as a real service's do.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _weight = 0;
            _canaryVersion = null;
            _errorRatio = 0;
            _latencySeconds = 0.03;
            _exportsLatency = true;
            _shifts.Clear();
        }
    }

    /// <summary>Waits until Prometheus has scraped <paramref name="count"/> more times, so what the test set is what it sees.</summary>
    public async Task WaitForScrapesAsync(int count)
    {
        var target = Interlocked.Read(ref _scrapes) + count;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Interlocked.Read(ref _scrapes) < target)
        {
            await Task.Delay(100, limit.Token);
        }
    }

    public ValueTask DisposeAsync() => LoopbackWebApp.StopAsync(_app);

    private void Map(WebApplication app)
    {
        app.MapPost("/deploy/{version}", (string version) =>
        {
            lock (_gate)
            {
                _canaryVersion = version;
            }
            return Results.Text($"deployed {version} (green), 0% of traffic\n");
        });
        app.MapPost("/weights/{weight:int}", (int weight) =>
        {
            if (weight is < 0 or > 100)
            {
                return Results.BadRequest("weight must be 0-100\n");
            }
            lock (_gate)
            {
                _weight = weight;
                _shifts.Add(weight);
            }
            return Results.Text($"canary weight {weight}%\n");
        });
        app.MapGet("/health", () =>
        {
            lock (_gate)
            {
                return Results.Json(new { status = "healthy", canary_weight = _weight, canary_version = _canaryVersion });
            }
        });
        app.MapGet("/metrics", () =>
        {
            var text = Scrape();
            Interlocked.Increment(ref _scrapes);
            return Results.Text(text, "text/plain; version=0.0.4");
        });
    }

    private string Scrape()
    {
        lock (_gate)
        {
            var canary = _canaryVersion is null ? 0 : _weight;
            _stableRequests += 100 - canary;
            var text = new StringBuilder();
            Line(text, "# TYPE lb_canary_weight gauge");
            Line(text, Invariant($"lb_canary_weight {_weight}"));
            Line(text, "# TYPE http_requests_total counter");
            Line(text, Invariant($$"""http_requests_total{track="stable",version="v1",code="200"} {{_stableRequests}}"""));
            Line(text, """http_requests_total{track="stable",version="v1",code="500"} 0""");
            if (canary > 0)
            {
                var counts = _canaryCounts.TryGetValue(_canaryVersion!, out var known) ? known : new Counts();
                counts = counts.Add(canary, _errorRatio, _latencySeconds);
                _canaryCounts[_canaryVersion!] = counts;
                Canary(text, counts);
            }
            return text.ToString();
        }
    }

    private void Canary(StringBuilder text, Counts counts)
    {
        var labels = $"track=\"canary\",version=\"{_canaryVersion}\"";
        Line(text, Invariant($"http_requests_total{{{labels},code=\"200\"}} {counts.Requests - counts.Errors}"));
        Line(text, Invariant($"http_requests_total{{{labels},code=\"500\"}} {counts.Errors}"));
        if (!_exportsLatency)
        {
            return;
        }
        Line(text, "# TYPE http_request_duration_seconds histogram");
        for (var i = 0; i < Buckets.Length; i++)
        {
            Line(text, Invariant($"http_request_duration_seconds_bucket{{{labels},le=\"{Buckets[i]}\"}} {counts.Buckets[i]}"));
        }
        Line(text, Invariant($"http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {counts.Requests}"));
        Line(text, Invariant($"http_request_duration_seconds_sum{{{labels}}} {counts.Seconds}"));
        Line(text, Invariant($"http_request_duration_seconds_count{{{labels}}} {counts.Requests}"));
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    /// <summary>One canary version's counters: requests, failed ones, seconds spent, and the histogram's cumulative buckets.</summary>
    private sealed record Counts
    {
        public double Requests { get; init; }
        public double Errors { get; init; }
        public double Seconds { get; init; }
        public double[] Buckets { get; init; } = new double[SignalService.Buckets.Length];

        public Counts Add(int requests, double errorRatio, double latency) => new()
        {
            Requests = Requests + requests,
            Errors = Errors + (requests * errorRatio),
            Seconds = Seconds + (requests * latency),
            Buckets = [.. Buckets.Select((count, i) => latency <= SignalService.Buckets[i] ? count + requests : count)],
        };
    }
}
