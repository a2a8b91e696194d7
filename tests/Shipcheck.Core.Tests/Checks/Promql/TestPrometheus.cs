using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Examples;

namespace Shipcheck.Core.Tests.Checks.Promql;

/// <summary>
/// A real Prometheus (the Debian package) on 127.0.0.1 for every test of the <c>prometheus</c> collection: it scrapes
/// <see cref="Target"/> every second as job <c>ohlcv-connector</c> and <see cref="Signal"/> as job <c>signal-service</c>, serves under the path prefix <c>/prometheus</c>,
/// keeps its data in a temp folder, and is stopped by its pid (SIGTERM, then SIGKILL) and deleted afterwards.
/// </summary>
public sealed class TestPrometheus : IAsyncLifetime
{
    public const string Binary = "/usr/bin/prometheus";
    public const string Job = "ohlcv-connector";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(45);
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly TempFolder _folder = new();
    private readonly List<string> _log = [];
    private Process? _process;

    public ScrapeTarget Target { get; } = new();

    /// <summary>Seed 003's service and load balancer, for the signal-service-v2 example.</summary>
    public SignalService Signal { get; } = new();

    /// <summary>http://127.0.0.1:port/prometheus: the base URL a <c>promql</c> step names.</summary>
    public string Server { get; private set; } = "";

    /// <summary>http://127.0.0.1:port, where nothing but the redirect to the prefix is served.</summary>
    public string Root { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install the Debian package prometheus (test.sh does)");
        }
        await Target.StartAsync();
        await Signal.StartAsync();
        var port = Ports.Closed();
        Root = $"http://127.0.0.1:{port}";
        Server = $"{Root}/prometheus";
        var config = _folder.File("prometheus.yml");
        await File.WriteAllTextAsync(config, $$"""
            global: { scrape_interval: 1s, evaluation_interval: 1s }
            scrape_configs:
              - job_name: {{Job}}
                static_configs: [ { targets: ['{{Target.Address}}'] } ]
              - job_name: {{SignalService.Job}}
                static_configs: [ { targets: ['{{Signal.Address}}'] } ]
            """);
        _process = Start(config, port);
        await WaitUntilScrapedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await StopAsync(_process);
            _process.Dispose();
        }
        await Target.DisposeAsync();
        await Signal.DisposeAsync();
        _folder.Dispose();
    }

    private Process Start(string config, int port)
    {
        var start = new ProcessStartInfo(Binary)
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            $"--config.file={config}", $"--storage.tsdb.path={_folder.File("data")}", $"--web.listen-address=127.0.0.1:{port}",
            "--web.enable-lifecycle", "--web.route-prefix=/prometheus", $"--web.external-url={Root}/prometheus", "--log.level=warn",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Binary}");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Ready is not enough: the first scrape becomes queryable a few seconds later, and rate() needs two samples.
    private async Task WaitUntilScrapedAsync()
    {
        var query = Uri.EscapeDataString($"min(count_over_time(up{{job=\"{Job}\"}}[1m])) >= 3");
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartLimit)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited ({_process.ExitCode}): {LogTail()}");
            }
            try
            {
                var answer = await Client.GetStringAsync($"{Server}/api/v1/query?query={query}");
                using var json = JsonDocument.Parse(answer);
                if (json.RootElement.GetProperty("data").GetProperty("result").GetArrayLength() > 0)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"prometheus had not scraped {Target.Address} three times after {StartLimit.TotalSeconds}s: {LogTail()}");
    }

    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }
        _ = kill(process.Id, 15);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Add(line);
            if (_log.Count > 50)
            {
                _log.RemoveAt(0);
            }
        }
    }

    private string LogTail()
    {
        lock (_log)
        {
            return string.Join('\n', _log.TakeLast(10));
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}

/// <summary>The tests that share one <see cref="TestPrometheus"/>: starting it takes seconds, so it starts once.</summary>
[CollectionDefinition(Name)]
public sealed class PrometheusCollection : ICollectionFixture<TestPrometheus>
{
    public const string Name = "prometheus";
}
