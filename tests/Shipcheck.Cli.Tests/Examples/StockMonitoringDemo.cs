using System.Globalization;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Cli.Tests.Examples;

/// <summary>
/// examples/stock-monitoring brought up as its README says (up.sh: a private dockerd, the base image built from this
/// machine's packages, PostgreSQL and redis in their containers), with its state folder in a short temp folder and
/// free loopback ports, so the repository's own .demo/ is never touched. Torn down with down.sh, the engine stopped
/// by its pid, and the folder removed.
/// </summary>
public sealed class StockMonitoringDemo : IAsyncLifetime
{
    private static readonly (string File, string Package)[] Prerequisites =
    [
        ("/usr/sbin/dockerd", "docker.io"),
        ("/usr/bin/docker", "docker.io"),
        ("/usr/bin/busybox", "busybox-static"),
        ("/usr/lib/postgresql/15/bin/postgres", "postgresql-15"),
        ("/usr/lib/postgresql/15/bin/psql", "postgresql-client-15"),
        ("/usr/bin/redis-check-rdb", "redis-tools"),
        ("/usr/bin/curl", "curl"),
    ];

    /// <summary>The example's folder in the repository.</summary>
    public string ExampleFolder { get; } = RepositoryFolders.Example("stock-monitoring");

    /// <summary>The state folder (STOCK_DEMO_DIR): under /tmp with a short name, since it holds the engine's unix socket.</summary>
    public string StateFolder { get; } = $"/tmp/scsm-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The API's port on 127.0.0.1.</summary>
    public int ApiPort { get; } = Ports.Closed();

    private int DatabasePort { get; } = Ports.Closed();

    private int RedisPort { get; } = Ports.Closed();

    private string StorePath => Path.Combine(StateFolder, "runs.db");

    private Dictionary<string, string> ScriptEnvironment => new()
    {
        ["STOCK_DEMO_DIR"] = StateFolder,
        ["STOCK_DB_PORT"] = DatabasePort.ToString(CultureInfo.InvariantCulture),
        ["STOCK_REDIS_PORT"] = RedisPort.ToString(CultureInfo.InvariantCulture),
        ["STOCK_API_PORT"] = ApiPort.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The file the checklists' post step appends to.</summary>
    public string HistoryFile => Path.Combine(StateFolder, "HISTORY.md");

    public async ValueTask InitializeAsync()
    {
        var missing = Prerequisites.Where(p => !File.Exists(p.File)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "the stock-monitoring example needs " + string.Join(", ", missing.Select(p => $"{p.File} (Debian package {p.Package})")) +
                ": install them (test.sh does)");
        }
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("the stock-monitoring example starts a Docker engine, which needs root: run the tests as root (CI does)");
        }
        await ExampleScript.RunAsync(Path.Combine(ExampleFolder, "up.sh"), ScriptEnvironment);
    }

    /// <summary>Runs <c>shipcheck</c> with the arguments, then the demo's variables, store and the TIMESCALE_URL secret.</summary>
    internal Task<CliResult> ShipcheckAsync(params string[] args)
    {
        var environment = new Dictionary<string, string> { ["TIMESCALE_URL"] = File.ReadAllText(Path.Combine(StateFolder, "timescale.url")).Trim() };
        var withDemo = args.Concat(args[0] == "run"
            ? ["--var", $"demo={StateFolder}", "--var", $"api_port={ApiPort}", "--store", StorePath]
            : ["--store", StorePath]);
        return ShipcheckProcess.RunAsync(ExampleFolder, environment, [.. withDemo]);
    }

    /// <summary>The demo engine's socket, for a docker CLI that talks to it.</summary>
    public string Socket => Path.Combine(StateFolder, "docker.sock");

    /// <summary>Deploys <paramref name="version"/> with deploy.sh, with the API on <paramref name="apiPort"/> (default the demo's own).</summary>
    internal Task<string> DeployAsync(string version, int? apiPort = null)
    {
        var environment = ScriptEnvironment;
        environment["STOCK_API_PORT"] = (apiPort ?? ApiPort).ToString(CultureInfo.InvariantCulture);
        return ExampleScript.RunAsync(Path.Combine(ExampleFolder, "deploy.sh"), environment, version);
    }

    /// <summary>Runs one of the example's checklists, recorded as JSON on standard output.</summary>
    internal Task<CliResult> RunChecklistAsync(string name) =>
        ShipcheckAsync("run", Path.Combine(ExampleFolder, name), "--output", "json");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExampleScript.RunAsync(Path.Combine(ExampleFolder, "down.sh"), ScriptEnvironment);
        }
        finally
        {
            StopEngineLeftRunning();
            try
            {
                Directory.Delete(StateFolder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A mount a killed engine left busy; the OS clears temp eventually, and no process of ours is left.
            }
        }
    }

    // down.sh stops the engine; should it have failed half-way, the engine is still ours to stop, by its pid.
    private void StopEngineLeftRunning()
    {
        var pidFile = Path.Combine(StateFolder, "docker.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }
        var commandLine = $"/proc/{pid}/cmdline";
        if (File.Exists(commandLine) && File.ReadAllText(commandLine).Contains(StateFolder, StringComparison.Ordinal))
        {
            using var engine = System.Diagnostics.Process.GetProcessById(pid);
            engine.Kill();
            engine.WaitForExit(TimeSpan.FromSeconds(20));
        }
        // Layers and namespaces a killed engine leaves mounted would keep the folder from being deleted.
        var mounts = File.ReadAllLines("/proc/mounts").Select(l => l.Split(' ')[1]).Where(m => m.StartsWith(StateFolder + "/", StringComparison.Ordinal));
        foreach (var mount in mounts.OrderByDescending(m => m.Length))
        {
            using var umount = System.Diagnostics.Process.Start("umount", ["-l", mount]);
            umount.WaitForExit();
        }
    }
}

/// <summary>The tests that share one <see cref="StockMonitoringDemo"/>: its engine and images take a while to start.</summary>
[CollectionDefinition(Name)]
public sealed class StockMonitoringCollection : ICollectionFixture<StockMonitoringDemo>
{
    public const string Name = "stock-monitoring";
}
