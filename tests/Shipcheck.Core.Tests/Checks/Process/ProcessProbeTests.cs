using System.Diagnostics;
using System.Globalization;
using Shipcheck.Core.Checks.Processes;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.ProcessChecks;

public sealed class ProcessProbeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProcessKind _kind = new();
    private readonly List<int> _started = [];

    public void Dispose()
    {
        _started.ForEach(Processes.Kill);
        _folder.Dispose();
    }

    [Fact]
    public async Task Observes_a_running_process_named_in_a_pid_file()
    {
        var pid = StartSleep("300");
        await File.WriteAllTextAsync(_folder.File("app.pid"), $"{pid}\n", TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("pid_file", "app.pid")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("running"));
        Assert.Equal(pid, result.Observations.Number("pid"));
        Assert.Equal(1, result.Observations.Number("count"));
        Assert.True(Assert.IsType<SizeValue>(result.Observations["rss"]).Bytes > 0);
        Assert.True(result.Observations.Duration("uptime") >= TimeSpan.Zero);
        Assert.True(result.Observations.Number("cpu") >= 0);
        Assert.Equal(Value.OfSize(0), result.Observations["rss_growth"]);
        Assert.Equal("", result.Observations.Text("active"));
    }

    [Fact]
    public async Task Observes_a_dead_pid_as_not_running_rather_than_an_error()
    {
        using var exited = Process.Start("true");
        await exited.WaitForExitAsync(TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_folder.File("app.pid"), exited.Id.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("pid_file", "app.pid")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("running"));
        Assert.Equal(Value.Null, result.Observations["pid"]);
        Assert.Equal(0, result.Observations.Number("count"));
    }

    [Fact]
    public async Task Observes_a_missing_pid_file_as_not_running_and_says_so()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("pid_file", "gone.pid")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("running"));
        Assert.Equal($"pid file {_folder.File("gone.pid")} is missing", result.Output);
    }

    [Fact]
    public async Task Fails_with_the_path_when_the_pid_file_holds_no_pid()
    {
        await File.WriteAllTextAsync(_folder.File("app.pid"), "not a pid", TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("pid_file", "app.pid")), Probes.Context(_folder.Path));

        Assert.Equal($"pid file {_folder.File("app.pid")} does not hold a pid: 'not a pid'", result.Error);
    }

    [Fact]
    public async Task Finds_a_process_by_part_of_its_command_line()
    {
        var marker = UniqueSeconds();
        var pid = StartSleep(marker);

        var result = await Probes.Observe(_kind, TestOptions.Of(("name", marker)), Probes.Context(_folder.Path));

        Assert.True(result.Observations.Flag("running"));
        Assert.Equal(pid, result.Observations.Number("pid"));
        Assert.Equal(1, result.Observations.Number("count"));
    }

    [Fact]
    public async Task Counts_every_match_and_observes_the_oldest()
    {
        var marker = UniqueSeconds();
        var oldest = StartSleep(marker);
        Assert.True(await Processes.WaitUntil(() => Processes.IsAlive(oldest), TimeSpan.FromSeconds(5)));
        // Start times tick in hundredths of a second; wait past one so the two cannot tie.
        await Task.Delay(50, TestContext.Current.CancellationToken);
        StartSleep(marker);

        var result = await Probes.Observe(_kind, TestOptions.Of(("name", marker)), Probes.Context(_folder.Path));

        Assert.Equal(2, result.Observations.Number("count"));
        Assert.Equal(oldest, result.Observations.Number("pid"));
    }

    [Fact]
    public async Task Observes_no_match_by_name_as_not_running()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("name", "no-such-process-" + Guid.NewGuid().ToString("N"))), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("running"));
        Assert.Equal(0, result.Observations.Number("count"));
    }

    [Fact]
    public async Task Fails_when_the_name_renders_empty_rather_than_matching_everything()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["service"] = "" });

        var result = await Probes.Observe(_kind, TestOptions.Of(("name", "${service}")), context);

        Assert.Equal("the process name is empty", result.Error);
    }

    [Fact]
    public async Task Observes_memory_growth_over_a_window()
    {
        var pid = StartSleep("300");
        await File.WriteAllTextAsync(_folder.File("app.pid"), $"{pid}", TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("pid_file", "app.pid"), ("window", TimeSpan.FromMilliseconds(200))), Probes.Context(_folder.Path));

        Assert.True(result.Observations.Flag("running"));
        Assert.IsType<SizeValue>(result.Observations["rss_growth"]);
    }

    [Fact]
    public async Task Fails_for_a_unit_where_systemd_is_not_running()
    {
        Assert.SkipWhen(Directory.Exists("/run/systemd/system"), "systemd runs on this machine");

        var result = await Probes.Observe(_kind, TestOptions.Of(("unit", "connector-wss.service")), Probes.Context(_folder.Path));

        Assert.Equal("systemd is not running here; use pid_file or name", result.Error);
    }

    private int StartSleep(string seconds)
    {
        using var process = Process.Start("sleep", seconds);
        _started.Add(process.Id);
        return process.Id;
    }

    // A sleep length no other test or process uses, so a name match finds only this test's processes.
    private static string UniqueSeconds() => $"301.{Random.Shared.Next(100_000, 999_999)}";
}
