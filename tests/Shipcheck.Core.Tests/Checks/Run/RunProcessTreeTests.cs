using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Run;

public sealed class RunProcessTreeTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new();
    private readonly RunKind _kind = new();
    private readonly List<int> _started = [];

    public void Dispose()
    {
        _started.ForEach(Processes.Kill);
        _folder.Dispose();
    }

    [Fact]
    public async Task A_cancelled_command_takes_its_children_and_grandchildren_with_it()
    {
        const string command = """
            sleep 300 & echo $! >> pids
            sh -c 'sleep 300 & echo $! >> pids; wait' & echo $! >> pids
            while [ "$(wc -l < pids)" -lt 3 ]; do sleep 0.05; done
            touch ready
            wait
            """;
        using var timeout = new CancellationTokenSource();

        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("command", command)), Probes.Context(_folder.Path), timeout.Token);
        Assert.True(await Processes.WaitUntil(() => File.Exists(_folder.File("ready")), Limit), "the command never got ready");
        var pids = ReadPids();
        await timeout.CancelAsync();
        var result = await observing;

        Assert.StartsWith("cancelled after", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, pids.Count);
        Assert.True(await Processes.AllGone(pids, Limit), $"still alive: {string.Join(", ", pids.Where(Processes.IsAlive))}");
    }

    [Fact]
    public async Task A_cancelled_command_that_ignores_SIGTERM_is_killed_after_the_grace_period()
    {
        const string command = "trap '' TERM; sleep 300 & echo $! > pids; touch ready; wait";
        using var timeout = new CancellationTokenSource();

        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("command", command)), Probes.Context(_folder.Path), timeout.Token);
        Assert.True(await Processes.WaitUntil(() => File.Exists(_folder.File("ready")), Limit), "the command never got ready");
        var pids = ReadPids();
        await timeout.CancelAsync();
        var result = await observing;

        Assert.NotNull(result.Error);
        Assert.Equal(128 + 9, result.Observations.Number("exit_code"));
        Assert.True(await Processes.AllGone(pids, Limit), "the child that ignored SIGTERM survived");
    }

    [Fact]
    public async Task A_cancelled_command_keeps_the_output_it_printed_as_evidence()
    {
        using var timeout = new CancellationTokenSource();

        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("command", "echo before-timeout; touch ready; sleep 300")), Probes.Context(_folder.Path), timeout.Token);
        Assert.True(await Processes.WaitUntil(() => File.Exists(_folder.File("ready")), Limit));
        await timeout.CancelAsync();
        var result = await observing;

        Assert.Contains("before-timeout", result.Output);
        Assert.Equal("before-timeout\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Stopping_a_command_does_not_depend_on_the_context_clock_moving()
    {
        using var timeout = new CancellationTokenSource();
        var context = Probes.Context(_folder.Path, time: new ManualTime());

        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("command", "trap '' TERM; touch ready; sleep 300 & wait")), context, timeout.Token);
        Assert.True(await Processes.WaitUntil(() => File.Exists(_folder.File("ready")), Limit));
        await timeout.CancelAsync();
        var result = await observing;

        Assert.StartsWith("cancelled after", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_background_child_holding_stdout_neither_hangs_the_step_nor_dies_with_it()
    {
        // The child keeps the shell's stdout and stderr open for 300 s; the step must finish without waiting for it.
        const string command = "sleep 300 & echo $! > pids; echo started";

        var result = await Probes.Observe(_kind, TestOptions.Of(("command", command)), Probes.Context(_folder.Path));
        var pids = ReadPids();
        _started.AddRange(pids);

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("exit_code"));
        Assert.Equal("started\n", result.Observations.Text("stdout"));
        Assert.True(Processes.IsAlive(pids[0]), "a normal exit must not kill what the command started in the background");
    }

    [Fact]
    public async Task A_service_started_with_nohup_and_redirected_output_keeps_running()
    {
        const string command = "nohup sleep 300 > service.log 2>&1 & echo $! > pids";

        var result = await Probes.Observe(_kind, TestOptions.Of(("command", command)), Probes.Context(_folder.Path));
        var pids = ReadPids();
        _started.AddRange(pids);

        Assert.Equal(0, result.Observations.Number("exit_code"));
        Assert.True(Processes.IsAlive(pids[0]));
    }

    private List<int> ReadPids() =>
        [.. File.ReadAllLines(_folder.File("pids")).Where(l => l.Length > 0).Select(int.Parse)];
}
