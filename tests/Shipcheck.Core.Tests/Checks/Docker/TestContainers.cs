namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>
/// The containers the docker tests look at: seed 000's five services in a compose project, and the situations a
/// check must tell apart (exited, restarting, unhealthy, a terminal, odd log lines, many lines, no logs at all).
/// </summary>
internal static class TestContainers
{
    public const string Project = "stock-monitoring";
    public const int ChattyLines = 20000;

    public static readonly string[] SeedServices = ["real-collector", "timescale-archiver", "api-server", "stock-redis", "stock-timescale"];

    private const string Forever = "exec sleep 86400";

    public static IReadOnlyList<TestContainer> All { get; } =
    [
        Service("real-collector",
            "echo 'WebSocket Connected to wss://feed'; for i in 1 2 3; do echo \"PUBLISHED: ticker.kr $i\"; done; " +
            "echo 'WARN ALREADY_IN_SUBSCRIBE error for ticker.kr' >&2; echo 'stderr says hello' >&2; " + Forever),
        Service("timescale-archiver", "echo 'Flushed 120 ticks'; " + Forever),
        Service("api-server", Forever, "--health-cmd", "true", "--health-interval", "1s", "--health-start-period", "0s"),
        Service("stock-redis", Forever),
        Service("stock-timescale", Forever),
        Service("old-migrator", "echo migrated; exit 3"),
        new("stock-monitoring-run-1", "exit 0", ["--label", $"com.docker.compose.project={Project}", "--label", "com.docker.compose.oneoff=True"]),
        new("flaky-worker", "echo starting; exit 1", ["--restart", "always", "--label", "tier=flaky"]),
        new("sick-cache", Forever, ["--label", "tier=cache", "--health-cmd", "false", "--health-interval", "1s", "--health-retries", "1"]),
        new("ticker", "echo before; sleep 2; echo after; " + Forever, []),
        new("tty-printer", "printf 'tty line one\\ntty error two\\n'; " + Forever, ["--tty"]),
        new("odd-printer",
            "printf 'crlf line\\r\\n'; printf 'bad \\377\\376 bytes\\n'; head -c 70000 /dev/zero | tr '\\0' x; echo; printf 'partial last line'",
            []),
        new("chatty", $"seq 1 {ChattyLines}; " + Forever, []),
        new("silent", "echo nobody keeps this; " + Forever, ["--log-driver", "none"]),
    ];

    private static TestContainer Service(string name, string script, params string[] options) =>
        new(name, script, ["--label", $"com.docker.compose.project={Project}", "--label", $"com.docker.compose.service={name}", .. options]);
}

/// <summary>One container: its name, the shell script it runs, and extra <c>docker run</c> options.</summary>
internal sealed record TestContainer(string Name, string Script, IReadOnlyList<string> Options);
