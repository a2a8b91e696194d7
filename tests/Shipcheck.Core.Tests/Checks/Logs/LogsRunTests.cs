using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Checks.Logs;

/// <summary>A whole run: what "errors since the deploy" means to someone who deploys.</summary>
public sealed class LogsRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Since_in_verify_reads_what_the_deploy_wrote_to_a_log_without_timestamps()
    {
        File.WriteAllText(_folder.File("app.log"), "before the deploy: ERROR\n");
        var yaml = """
            service: demo
            deploy:
              - run: echo written by the deploy ERROR >> app.log
            verify:
              - name: errors since the deploy
                logs: { path: app.log, since: 10m }
                expect: errors == 1
            """;
        var loaded = ChecklistLoader.LoadText(yaml, "shipcheck.yaml", _folder.File("shipcheck.yaml"), CheckKinds.All);
        Assert.Empty(loaded.Problems.Select(p => p.Render()));
        // The real clock: the engine harness's jumping clock would fire every step's timeout at once.
        var store = new InMemoryRunStore();
        var services = new RunnerServices(TimeProvider.System, store, new RecordingObserver(), new FixedAnswerPrompt(new ConfirmationAnswer(true, "alice", null)));
        var request = new RunRequest { User = "alice", Host = "ci-1", ProcessId = 4242 };
        var prepared = RunPreparation.Prepare(loaded.Checklist!, request, _ => null, TimeProvider.System);

        var run = await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken);

        var verify = store.Single().Steps.Single(s => s.Phase == Phase.Verify);
        Assert.True(verify.Status == StepStatus.Passed, $"{verify.Status}: {verify.Message}\n{verify.Output}");
        Assert.Contains("app.log:2: written by the deploy ERROR", verify.Output);
        Assert.Equal(Verdict.Succeeded, run.Verdict);
    }
}
