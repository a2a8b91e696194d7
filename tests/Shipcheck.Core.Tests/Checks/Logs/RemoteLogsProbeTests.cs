using System.Text;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Remote;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

public sealed class RemoteLogsProbeTests(SshServer server) : IClassFixture<SshServer>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly LogsKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Counts_on_the_host_exactly_what_a_local_read_counts()
    {
        Write("logs/app.log", "WebSocket Connected\r\nPUBLISHED a\r\nERROR broken\r\n\r\n", minutesAgo: 1);
        Write("logs/app.log.1", "PUBLISHED old\n\n\nlast line without a newline ERROR", minutesAgo: 5);
        WriteBytes("logs/app.log.2", [.. "bad \xff\xfe bytes PUBLISHED\n"u8, 0xC3, (byte)'\n', .. Encoding.UTF8.GetBytes(new string('x', 70_000) + " error\n")], minutesAgo: 9);
        Write("logs/app[1].log", "PUBLISHED bracket\n", minutesAgo: 3);
        Write("logs/other.txt", "PUBLISHED not matched\n");
        Write("worker.log", "", minutesAgo: 2);
        var options = TestOptions.Of(("path", new[] { _folder.File("logs/app*.log*"), _folder.File("logs/app[1]*"), _folder.File("worker.log") }));
        var context = LogsContexts.For(_folder.Path, null, "PUBLISHED", "WebSocket Connected", "never");

        var remote = await Probes.ObserveOn(_kind, server.Host(), options, context);
        var local = await Probes.Observe(_kind, options, context);

        Assert.Null(remote.Error);
        Assert.Equal(local.Observations.ToJson(), remote.Observations.ToJson());
        Assert.Equal(5, remote.Observations.Number("files"));
        Assert.Contains($"test-host:{_folder.File("logs/app.log")}:3: ERROR broken", remote.Output);
        Assert.Contains($"test-host:{_folder.File("logs/app.log.1")}:4: last line without a newline ERROR", remote.Output);
    }

    [Fact]
    public async Task Tail_reads_only_the_last_lines_and_keeps_their_line_numbers()
    {
        Write("app.log", "new 1 PUBLISHED\nnew 2 error\n", minutesAgo: 1);
        Write("app.log.1", "old 1 PUBLISHED\nold 2 error\nold 3 PUBLISHED\nold 4 error", minutesAgo: 10);
        var options = TestOptions.Of(("path", new[] { _folder.File("app.log*") }), ("tail", 3L));
        var context = LogsContexts.For(_folder.Path, null, "PUBLISHED");

        var remote = await Probes.ObserveOn(_kind, server.Host(), options, context);
        var local = await Probes.Observe(_kind, options, context);

        Assert.Equal(local.Observations.ToJson(), remote.Observations.ToJson());
        Assert.Equal(3, remote.Observations.Number("lines"));
        Assert.Contains($"test-host:{_folder.File("app.log.1")}:4: old 4 error", remote.Output);
        Assert.Contains($"test-host:{_folder.File("app.log")}:2: new 2 error", remote.Output);
        Assert.DoesNotContain("old 2", remote.Output);
    }

    [Fact]
    public async Task Since_judges_the_hosts_lines_by_their_timestamps_as_a_local_read_does()
    {
        Write("app.log", string.Join('\n',
            "a line before any timestamp: error",
            "2026-03-01T11:30:00Z ERROR long ago",
            "    continuation of the old one",
            "2026-03-01 11:52:00 PUBLISHED inside the window",
            "2026-03-01T11:57:00.5+00:00 fatal: restarting",
            "    continuation error of the recent one",
            "[2026-03-01 11:59:30] healthy") + "\n");
        var options = TestOptions.Of(("path", new[] { _folder.File("app.log") }), ("since", TimeSpan.FromMinutes(10)), ("tail", 2L));
        var context = LogsContexts.For(_folder.Path, new FixedTime(Now), "PUBLISHED", "Frame");

        var remote = await Probes.ObserveOn(_kind, server.Host(), options, context);
        var local = await Probes.Observe(_kind, options, context);

        Assert.Equal(local.Observations.ToJson(), remote.Observations.ToJson());
        Assert.Equal(2, remote.Observations.Number("lines"));
    }

    [Fact]
    public async Task Streams_a_large_log_through_the_connection_line_by_line()
    {
        var lines = Enumerable.Range(1, 60_000).Select(i => i % 1000 == 0 ? $"{i} ERROR something broke" : $"{i} PUBLISHED ticker.kr");
        Write("big.log", string.Join('\n', lines) + "\n");
        var context = LogsContexts.For(_folder.Path, null, "60000 ERROR");

        var result = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("path", new[] { _folder.File("big.log") })), context);

        Assert.Equal(60_000, result.Observations.Number("lines"));
        Assert.Equal(60, result.Observations.Number("errors"));
        Assert.Equal(1, Count(result, "60000 ERROR"));
        Assert.Contains($"test-host:{_folder.File("big.log")}:20000: 20000 ERROR something broke", result.Output);
    }

    [Fact]
    public async Task No_matching_file_is_an_observation_and_a_folder_is_an_error()
    {
        Directory.CreateDirectory(_folder.File("logs"));
        var context = LogsContexts.For(_folder.Path);

        var none = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("path", new[] { _folder.File("none*.log"), _folder.File("gone.log") })), context);
        var folder = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("path", new[] { _folder.File("logs") })), context);

        Assert.Null(none.Error);
        Assert.Equal(0, none.Observations.Number("files"));
        Assert.Equal(0, none.Observations.Number("lines"));
        Assert.Equal($"on test-host: {_folder.File("logs")} is a directory, not a log file", folder.Error);
    }

    [Fact]
    public async Task A_relative_glob_starts_at_the_remote_home()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var name = $".shipcheck-remote-logs-{Guid.NewGuid():N}";
        File.WriteAllText(Path.Combine(home, name + ".log"), "PUBLISHED at home\n");
        try
        {
            var result = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("path", new[] { name + "*" })), LogsContexts.For(_folder.Path, null, "PUBLISHED"));

            Assert.Equal(1, result.Observations.Number("files"));
            Assert.Contains($"test-host:{name}.log:1: PUBLISHED at home", result.Output);
        }
        finally
        {
            File.Delete(Path.Combine(home, name + ".log"));
        }
    }

    private void Write(string name, string content, int minutesAgo = 0) => WriteBytes(name, Encoding.UTF8.GetBytes(content), minutesAgo);

    private void WriteBytes(string name, byte[] content, int minutesAgo)
    {
        var path = _folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, Now.AddMinutes(-minutesAgo).UtcDateTime);
    }

    private static double Count(ProbeResult result, string pattern) =>
        Assert.IsType<NumberValue>(Assert.IsType<MapValue>(result.Observations["counts"]).Entries[pattern]).Value;
}
