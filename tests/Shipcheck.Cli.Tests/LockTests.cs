using System.Diagnostics;
using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary><c>lock:</c> across real runner processes: one at a time, blocked with exit 3, reclaimed after SIGKILL, released by hand.</summary>
public sealed class LockTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_runners_on_one_lock_hold_it_one_at_a_time_and_all_finish()
    {
        // Each run appends "enter" and "leave" to a shared file (O_APPEND, no flock): with one holder at a time the
        // lines alternate enter/leave of the same run; any overlap puts two enters in a row.
        var checklist = _temp.Write("locked.yaml", """
            service: demo
            lock: demo/production
            deploy:
              - name: critical section
                run: echo "enter ${run_id}" >> sections.log; sleep 0.2; echo "leave ${run_id}" >> sections.log
            """);
        // No store exists yet: the twenty also create the SQLite file at the same moment, as on a team's first deploy.
        var runners = Enumerable.Range(0, 20)
            .Select(_ => ShipcheckProcess.RunToEndAsync(
                ShipcheckProcess.StartInfo(_temp.Path, null, "run", checklist, "--wait", "10m"), TimeSpan.FromMinutes(10), "shipcheck run --wait"))
            .ToList();
        var results = await Task.WhenAll(runners);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var lines = File.ReadAllLines(_temp.PathOf("sections.log"));
        Assert.Equal(40, lines.Length);
        for (var i = 0; i < lines.Length; i += 2)
        {
            Assert.StartsWith("enter ", lines[i], StringComparison.Ordinal);
            Assert.Equal("leave " + lines[i]["enter ".Length..], lines[i + 1]);
        }
        Assert.Equal(20, lines.Where(l => l.StartsWith("enter ", StringComparison.Ordinal)).Distinct().Count());
        var history = await ShipcheckProcess.RunAsync(_temp.Path, null, "history", "--json", "--limit", "50");
        Assert.Equal(20, JsonDocument.Parse(history.Stdout).RootElement.EnumerateArray().Count(r => r.GetProperty("verdict").GetString() == "succeeded"));
    }

    [Fact]
    public async Task A_second_run_is_blocked_with_exit_3_told_who_holds_the_lock_and_runs_nothing()
    {
        var checklist = HoldingChecklist();
        using var holder = StartHolder(checklist);
        await WaitForFile(_temp.PathOf("held.flag"));
        var holderId = await OnlyRunIdAsync();

        var blocked = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist);
        var waited = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--wait", "1s");

        Assert.True(blocked.ExitCode == 3, blocked.ToString());
        Assert.Contains($"lock 'demo/production' is held by run {holderId} ({Environment.UserName}@{Environment.MachineName}, pid {holder.Id}) since ", blocked.Stdout, StringComparison.Ordinal);
        Assert.True(waited.ExitCode == 3, waited.ToString());
        Assert.Contains($"waiting up to 1s for lock 'demo/production', held by run {holderId}", waited.Stdout, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(_temp.PathOf("pre.log")));
        var history = JsonDocument.Parse((await ShipcheckProcess.RunAsync(_temp.Path, null, "history", "--json")).Stdout).RootElement;
        var blockedRuns = history.EnumerateArray().Where(r => r.GetProperty("verdict").GetString() == "blocked").ToList();
        Assert.Equal(2, blockedRuns.Count);
        Assert.All(blockedRuns, r => Assert.Contains(holderId, r.GetProperty("summary").GetString(), StringComparison.Ordinal));

        File.WriteAllText(_temp.PathOf("go.flag"), "");
        await holder.WaitForExitAsync(Ct);
        Assert.Equal(0, holder.ExitCode);
    }

    [Fact]
    public async Task A_lock_left_by_a_killed_runner_is_reclaimed_with_a_note_in_the_next_record()
    {
        var checklist = HoldingChecklist();
        using (var holder = StartHolder(checklist))
        {
            await WaitForFile(_temp.PathOf("held.flag"));
            holder.Kill(entireProcessTree: true); // SIGKILL: no release, no record of the end
            await holder.WaitForExitAsync(Ct);
        }
        var killedId = await OnlyRunIdAsync();
        File.WriteAllText(_temp.PathOf("go.flag"), "");

        var next = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--output", "json");

        Assert.True(next.ExitCode == 0, next.ToString());
        var summary = JsonDocument.Parse(next.Stdout).RootElement.GetProperty("summary").GetString();
        Assert.Contains($"lock 'demo/production' reclaimed from run {killedId}", summary, StringComparison.Ordinal);
        Assert.Contains("is gone", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_list_shows_the_holder_and_release_by_hand_is_recorded()
    {
        var checklist = HoldingChecklist();
        using var holder = StartHolder(checklist);
        await WaitForFile(_temp.PathOf("held.flag"));
        var holderId = await OnlyRunIdAsync();

        var list = await ShipcheckProcess.RunAsync(_temp.Path, null, "lock", "list");
        var noReason = await ShipcheckProcess.RunAsync(_temp.Path, null, "lock", "release", "demo/production");
        var release = await ShipcheckProcess.RunAsync(_temp.Path, null, "lock", "release", "demo/production", "--reason", "stuck on a prompt", "--as", "carol");
        File.WriteAllText(_temp.PathOf("go.flag"), ""); // the next run's own hold step ends at once
        var after = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--wait", "30s");
        var history = await ShipcheckProcess.RunAsync(_temp.Path, null, "lock", "list", "--history", "--json");

        Assert.Contains($"demo/production  run {holderId}", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, noReason.ExitCode);
        Assert.True(release.ExitCode == 0, release.ToString());
        Assert.Contains($"released lock 'demo/production', held by run {holderId}", release.Stdout, StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.ToString());
        var events = JsonDocument.Parse(history.Stdout).RootElement.GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("user").GetString(), e.GetProperty("detail").GetString())).ToList();
        Assert.Contains(("force-released", "carol", "stuck on a prompt"), events);
        await holder.WaitForExitAsync(Ct);
    }

    /// <summary>A run that takes the lock, says so with held.flag, and holds it until go.flag appears.</summary>
    [Fact]
    public async Task SIGTERM_while_waiting_for_the_lock_ends_the_waiter_as_interrupted_with_nothing_run()
    {
        var checklist = HoldingChecklist();
        using var holder = StartHolder(checklist);
        await WaitForFile(_temp.PathOf("held.flag"));
        var output = new System.Text.StringBuilder();
        using var waiter = new Process { StartInfo = ShipcheckProcess.StartInfo(_temp.Path, null, "run", checklist, "--wait", "10m") };
        waiter.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        waiter.Start();
        waiter.StandardInput.Close();
        waiter.BeginOutputReadLine();
        _ = waiter.StandardError.ReadToEndAsync(Ct);
        string Seen()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
        for (var i = 0; i < 600 && !Seen().Contains("waiting up to 10m for lock", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100, Ct);
        }
        Assert.Contains("waiting up to 10m for lock 'demo/production'", Seen(), StringComparison.Ordinal);

        Process.Start("kill", ["-TERM", waiter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await waiter.WaitForExitAsync(timeout.Token);
        }
        File.WriteAllText(_temp.PathOf("go.flag"), "");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await holder.WaitForExitAsync(timeout.Token);
        }
        var history = JsonDocument.Parse((await ShipcheckProcess.RunAsync(_temp.Path, null, "history", "--json")).Stdout).RootElement;

        Assert.True(waiter.ExitCode == 130, Seen());
        Assert.Equal(0, holder.ExitCode);
        Assert.Equal(["interrupted", "succeeded"], history.EnumerateArray().Select(r => r.GetProperty("verdict").GetString()));
        Assert.Single(File.ReadAllLines(_temp.PathOf("pre.log")));
    }

    private string HoldingChecklist() => _temp.Write("hold.yaml", """
        service: demo
        lock: demo/production
        pre:
          - name: note
            run: echo "${run_id}" >> pre.log
        deploy:
          - name: hold
            run: touch held.flag; while [ ! -f go.flag ]; do sleep 0.1; done
            timeout: 2m
        """);

    private Process StartHolder(string checklist)
    {
        var runner = Process.Start(ShipcheckProcess.StartInfo(_temp.Path, null, "run", checklist))!;
        runner.StandardInput.Close();
        _ = runner.StandardOutput.ReadToEndAsync(Ct);
        _ = runner.StandardError.ReadToEndAsync(Ct);
        return runner;
    }

    private async Task<string> OnlyRunIdAsync()
    {
        var history = await ShipcheckProcess.RunAsync(_temp.Path, null, "history", "--json");
        return JsonDocument.Parse(history.Stdout).RootElement.EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    private static async Task WaitForFile(string path)
    {
        for (var i = 0; i < 600 && !File.Exists(path); i++)
        {
            await Task.Delay(100, Ct);
        }
        Assert.True(File.Exists(path), $"{path} never appeared");
    }
}
