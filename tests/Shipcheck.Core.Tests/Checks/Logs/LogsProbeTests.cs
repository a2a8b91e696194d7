using System.Text;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

public sealed class LogsProbeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly LogsKind _kind = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string content, int minutesAgo = 0)
    {
        var path = _folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, Now.AddMinutes(-minutesAgo).UtcDateTime);
        return path;
    }

    private static double Count(ProbeResult result, string pattern) =>
        Assert.IsType<NumberValue>(Assert.IsType<MapValue>(result.Observations["counts"]).Entries[pattern]).Value;

    [Fact]
    public async Task Counts_texts_and_errors_across_a_glob_and_a_plain_path()
    {
        Write("logs/app.log", "WebSocket Connected\nPUBLISHED a\nERROR broken\n", minutesAgo: 1);
        Write("logs/app.log.1", "PUBLISHED old\n", minutesAgo: 5);
        Write("logs/other.txt", "PUBLISHED not matched\n");
        Write("worker.log", "PUBLISHED b\nall fine\n");
        var context = LogsContexts.For(_folder.Path, null, "PUBLISHED", "WebSocket Connected", "never");

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "logs/app.log*", "worker.log" })), context);

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("files"));
        Assert.Equal(6, result.Observations.Number("lines"));
        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.Equal(3, Count(result, "PUBLISHED"));
        Assert.Equal(1, Count(result, "WebSocket Connected"));
        Assert.Equal(0, Count(result, "never"));
        Assert.Contains($"{Path.Combine("logs", "app.log")}:3: ERROR broken", result.Output);
        Assert.Contains($"{Path.Combine("logs", "app.log.1")}:1: PUBLISHED old", result.Output);
    }

    [Fact]
    public async Task Tail_keeps_the_last_lines_with_the_newest_file_last()
    {
        Write("app.log", "new 1 PUBLISHED\nnew 2 error\n", minutesAgo: 1);
        Write("app.log.1", "old 1 PUBLISHED\nold 2 error\nold 3 PUBLISHED\n", minutesAgo: 10);
        var context = LogsContexts.For(_folder.Path, null, "PUBLISHED");

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "app.log*" }), ("tail", 3L)), context);

        Assert.Equal(3, result.Observations.Number("lines"));
        Assert.Equal(2, Count(result, "PUBLISHED"));
        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.DoesNotContain("old 2", result.Output);
    }

    [Fact]
    public async Task Since_keeps_recent_lines_and_their_untimestamped_continuations()
    {
        Write("app.log", """
            untimestamped first line ERROR
            2026-03-01T11:40:00Z ERROR too old
              at Old.Frame()
            2026-03-01 11:55:00 PUBLISHED recent
            2026-03-01T11:58:30.123+00:00 Exception: boom
              at New.Frame() error
            [2026-03-01 11:59:59] fine
            """);
        var context = LogsContexts.For(_folder.Path, new FixedTime(Now), "PUBLISHED", "Frame");

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "app.log" }), ("since", TimeSpan.FromMinutes(10))), context);

        Assert.Equal(4, result.Observations.Number("lines"));
        Assert.Equal(2, result.Observations.Number("errors"));
        Assert.Equal(1, Count(result, "PUBLISHED"));
        Assert.Equal(1, Count(result, "Frame"));
    }

    [Fact]
    public async Task Since_reads_timestamps_with_an_exact_format()
    {
        Write("app.log", "01/03/2026 11:30:00 ERROR old\n01/03/2026 11:59:00 ERROR new\n  continuation\n");
        var context = LogsContexts.For(_folder.Path, new FixedTime(Now));
        var options = TestOptions.Of(("path", new[] { "app.log" }), ("since", TimeSpan.FromMinutes(5)), ("time_format", "dd/MM/yyyy HH:mm:ss"));

        var result = await Probes.Observe(_kind, options, context);

        Assert.Equal(2, result.Observations.Number("lines"));
        Assert.Equal(1, result.Observations.Number("errors"));
    }

    [Fact]
    public async Task Ignored_lines_are_not_errors()
    {
        Write("app.log", "ERROR ALREADY_IN_SUBSCRIBE\nerror real\nFATAL x\n");

        var options = TestOptions.Of(("path", new[] { "app.log" }), ("ignore", new[] { "ALREADY_IN_SUBSCRIBE", "^FATAL" }));
        var result = await Probes.Observe(_kind, options, LogsContexts.For(_folder.Path));

        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.Contains("app.log:2: error real", result.Output);
    }

    [Fact]
    public async Task A_custom_error_pattern_is_case_sensitive()
    {
        Write("app.log", "error lower\nERROR upper\nWARN w\n");

        var options = TestOptions.Of(("path", new[] { "app.log" }), ("error_pattern", "ERROR|WARN"));
        var result = await Probes.Observe(_kind, options, LogsContexts.For(_folder.Path));

        Assert.Equal(2, result.Observations.Number("errors"));
    }

    [Fact]
    public async Task Handles_crlf_and_invalid_utf8()
    {
        var path = _folder.File("app.log");
        byte[] content = [.. "PUBLISHED one\r\n"u8, 0xFF, 0xFE, .. " PUBLISHED two\r\nlast without newline"u8];
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "app.log" })), LogsContexts.For(_folder.Path, null, "PUBLISHED", "one\r", "two"));

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("lines"));
        Assert.Equal(2, Count(result, "PUBLISHED"));
        Assert.Equal(0, Count(result, "one\r"));
        Assert.Contains("app.log:2: \uFFFD\uFFFD PUBLISHED two\n", result.Output);
    }

    [Fact]
    public async Task Streams_a_fifty_megabyte_file()
    {
        var path = _folder.File("big.log");
        var line = Encoding.UTF8.GetBytes("2026-03-01T11:00:00Z INFO request handled in 12ms " + new string('x', 50) + "\n");
        var every = 1000;
        var total = 50 * 1024 * 1024 / line.Length;
        await using (var stream = File.Create(path))
        {
            var published = Encoding.UTF8.GetBytes("2026-03-01T11:00:00Z INFO PUBLISHED\n");
            for (var i = 0; i < total; i++)
            {
                stream.Write(i % every == 0 ? published : line);
            }
        }

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "big.log" })), LogsContexts.For(_folder.Path, null, "PUBLISHED"));

        Assert.Equal(total, result.Observations.Number("lines"));
        Assert.Equal((total + every - 1) / every, Count(result, "PUBLISHED"));
        Assert.Equal(0, result.Observations.Number("errors"));
    }

    [Fact]
    public async Task A_big_file_counted_in_parts_keeps_its_line_numbers_and_its_first_evidence()
    {
        var path = _folder.File("big.log");
        var filler = Encoding.UTF8.GetBytes("filler line of a big log, nothing to see here\n");
        var lines = (int)(3 * ParallelScan.MinPartBytes / filler.Length);
        await using (var stream = File.Create(path))
        {
            for (var i = 1; i <= lines; i++)
            {
                stream.Write(i % 400_000 == 0 ? Encoding.UTF8.GetBytes($"ERROR at {i}\n") : filler);
            }
        }

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "big.log" })), LogsContexts.For(_folder.Path));

        Assert.Equal(lines, result.Observations.Number("lines"));
        Assert.Equal(lines / 400_000, result.Observations.Number("errors"));
        for (var i = 400_000; i <= lines; i += 400_000)
        {
            Assert.Contains($"big.log:{i}: ERROR at {i}\n", result.Output);
        }
    }

    [Fact]
    public async Task No_matching_file_is_an_observation_not_an_error()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "logs/*.log", "missing.log" })), LogsContexts.For(_folder.Path, null, "PUBLISHED"));

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("files"));
        Assert.Equal(0, result.Observations.Number("lines"));
        Assert.Equal(0, Count(result, "PUBLISHED"));
    }

    [Fact]
    public async Task A_directory_named_like_the_file_is_an_error_naming_it()
    {
        Directory.CreateDirectory(_folder.File("app.log"));

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "app.log" })), LogsContexts.For(_folder.Path));

        Assert.NotNull(result.Error);
        Assert.Contains(_folder.File("app.log"), result.Error);
    }
}
