using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

/// <summary><c>since</c> over files whose lines carry no timestamps: by where the file ended when the run looked before.</summary>
public sealed class LogsSinceByPositionTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly LogsKind _kind = new();
    private readonly RunState _run = new();

    public void Dispose() => _folder.Dispose();

    private string Log => _folder.File("app.log");

    private void Append(string lines, DateTimeOffset at)
    {
        File.AppendAllText(Log, lines);
        File.SetLastWriteTimeUtc(Log, at.UtcDateTime);
    }

    private Task<ProbeResult> ObserveAt(DateTimeOffset now, TimeSpan since) =>
        Probes.Observe(_kind, TestOptions.Of(("path", new[] { "app.log" }), ("since", since)), LogsContexts.For(_folder.Path, new FixedTime(now), _run));

    [Fact]
    public async Task Reads_what_was_written_after_the_newest_position_at_least_since_old()
    {
        Append("error 1\n", Start);
        await ObserveAt(Start, TimeSpan.FromMinutes(2));
        Append("error 2\n", Start.AddMinutes(1));
        await ObserveAt(Start.AddMinutes(1), TimeSpan.FromMinutes(2));
        Append("error 3\n", Start.AddMinutes(3));
        await ObserveAt(Start.AddMinutes(3), TimeSpan.FromMinutes(2));
        Append("error 4\n", Start.AddMinutes(4));

        var result = await ObserveAt(Start.AddMinutes(4), TimeSpan.FromMinutes(2));

        // The position of minute 1 is the newest at least 2 minutes old: errors 3 and 4 came after it.
        Assert.Equal(2, result.Observations.Number("errors"));
        Assert.Contains("app.log:3: error 3", result.Output);
        Assert.Contains("app.log: no timestamps; read what was written after 12:01:00Z (3m ago)", result.Output);
    }

    [Fact]
    public async Task A_run_younger_than_since_reads_from_its_first_look_and_says_so()
    {
        Append("old error\n", Start);
        await ObserveAt(Start, TimeSpan.FromMinutes(10));
        Append("new error\n", Start.AddSeconds(90));

        var result = await ObserveAt(Start.AddSeconds(90), TimeSpan.FromMinutes(10));

        Assert.Equal(1, result.Observations.Number("lines"));
        Assert.Contains("app.log:2: new error", result.Output);
        Assert.Contains("when this run first saw it: the last 1m30s, less than since: 10m", result.Output);
    }

    [Fact]
    public async Task The_run_start_hook_remembers_files_before_the_first_step()
    {
        Append("before the deploy: error\n", Start);
        await _kind.OnRunStartAsync([TestOptions.Of(("path", new[] { "app.log" }), ("since", TimeSpan.FromMinutes(5)))],
            LogsContexts.For(_folder.Path, new FixedTime(Start), _run), TestContext.Current.CancellationToken);
        Append("written by the deploy: error\n", Start.AddMinutes(1));

        var result = await ObserveAt(Start.AddMinutes(1), TimeSpan.FromMinutes(5));

        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.Contains("app.log:2: written by the deploy", result.Output);
    }

    [Fact]
    public async Task A_file_last_written_before_the_window_contributes_nothing()
    {
        Append("error long ago\n", Start.AddHours(-1));

        var result = await ObserveAt(Start, TimeSpan.FromMinutes(5));

        Assert.Equal(1, result.Observations.Number("files"));
        Assert.Equal(0, result.Observations.Number("lines"));
    }

    [Fact]
    public async Task A_file_never_seen_in_this_run_is_read_whole_and_the_evidence_says_why()
    {
        Append("error 1\nerror 2\n", Start);

        var result = await ObserveAt(Start, TimeSpan.FromMinutes(5));

        Assert.Equal(2, result.Observations.Number("errors"));
        Assert.Contains("app.log: no timestamps, and not seen before in this run, so where the last 5m start is unknown; all of it was read", result.Output);
    }

    [Fact]
    public async Task A_truncated_file_is_read_from_its_start()
    {
        Append("error 1\nerror 2\nerror 3\n", Start);
        await ObserveAt(Start, TimeSpan.FromMinutes(5));
        using (var writer = new FileStream(Log, FileMode.Open, FileAccess.Write))
        {
            writer.SetLength(0);
        }
        Append("new: error\n", Start.AddMinutes(1));

        var result = await ObserveAt(Start.AddMinutes(1), TimeSpan.FromMinutes(5));

        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.Contains("app.log:1: new: error", result.Output);
        Assert.Contains("shorter than when this run saw it at 12:00:00Z (truncated)", result.Output);
    }

    [Fact]
    public async Task A_file_replaced_by_rotation_is_read_from_its_start_and_the_old_one_from_where_it_was()
    {
        Append("old error 1\n", Start);
        await ObserveAt(Start, TimeSpan.FromMinutes(5));
        Append("old error 2\n", Start.AddMinutes(1));
        File.Move(Log, _folder.File("app.log.1"));
        Append("new error 1\n", Start.AddMinutes(2));

        var result = await ObserveAt(Start.AddMinutes(2), TimeSpan.FromMinutes(5));

        Assert.Equal(2, result.Observations.Number("errors"));
        Assert.Contains("app.log.1:2: old error 2", result.Output);
        Assert.Contains("app.log:1: new error 1", result.Output);
        Assert.Contains("app.log: new since this run first looked at 12:00:00Z", result.Output);
    }
}
