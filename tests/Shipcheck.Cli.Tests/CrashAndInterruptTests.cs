using System.Diagnostics;
using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary>A runner killed with SIGKILL loses no finished step; SIGTERM rolls back and ends as interrupted.</summary>
public sealed class CrashAndInterruptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Kill_9_mid_run_keeps_every_finished_step_and_the_run_shows_interrupted()
    {
        var checklist = _temp.Write("slow.yaml", """
            service: demo
            deploy:
              - name: first
                run: echo one
              - name: second
                run: echo two
              - name: stuck
                run: touch stuck.flag; sleep 120
            """);
        using var runner = Process.Start(ShipcheckProcess.StartInfo(_temp.Path, null, "run", checklist))!;
        runner.StandardInput.Close();
        _ = runner.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = runner.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        await WaitForFile(_temp.PathOf("stuck.flag"));
        runner.Kill(entireProcessTree: false); // SIGKILL, the runner only
        await runner.WaitForExitAsync(TestContext.Current.CancellationToken);

        var history = await ShipcheckProcess.RunAsync(_temp.Path, null, "history", "--json");
        var id = JsonDocument.Parse(history.Stdout).RootElement[0].GetProperty("id").GetString()!;
        var show = await ShipcheckProcess.RunAsync(_temp.Path, null, "show", id, "--json");
        using var json = JsonDocument.Parse(show.Stdout);
        Assert.Equal("interrupted", json.RootElement.GetProperty("verdict").GetString());
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("status").GetString())).ToList();
        Assert.Equal([("first", "passed"), ("second", "passed")], steps);
        KillLeftovers();
    }

    [Fact]
    public async Task Sigterm_stops_the_step_rolls_back_and_exits_130()
    {
        var checklist = _temp.Write("term.yaml", """
            service: demo
            deploy:
              - name: stuck
                run: touch stuck.flag; sleep 120
            rollback:
              - run: touch rolled-back.flag
            """);
        using var runner = Process.Start(ShipcheckProcess.StartInfo(_temp.Path, null, "run", checklist))!;
        runner.StandardInput.Close();
        var stdout = runner.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = runner.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        await WaitForFile(_temp.PathOf("stuck.flag"));
        Process.Start("kill", ["-TERM", runner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await runner.WaitForExitAsync(timeout.Token);

        Assert.True(runner.ExitCode == 130, await stdout);
        Assert.True(File.Exists(_temp.PathOf("rolled-back.flag")), "rollback did not run");
        Assert.Contains("INTERRUPTED", await stdout);
    }

    private static async Task WaitForFile(string path)
    {
        for (var i = 0; i < 600 && !File.Exists(path); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.True(File.Exists(path), $"{path} never appeared");
    }

    /// <summary>The killed runner's `sleep 120` lives on in its own process group; end it, found by its working folder.</summary>
    private void KillLeftovers()
    {
        foreach (var process in Process.GetProcessesByName("sleep"))
        {
            try
            {
                var cwd = Directory.ResolveLinkTarget($"/proc/{process.Id}/cwd", returnFinalTarget: false)?.FullName;
                if (cwd == _temp.Path)
                {
                    process.Kill();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Gone already, or not ours.
            }
        }
    }
}
