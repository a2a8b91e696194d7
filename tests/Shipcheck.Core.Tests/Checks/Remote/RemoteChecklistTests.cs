using System.Diagnostics;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Checks.Remote;

/// <summary>Checklists with hosts, loaded by the real loader and run by the real engine against a real sshd.</summary>
public sealed class RemoteChecklistTests(SshServer server) : IClassFixture<SshServer>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Sleepers _sleepers = new();

    public void Dispose()
    {
        _sleepers.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Runs_every_remote_kind_on_a_declared_host_with_captures_and_versions_flowing_through()
    {
        var pid = _sleepers.Start("300");
        File.WriteAllText(_folder.File("app.pid"), $"{pid}\n");
        File.WriteAllText(_folder.File("collector.log"), "WebSocket Connected\nPUBLISHED ticker.kr\nPUBLISHED ticker.kr\n");

        var run = await RunAsync($$"""
            pre:
              - name: previous commit
                run: echo abc123
                on: oracle-a1
                capture: previous_commit
            deploy:
              - name: deploy
                run:
                  command: echo "${version} after ${previous_commit}" > VERSION
                  cwd: {{_folder.Path}}
                on: oracle-a1
            verify:
              - name: version file
                file: { path: "{{_folder.File("VERSION")}}", contains: "v2.0.1 after abc123" }
                on: oracle-a1
                expect: [ exists, contains ]
              - name: collector streaming
                logs: { path: "{{_folder.File("collector.log*")}}", tail: 20 }
                on: oracle-a1
                expect: [ 'count("WebSocket Connected") >= 1', 'count("PUBLISHED") >= 2' ]
              - name: app running
                process: { pid_file: "{{_folder.File("app.pid")}}" }
                on: oracle-a1
                expect: running and count == 1
            """);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.All(run.Steps, s => Assert.Equal(StepStatus.Passed, s.Status));
        Assert.Equal("v2.0.1 after abc123\n", File.ReadAllText(_folder.File("VERSION")));
        Assert.Equal("abc123", run.Captures["previous_commit"]);
    }

    [Fact]
    public async Task A_host_whose_key_changed_is_an_error_step_and_the_run_rolls_back_on_the_host()
    {
        var run = await RunAsync($$"""
            deploy:
              - run: "true"
                on: oracle-a1
            verify:
              - name: containers up
                run: docker ps
                on: tampered
            rollback:
              - run: touch "{{_folder.File("rolled-back")}}"
                on: oracle-a1
            """);

        var failed = run.Steps.First(s => s.Name == "containers up");
        Assert.Equal(StepStatus.Error, failed.Status);
        Assert.Contains("does not match the one in", failed.Message);
        Assert.True(File.Exists(_folder.File("rolled-back")), "rollback did not run on the host");
        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
    }

    [Fact]
    public async Task A_remote_step_that_times_out_is_an_error_and_leaves_nothing_running_on_the_host()
    {
        var run = await RunAsync($$"""
            pre:
              - name: slow
                run: cd "{{_folder.Path}}"; sleep 300 & echo $! > pids; echo $$ >> pids; wait
                on: oracle-a1
                timeout: 10s
            """);

        var slow = run.Steps.Single();
        Assert.Equal(StepStatus.Error, slow.Status);
        Assert.Equal("timed out after 10s", slow.Message);
        var pids = File.ReadAllLines(_folder.File("pids")).Select(int.Parse).ToList();
        Assert.Equal(2, pids.Count);
        Assert.True(await Processes.AllGone(pids, TimeSpan.FromSeconds(20)), $"still alive on the host: {string.Join(", ", pids.Where(Processes.IsAlive))}");
    }

    private async Task<RunRecord> RunAsync(string steps)
    {
        var path = _folder.File("shipcheck.yaml");
        File.WriteAllText(path, $"""
            service: stock-monitoring
            hosts:
              oracle-a1:
                address: 127.0.0.1
                port: {server.Port}
                user: {Environment.UserName}
                key: {server.ClientKey}
                known_hosts: {server.KnownHosts}
                connect_timeout: 5s
              tampered:
                address: 127.0.0.1
                port: {server.Port}
                key: {server.ClientKey}
                known_hosts: {server.WrongKnownHosts}

            """ + steps + "\n");
        var loaded = ChecklistLoader.Load(path);
        Assert.Empty(loaded.Problems);
        var prepared = RunPreparation.Prepare(loaded.Checklist!, new RunRequest { Version = "v2.0.1" }, Environment.GetEnvironmentVariable);
        Assert.Empty(prepared.Problems);
        var services = new RunnerServices(TimeProvider.System, new InMemoryRunStore(), new RecordingObserver(),
            new FixedAnswerPrompt(new ConfirmationAnswer(true, "tester", null)));
        var watch = Stopwatch.StartNew();
        var run = await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2));
        return run;
    }
}
