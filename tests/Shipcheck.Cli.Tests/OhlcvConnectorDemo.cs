using System.Diagnostics;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Cli.Tests;

/// <summary>
/// examples/ohlcv-connector with its state in a temporary folder and on free loopback ports, so a test never touches
/// the repository's .demo/ or the seed's ports 8765/8766. The connector is built once, when the fixture starts.
/// </summary>
public sealed class OhlcvConnectorDemo : IAsyncLifetime
{
    /// <summary>The example's folder in the repository.</summary>
    public string Folder { get; } = Path.Combine(RepositoryRoot(), "examples", "ohlcv-connector");

    /// <summary>The state folder the scripts and checklists are given instead of .demo/.</summary>
    public string State { get; } = Directory.CreateTempSubdirectory("shipcheck-ohlcv-").FullName;

    /// <summary>The quote WebSocket port.</summary>
    public int WebSocketPort { get; } = Ports.Closed();

    /// <summary>The /health, /ready and /metrics port.</summary>
    public int HealthPort { get; } = Ports.Closed();

    /// <summary>The run store of these tests, inside the state folder.</summary>
    public string Store => Path.Combine(State, "shipcheck.db");

    /// <summary>The scripts' settings, as the checklists pass them.</summary>
    public Dictionary<string, string> ScriptEnvironment => new()
    {
        ["OHLCV_DEMO_DIR"] = State,
        ["CONNECTOR_WSS_PORT"] = WebSocketPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CONNECTOR_WSS_HEALTH_CHECK_PORT"] = HealthPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary><c>shipcheck run CHECKLIST</c> with the state folder, the ports and the store of these tests.</summary>
    internal Task<CliResult> RunChecklistAsync(string checklist) => ShipcheckProcess.RunAsync(Folder, null,
        "run", Path.Combine(Folder, checklist), "--output", "json", "--store", Store,
        "--var", $"state={State}", "--var", $"ws_port={WebSocketPort}", "--var", $"health_port={HealthPort}");

    /// <summary>The connector's /health answer.</summary>
    public async Task<string> HealthAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return await client.GetStringAsync(new Uri($"http://127.0.0.1:{HealthPort}/health"));
    }

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        var build = await RunScriptAsync("build.sh", TimeSpan.FromMinutes(4));
        Assert.True(build.ExitCode == 0, $"building the demo connector failed:\n{build}");
    }

    /// <summary>
    /// Stops the connector these tests started, by the pid in the state folder's pid file: gracefully with stop.sh,
    /// and with SIGKILL to that pid if it is still there.
    /// </summary>
    public Task StopConnectorAsync() => StopConnectorAsync(ScriptEnvironment);

    /// <summary>The same for the connector whose scripts' settings are <paramref name="environment"/> (blue-green runs one per color).</summary>
    public async Task StopConnectorAsync(IReadOnlyDictionary<string, string> environment)
    {
        if (ConnectorPid(environment["OHLCV_DEMO_DIR"]) is not { } pid)
        {
            return;
        }
        await RunScriptAsync("stop.sh", TimeSpan.FromSeconds(30), environment);
        if (IsConnector(pid))
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopConnectorAsync();
        try
        {
            Directory.Delete(State, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file for a moment; the OS cleans temp folders.
        }
    }

    private static int? ConnectorPid(string stateFolder)
    {
        var file = Path.Combine(stateFolder, "connector.pid");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) && IsConnector(pid) ? pid : null;
    }

    // Only our connector: a pid file may be stale, and its pid reused by another process.
    private static bool IsConnector(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("OhlcvConnector.dll", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private Task<CliResult> RunScriptAsync(string script, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Path.Combine(Folder, script));
        foreach (var (key, value) in environment ?? ScriptEnvironment)
        {
            info.Environment[key] = value;
        }
        return ShipcheckProcess.RunToEndAsync(info, timeout, script);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shipcheck.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository (Shipcheck.slnx) above " + AppContext.BaseDirectory);
    }
}
