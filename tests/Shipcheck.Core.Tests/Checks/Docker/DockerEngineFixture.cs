using System.Diagnostics;
using System.Globalization;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>The test classes that share one real Docker engine and its containers.</summary>
[CollectionDefinition(Name)]
public sealed class DockerEngineCollection : ICollectionFixture<DockerEngineFixture>
{
    public const string Name = "docker engine";
}

/// <summary>
/// A real dockerd with a busybox image built from the local static busybox (FROM scratch: nothing is ever pulled) and
/// the containers of <see cref="TestContainers"/>, all with <c>--network none</c>. Removed with the engine afterwards.
/// </summary>
public sealed class DockerEngineFixture : IAsyncLifetime
{
    public const string Image = "shipcheck-busybox";

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private DockerDaemon? _daemon;

    /// <summary>unix:///…/docker.sock of the test engine.</summary>
    public string Host => Daemon.Host;

    /// <summary>The socket's path.</summary>
    public string SocketPath => Daemon.SocketPath;

    /// <summary>The docker client of the test engine, for tests that build or tag images of their own.</summary>
    internal DockerCli Cli => Daemon.Cli;

    /// <summary>A moment after the ticker container's first line and before its second.</summary>
    public DateTimeOffset BetweenTickerLines { get; private set; }

    private DockerDaemon Daemon => _daemon ?? throw new InvalidOperationException("the docker fixture is not started");

    public async ValueTask InitializeAsync()
    {
        var busybox = new[] { "/usr/bin/busybox", "/bin/busybox" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("busybox is missing: install the Debian package busybox-static (test.sh does)");
        _daemon = new DockerDaemon();
        await _daemon.WaitUntilReadyAsync();
        BuildImage(busybox);
        foreach (var container in TestContainers.All)
        {
            _daemon.Cli.Run(["run", "--detach", "--pull", "never", "--network", "none", "--name", container.Name, .. container.Options, Image, "sh", "-c", container.Script]);
        }
        await WaitUntil("api-server is healthy", () => Inspect("api-server", "{{.State.Health.Status}}") == "healthy");
        await WaitUntil("sick-cache is unhealthy", () => Inspect("sick-cache", "{{.State.Health.Status}}") == "unhealthy");
        await WaitUntil("flaky-worker has restarted", () => Inspect("flaky-worker", "{{.RestartCount}}") is not ("0" or ""));
        await WaitUntil("odd-printer has exited", () => Inspect("odd-printer", "{{.State.Status}}") == "exited");
        await WaitUntil("chatty has logged every line", () => _daemon.Cli.Run("logs", "--tail", "1", "chatty").Trim() == TestContainers.ChattyLines.ToString(CultureInfo.InvariantCulture));
        await WaitUntil("ticker has logged both lines", () => _daemon.Cli.Run("logs", "ticker").Contains("after", StringComparison.Ordinal));
        BetweenTickerLines = Midpoint(_daemon.Cli.Run("logs", "--timestamps", "ticker"));
    }

    public ValueTask DisposeAsync()
    {
        if (_daemon is not null)
        {
            // Killed first, so the engine does not wait for each container's stop timeout while it shuts down.
            _daemon.Cli.TryRun(["rm", "--force", .. TestContainers.All.Select(c => c.Name)]);
            _daemon.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    private void BuildImage(string busybox)
    {
        var context = Directory.CreateDirectory(Path.Combine(Daemon.Folder, "image"));
        File.Copy(busybox, Path.Combine(context.FullName, "busybox"));
        File.WriteAllText(Path.Combine(context.FullName, "Dockerfile"),
            "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n");
        Daemon.Cli.Run("build", "--quiet", "--tag", Image, context.FullName);
    }

    private string Inspect(string container, string format) => Daemon.Cli.Run("inspect", "--format", format, container).Trim();

    private static async Task WaitUntil(string what, Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > WaitLimit)
            {
                throw new InvalidOperationException($"docker fixture: waited {WaitLimit.TotalSeconds}s until {what}, in vain");
            }
            await Task.Delay(100);
        }
    }

    // The engine's own timestamps of the two lines, so a since window can fall between them exactly.
    private static DateTimeOffset Midpoint(string timestampedLogs)
    {
        var times = timestampedLogs.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => DateTimeOffset.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture))
            .ToList();
        return times[0] + (times[^1] - times[0]) / 2;
    }
}
