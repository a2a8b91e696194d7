using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Engine.Canary;

/// <summary>
/// Canary checklists loaded and run by the engine on the real clock, against a real load balancer and metrics
/// endpoint on 127.0.0.1 (<see cref="TrafficServer"/>). Windows are short (every 100ms for 1s); nothing asserts on time.
/// </summary>
public sealed class CanaryRunTests : IAsyncLifetime
{
    private TrafficServer _server = null!;
    private readonly RecordingObserver _observer = new();

    public async ValueTask InitializeAsync() => _server = await TrafficServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private string Checklist(string analysis = "every: 100ms\n          for: 1s") => $$"""
        service: shop
        vars:
          lb: {{_server.Address}}
        deploy:
          - name: start the canary
            http: ${lb}/shift/0
          - canary:
              - stage: 10%
                steps:
                  - name: shift traffic
                    http: ${lb}/shift/10
                analysis:
                  {{analysis}}
                  checks: &gates
                    - name: error rate
                      metrics: { url: "${lb}/metrics", select: canary_error_ratio }
                      expect: value < 0.001
                    - name: p99
                      metrics: { url: "${lb}/metrics", select: canary_p99_seconds }
                      expect: value < 0.2
              - stage: 50%
                steps:
                  - name: shift traffic
                    http: ${lb}/shift/50
                analysis:
                  {{analysis}}
                  checks: *gates
              - stage: 100%
                steps:
                  - name: shift traffic
                    http: ${lb}/shift/100
        rollback:
          - name: all traffic to stable
            http: ${lb}/shift/0
        """;

