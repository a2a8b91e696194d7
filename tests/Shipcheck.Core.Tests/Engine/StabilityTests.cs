using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class StabilityTests
{
    private readonly EngineHarness _harness = new();

    private static StabilityDefinition Window(params StepDefinition[] repeat) =>
        new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2), repeat, Span);

    [Fact]
    public async Task Stability_repeats_the_checks_every_pause_until_the_window_closes()
    {
        var probe = new ScriptedProbe();
        var health = Step("health", probe);
        var checklist = Checklist(deploy: [Step("ship", new ScriptedProbe())], verify: [health], stability: Window(health));

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        var rounds = run.Steps.Where(s => s.Phase == Phase.Stability).ToList();
        Assert.Equal([1, 2, 3, 4, 5], rounds.Select(s => s.Round));
        Assert.Equal([0, 2, 4, 6, 8, 10], probe.CallTimes.Select(t => (t - JumpingTimeProvider.Start).TotalSeconds));
        Assert.Equal("all steps passed; stable for 10s (5 rounds)", run.Summary);
        Assert.Equal([1, 2, 3, 4, 5], _harness.Observer.Events.OfType<PhaseStarted>().Where(p => p.Phase == Phase.Stability).Select(p => p.Round));
    }

    [Fact]
    public async Task A_failure_in_round_3_stops_watching_and_rolls_back()
    {
        // verify, rounds 1 and 2 pass; round 3 fails; the check after rollback passes.
        var probe = new ScriptedProbe().ThenPass().ThenPass().ThenPass().ThenFail().ThenPass();
        var health = Step("health", probe);
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe())],
            verify: [health],
            rollback: [Step("undo", new ScriptedProbe())],
            stability: Window(health));

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(
            ["deploy/ship/passed", "verify/health/passed", "stability/health/passed", "stability/health/passed",
             "stability/health/failed", "rollback/undo/passed", "rollback_verify/health/passed"],
            _harness.StoredSteps());
        Assert.Equal(3, _harness.Store.Single().Steps.Single(s => s.Status == StepStatus.Failed).Round);
        Assert.Equal("stability failed in round 3: health — ok (false); rolled back; rollback verified", run.Summary);
    }
}
