using System.Diagnostics;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Processes;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Remote;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.ProcessChecks;

public sealed class RemoteProcessProbeTests(SshServer server) : IClassFixture<SshServer>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProcessKind _kind = new();
    private readonly Sleepers _sleepers = new();

    public void Dispose()
    {
        _sleepers.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Observes_on_the_host_what_the_local_probe_observes_here()
    {
        var pid = _sleepers.Start("300");
        await File.WriteAllTextAsync(_folder.File("app.pid"), $"{pid}\n", TestContext.Current.CancellationToken);
        var options = TestOptions.Of(("pid_file", _folder.File("app.pid")));

        var remote = await Observe(options);
        var local = await Probes.Observe(_kind, options, Probes.Context(_folder.Path));

        Assert.Null(remote.Error);
        foreach (var name in new[] { "running", "pid", "count", "rss", "rss_growth", "active" })
        {
            Assert.Equal(local.Observations[name], remote.Observations[name]);
        }
        Assert.InRange(remote.Observations.Duration("uptime"), TimeSpan.Zero, local.Observations.Duration("uptime") + TimeSpan.FromSeconds(1));
        Assert.StartsWith($"on test-host: pid {pid} from {_folder.File("app.pid")}: pid {pid} (sleep)", remote.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_processes_by_part_of_their_command_line_and_observes_the_oldest()
    {
        var marker = $"302.{Random.Shared.Next(100_000, 999_999)}";
        var oldest = _sleepers.Start(marker);
        Assert.True(await Processes.WaitUntil(() => Processes.IsAlive(oldest), TimeSpan.FromSeconds(5)));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        _sleepers.Start(marker);

        var result = await Observe(TestOptions.Of(("name", marker)));

        Assert.Null(result.Error);
        Assert.Equal(2, result.Observations.Number("count"));
        Assert.Equal(oldest, result.Observations.Number("pid"));
    }

    [Fact]
    public async Task A_missing_pid_file_or_a_dead_pid_is_not_running_and_a_garbled_one_is_an_error()
    {
        using var exited = Process.Start("true");
        await exited.WaitForExitAsync(TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_folder.File("dead.pid"), $"{exited.Id}", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_folder.File("garbled.pid"), "not a pid", TestContext.Current.CancellationToken);

        var missing = await Observe(TestOptions.Of(("pid_file", _folder.File("gone.pid"))));
        var dead = await Observe(TestOptions.Of(("pid_file", _folder.File("dead.pid"))));
        var garbled = await Observe(TestOptions.Of(("pid_file", _folder.File("garbled.pid"))));

        Assert.False(missing.Observations.Flag("running"));
        Assert.Equal($"on test-host: pid file {_folder.File("gone.pid")} is missing", missing.Output);
        Assert.False(dead.Observations.Flag("running"));
        Assert.Equal(0, dead.Observations.Number("count"));
        Assert.Equal($"on test-host: pid file {_folder.File("garbled.pid")} does not hold a pid: 'not a pid'", garbled.Error);
    }

    [Fact]
    public async Task Observes_memory_growth_over_a_window_with_a_second_look_at_the_same_process()
    {
        var pid = _sleepers.Start("300");
        await File.WriteAllTextAsync(_folder.File("app.pid"), $"{pid}", TestContext.Current.CancellationToken);

        var result = await Observe(TestOptions.Of(("pid_file", _folder.File("app.pid")), ("window", TimeSpan.FromMilliseconds(200))));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("running"));
        Assert.Equal(Value.OfSize(0), result.Observations["rss_growth"]);
        Assert.Contains("over 200ms", result.Output);
    }

    [Fact]
    public async Task A_process_that_exits_during_the_window_is_not_running()
    {
        var pid = _sleepers.Start("300");
        await File.WriteAllTextAsync(_folder.File("app.pid"), $"{pid}", TestContext.Current.CancellationToken);
        var time = new ManualTime();

        var observing = Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("pid_file", _folder.File("app.pid")), ("window", TimeSpan.FromMinutes(30))),
            Probes.Context(_folder.Path, time: time));
        Assert.True(await Processes.WaitUntil(() => time.PendingTimers > 0, TimeSpan.FromSeconds(30)), "the window never started");
        Processes.Kill(pid);
        Assert.True(await Processes.AllGone([pid], TimeSpan.FromSeconds(10)));
        time.Advance(TimeSpan.FromMinutes(30));
        var result = await observing;

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("running"));
        Assert.Contains($"pid {pid} exited during the 30m window", result.Output);
    }

    [Fact]
    public async Task An_empty_name_is_an_error_and_a_unit_needs_systemd_on_the_host()
    {
        Assert.SkipWhen(Directory.Exists("/run/systemd/system"), "systemd runs on this machine");
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["service"] = "" });

        var empty = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("name", "${service}")), context);
        var unit = await Observe(TestOptions.Of(("unit", "connector-wss.service")));

        Assert.Equal("the process name is empty", empty.Error);
        Assert.Equal("on test-host: systemd is not running here; use pid_file or name", unit.Error);
    }

    private Task<ProbeResult> Observe(Core.Checks.OptionValues options) =>
        Probes.ObserveOn(_kind, server.Host(), options, Probes.Context(_folder.Path));
}