    private async Task<RunRecord> RunAsync(string yaml, IConfirmationPrompt? prompt = null)
    {
        var loaded = ChecklistLoader.LoadText(yaml, "canary.yaml", Path.Combine(Path.GetTempPath(), "canary.yaml"), CheckKinds.All);
        Assert.Empty(loaded.Problems);
        var request = new RunRequest { User = "alice", Host = "ci-1", ProcessId = 4242 };
        var prepared = RunPreparation.Prepare(loaded.Checklist!, request, _ => null, TimeProvider.System);
        var services = new RunnerServices(TimeProvider.System, new InMemoryRunStore(), _observer,
            prompt ?? new FixedAnswerPrompt(new ConfirmationAnswer(true, "--confirm-all (alice)", "ci")));
        return await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken, default);
    }

    private static IEnumerable<StepRecord> Stage(RunRecord run, string stage) =>
        run.Steps.Where(s => s.Name.StartsWith(stage + " · ", StringComparison.Ordinal));

    [Fact]
    public async Task A_healthy_canary_promotes_through_10_50_and_100_percent()
    {
        var run = await RunAsync(Checklist());

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal([0, 10, 50, 100], _server.Shifts);
        Assert.Equal(100, _server.Weight);
        foreach (var stage in new[] { "10%", "50%" })
        {
            var rounds = Stage(run, stage).Where(s => s.Round > 0).GroupBy(s => s.Round).ToList();
            Assert.NotEmpty(rounds);
            Assert.All(rounds, r => Assert.Equal([$"{stage} · error rate", $"{stage} · p99"], r.Select(s => s.Name).Order()));
            Assert.All(rounds.SelectMany(r => r), s => Assert.Equal((Phase.Deploy, StepStatus.Passed), (s.Phase, s.Status)));
            var verdict = Assert.Single(Stage(run, stage), s => s.Kind == "canary");
            Assert.Equal(StepStatus.Passed, verdict.Status);
            Assert.StartsWith("promoted: ", verdict.Message, StringComparison.Ordinal);
            Assert.Equal(rounds.Count, verdict.Attempts);
        }
        Assert.Equal(["10%", "50%", "100%"], _observer.Events.OfType<StagePromoted>().Select(e => e.Stage));
        Assert.Equal(["10%", "50%", "100%"], _observer.Events.OfType<CanaryStageStarted>().Select(e => e.Stage));
        Assert.DoesNotContain(run.Steps, s => s.Phase == Phase.Rollback);
    }

    [Fact]
    public async Task An_error_rate_over_the_limit_at_50_percent_rolls_back()
    {
        _server.ErrorRatioAt(50, 0.02);

        var run = await RunAsync(Checklist());

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal([0, 10, 50, 0], _server.Shifts);
        Assert.Equal(StepStatus.Passed, Assert.Single(Stage(run, "10%"), s => s.Kind == "canary").Status);
        var failed = Assert.Single(Stage(run, "50%"), s => s.Status == StepStatus.Failed && s.Round > 0);
        Assert.Equal(("50% · error rate", 1), (failed.Name, failed.Round));
        Assert.Contains("value (0.02) < 0.001", failed.Expectations.Single().Explanation, StringComparison.Ordinal);
        var verdict = Assert.Single(Stage(run, "50%"), s => s.Kind == "canary");
        Assert.Equal(StepStatus.Failed, verdict.Status);
        Assert.Contains("more than failure_limit 0", verdict.Message, StringComparison.Ordinal);
        Assert.Empty(Stage(run, "100%"));
        Assert.Equal("passed", Names.Of(run.Steps.Single(s => s.Phase == Phase.Rollback).Status));
        Assert.StartsWith("deploy failed: 50% · analysis — 1 failed round, more than failure_limit 0", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_rounds_within_failure_limit_still_promote()
    {
        _server.ErrorRatioAt(50, 0.02);

        // More failures allowed than the window has rounds: every round fails, and the stage still promotes.
        var run = await RunAsync(Checklist("every: 100ms\n          for: 300ms\n          failure_limit: 3"));

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        var failed = Stage(run, "50%").Count(s => s.Name == "50% · error rate" && s.Status == StepStatus.Failed);
        Assert.InRange(failed, 1, 3);
        Assert.Equal($"promoted: {(failed == 1 ? "1 round" : $"{failed} rounds")} over 300ms, {failed} failed (failure_limit 3)", Stage(run, "50%").Single(s => s.Kind == "canary").Message);
    }

    [Fact]
    public async Task Consecutive_successes_promote_before_the_window_closes()
    {
        var run = await RunAsync(Checklist("every: 100ms\n          for: 10m\n          consecutive_successes: 2"));

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal([1, 2], Stage(run, "10%").Where(s => s.Round > 0).Select(s => s.Round).Distinct());
        Assert.Equal("promoted: 2 passing rounds in a row (2 rounds, 0 failed)", Stage(run, "10%").Single(s => s.Kind == "canary").Message);
    }

    [Fact]
    public async Task A_missing_metric_is_no_data_and_never_passes_without_a_person()
    {
        _server.NoErrorSeriesAt(50);

        var run = await RunAsync(Checklist());

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal([0, 10, 50, 0], _server.Shifts);
        var missing = Assert.Single(Stage(run, "50%"), s => s.Round > 0 && s.Status == StepStatus.NoData);
        Assert.Equal(("50% · error rate", 1), (missing.Name, missing.Round));
        var verdict = Assert.Single(Stage(run, "50%"), s => s.Kind == "canary");
        Assert.Equal(StepStatus.NoData, verdict.Status);
        Assert.Contains("inconclusive: no data in round 1", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("--confirm-all or no terminal never promotes", verdict.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_observer.Events.OfType<StagePromoted>(), e => e.Stage == "50%");
    }

    [Fact]
    public async Task A_person_asked_about_no_data_can_roll_back()
    {
        _server.NoErrorSeriesAt(50);
        var bob = new PersonPrompt(promote: false);

        var run = await RunAsync(Checklist(), bob);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        var question = Assert.Single(bob.Questions);
        Assert.StartsWith("canary stage 50%: inconclusive: no data in round 1", question, StringComparison.Ordinal);
        Assert.EndsWith("rolled back by bob: not without data", Stage(run, "50%").Single(s => s.Kind == "canary").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_asked_about_no_data_can_promote_and_the_stage_is_recorded_as_a_warning()
    {
        _server.NoErrorSeriesAt(50);
        var bob = new PersonPrompt(promote: true);

        var run = await RunAsync(Checklist(), bob);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal([0, 10, 50, 100], _server.Shifts);
        var verdict = Stage(run, "50%").Single(s => s.Kind == "canary");
        Assert.Equal(StepStatus.Warned, verdict.Status);
        Assert.EndsWith("promoted by bob: dashboards look fine", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consecutive_successes_not_reached_when_the_window_closes_is_inconclusive()
    {
        _server.ErrorRatioAt(10, 0.02);

        var run = await RunAsync(Checklist("every: 100ms\n          for: 300ms\n          failure_limit: 5\n          consecutive_successes: 2"));

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        var verdict = Stage(run, "10%").Single(s => s.Kind == "canary");
        Assert.Equal(StepStatus.NoData, verdict.Status);
        Assert.StartsWith("inconclusive: the window closed after ", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("with 0 of 2 passing rounds in a row", verdict.Message, StringComparison.Ordinal);
    }
}
