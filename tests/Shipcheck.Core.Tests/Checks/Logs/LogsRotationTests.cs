using System.IO.Compression;
using System.Text;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

public sealed class LogsRotationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly LogsKind _kind = new();

    public void Dispose() => _folder.Dispose();

    private void Write(string name, string content, int minutesAgo)
    {
        var path = _folder.File(name);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }
        else
        {
            File.WriteAllText(path, content);
        }
        File.SetLastWriteTimeUtc(path, Now.AddMinutes(-minutesAgo).UtcDateTime);
    }

    // logrotate's usual picture: the live log, the last rotation uncompressed, older ones compressed.
    private void WriteRotatedLogs()
    {
        Write("app.log", "live 1\nlive 2 PUBLISHED\n", minutesAgo: 0);
        Write("app.log.1", "one-back 1 PUBLISHED\none-back 2 ERROR\n", minutesAgo: 30);
        Write("app.log.2.gz", "two-back 1 PUBLISHED\ntwo-back 2 error\ntwo-back 3\n", minutesAgo: 90);
    }

    private Task<Shipcheck.Core.Checks.ProbeResult> Observe(params (string, object)[] options) =>
        Probes.Observe(_kind, TestOptions.Of([("path", new[] { "app.log" }), .. options]), LogsContexts.For(_folder.Path, new FixedTime(Now), "PUBLISHED"));

    private static double Count(Shipcheck.Core.Checks.ProbeResult result) =>
        Assert.IsType<NumberValue>(Assert.IsType<MapValue>(result.Observations["counts"]).Entries["PUBLISHED"]).Value;

    [Fact]
    public async Task Tail_reaches_back_into_rotated_and_compressed_files_oldest_first()
    {
        WriteRotatedLogs();

        var result = await Observe(("tail", 6L));

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("files"));
        Assert.Equal(6, result.Observations.Number("lines"));
        Assert.Equal(2, Count(result));
        Assert.Equal(2, result.Observations.Number("errors"));
        var evidence = result.Output!;
        Assert.True(evidence.IndexOf("app.log.2.gz:2: two-back 2 error", StringComparison.Ordinal) < evidence.IndexOf("app.log.1:1:", StringComparison.Ordinal));
        Assert.True(evidence.IndexOf("app.log.1:2: one-back 2 ERROR", StringComparison.Ordinal) < evidence.IndexOf("app.log:2: live 2", StringComparison.Ordinal));
        Assert.DoesNotContain("two-back 1", evidence);
    }

    [Fact]
    public async Task Tail_stops_at_the_newest_files_that_hold_enough_lines()
    {
        WriteRotatedLogs();
        // An older file that cannot be read would make the step an error if tail opened it.
        File.WriteAllText(_folder.File("app.log.3.gz"), "not gzip at all");
        File.SetLastWriteTimeUtc(_folder.File("app.log.3.gz"), Now.AddHours(-5).UtcDateTime);

        var result = await Observe(("tail", 3L));

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("lines"));
        Assert.Equal(1, result.Observations.Number("errors"));
    }

    [Fact]
    public async Task Since_reads_rotated_files_written_in_the_window_and_skips_older_ones()
    {
        Write("app.log", "2026-03-01T11:59:00Z live PUBLISHED\n", minutesAgo: 0);
        Write("app.log-20260301", "2026-03-01T11:20:00Z old PUBLISHED\n2026-03-01T11:50:00Z recent ERROR\n", minutesAgo: 10);
        Write("app.log-20260228.gz", "not even gzip: never opened", minutesAgo: 600);

        var result = await Observe(("since", TimeSpan.FromMinutes(15)));

        Assert.Null(result.Error);
        Assert.Equal(2, result.Observations.Number("lines"));
        Assert.Equal(1, Count(result));
        Assert.Equal(1, result.Observations.Number("errors"));
    }

    [Fact]
    public async Task Rotated_false_reads_only_the_named_file()
    {
        WriteRotatedLogs();

        var result = await Observe(("tail", 5L), ("rotated", false));

        Assert.Equal(1, result.Observations.Number("files"));
        Assert.Equal(2, result.Observations.Number("lines"));
    }

    [Fact]
    public async Task Without_tail_or_since_only_the_named_file_is_read()
    {
        WriteRotatedLogs();

        var result = await Observe();

        Assert.Equal(1, result.Observations.Number("files"));
        Assert.Equal(1, Count(result));
    }

    [Fact]
    public async Task A_glob_that_matches_compressed_files_reads_them_decompressed()
    {
        WriteRotatedLogs();

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", new[] { "app.log*" })), LogsContexts.For(_folder.Path, null, "PUBLISHED"));

        Assert.Equal(7, result.Observations.Number("lines"));
        Assert.Equal(3, Count(result));
    }

    [Fact]
    public async Task A_file_reachable_under_two_names_is_read_once()
    {
        // What a rotation between listing and opening looks like: the same file under its old and its new name.
        Write("app.log", "only line PUBLISHED\n", minutesAgo: 0);
        File.CreateSymbolicLink(_folder.File("app.log.1"), _folder.File("app.log"));

        var result = await Observe(("tail", 10L));

        Assert.Equal(1, result.Observations.Number("lines"));
        Assert.Equal(1, Count(result));
    }

    [Fact]
    public async Task A_file_rotated_while_open_is_read_as_it_was_when_opened()
    {
        Write("app.log", "before rotation PUBLISHED\n", minutesAgo: 0);
        using var file = LogFile.Open(_folder.File("app.log"), "app.log")!;
        File.Move(_folder.File("app.log"), _folder.File("app.log.1"));
        File.WriteAllText(_folder.File("app.log"), "after rotation\n");
        var lines = new List<string>();

        await LogLineReader.ReadAsync(file.Content(), 1, (text, _) => lines.Add(text), TestContext.Current.CancellationToken);

        Assert.Equal(["before rotation PUBLISHED"], lines);
    }

    [Theory]
    [InlineData("app.log.1", true)]
    [InlineData("app.log.12.gz", true)]
    [InlineData("app.log-20261201", true)]
    [InlineData("app.log-2026-12-01.gz", true)]
    [InlineData("app.log.gz", true)]
    [InlineData("app.log", false)]
    [InlineData("app.log.bak", false)]
    [InlineData("app.logger", false)]
    [InlineData("other.log.1", false)]
    public void Names_rotated_files_the_way_logrotate_does(string file, bool rotated) =>
        Assert.Equal(rotated, RotatedFiles.IsRotationOf(file, "app.log"));
}
