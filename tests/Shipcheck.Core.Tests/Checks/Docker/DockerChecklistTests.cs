using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>Seed 000's docker checks, written as its users want to write them, loaded and run by the engine against a real dockerd.</summary>
[Collection(DockerEngineCollection.Name)]
public sealed class DockerChecklistTests(DockerEngineFixture engine)
{
    /// <summary>The docs' and seed 000's docker checks.</summary>
    internal const string SeedVerify = """
        service: stock-monitoring
        verify:
          - name: critical services running
            docker: { containers: [real-collector, timescale-archiver, api-server, stock-redis, stock-timescale] }
            expect: all_running
          - name: collector connected and publishing
            docker_logs: { container: real-collector, tail: 20 }
            expect: [ count("WebSocket Connected") >= 1, count("PUBLISHED") >= 1 ]
          - name: no errors in the collector
            docker_logs: { container: real-collector, since: 2m, ignore: [ALREADY_IN_SUBSCRIBE] }
            expect: errors == 0
        """;

    [Fact]
    public async Task Seed_000s_checks_pass_when_all_five_services_are_up_and_the_collector_publishes()
    {
        var run = await RunAsync(SeedVerify);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(["collector connected and publishing", "critical services running", "no errors in the collector"],
            run.Steps.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(run.Steps, s => Assert.Equal(StepStatus.Passed, s.Status));
        var publishing = run.Steps.Single(s => s.Name == "collector connected and publishing");
        Assert.Equal("count(\"PUBLISHED\") (3) >= 1", publishing.Expectations[1].Explanation);
    }

    [Fact]
    public async Task A_service_that_exited_fails_the_check_and_the_evidence_names_it()
    {
        var run = await RunAsync("""
            service: stock-monitoring
            verify:
              - name: critical services running
                docker: { containers: [real-collector, old-migrator] }
                expect: all_running
            """);

        var step = Assert.Single(run.Steps, s => s.Phase == Phase.Verify);
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.StartsWith("1 of 2 running; not running: old-migrator (exited (3))", step.Output);
        // The live output shows the message, so it names the container without `shipcheck show`.
        Assert.Equal("all_running (false) — 1 of 2 running; not running: old-migrator (exited (3))", step.Message);
        // Nothing to roll back with, so the verify after the rollback fails the same way.
        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
    }

    [Fact]
    public async Task A_per_container_expectation_holds_when_every_container_of_the_project_satisfies_it()
    {
        var run = await RunAsync("""
            service: stock-monitoring
            verify:
              - name: nothing restarted
                docker: { project: stock-monitoring }
                expect: restart_count == 0
            """);

        var step = Assert.Single(run.Steps);
        Assert.Equal(StepStatus.Passed, step.Status);
        Assert.Equal("all(restart_count == 0) (all 6 series hold)", Assert.Single(step.Expectations).Explanation);
    }

    [Fact]
    public async Task A_per_container_expectation_names_the_container_that_fails_it()
    {
        var run = await RunAsync("""
            service: stock-monitoring
            verify:
              - name: the cache is healthy
                docker: { label: [tier=cache] }
                expect: health == "healthy"
            """);

        var health = run.Steps.First(s => s.Phase == Phase.Verify);
        Assert.Equal(StepStatus.Failed, health.Status);
        Assert.Contains("1 of 1 series fail: sick-cache{tier=\"cache\"} health (\"unhealthy\") == \"healthy\"", Assert.Single(health.Expectations).Explanation);
    }

    [Fact]
    public async Task A_misspelled_container_is_an_error_step()
    {
        var run = await RunAsync("""
            service: stock-monitoring
            verify:
              - docker_logs: real-colector
            """);

        var step = Assert.Single(run.Steps, s => s.Phase == Phase.Verify);
        Assert.Equal(StepStatus.Error, step.Status);
        Assert.Contains("did you mean 'real-collector'?", step.Message);
    }

    private async Task<RunRecord> RunAsync(string yaml)
    {
        var loaded = ChecklistLoader.LoadText(yaml, "deploy.yaml", Path.Combine(Path.GetTempPath(), "deploy.yaml"), CheckKinds.All);
        Assert.Empty(loaded.Problems.Select(p => p.Render()));
        var store = new InMemoryRunStore();
        // The real clock: the engine's since window and the Docker engine's timestamps must agree.
        var services = new RunnerServices(TimeProvider.System, store, new RecordingObserver(), new FixedAnswerPrompt(new ConfirmationAnswer(true, "alice", null)));
        var environment = new Dictionary<string, string> { ["DOCKER_HOST"] = engine.Host };
        var prepared = RunPreparation.Prepare(loaded.Checklist!, new RunRequest { User = "alice", Host = "ci-1", ProcessId = 4242 },
            environment.GetValueOrDefault, TimeProvider.System);
        Assert.Empty(prepared.Problems);
        return await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken);
    }
}
