using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine.Canary;

/// <summary>Canary stages on the fake clock with scripted checks: rounds on schedule, and an interrupt mid-analysis.</summary>
public sealed class CanaryFlowTests
{
    private readonly EngineHarness _harness = new();

    private static CanaryDefinition Canary(StepDefinition check, TimeSpan window) => new(
        [new CanaryStage("10%", [Step("10% · shift", new ScriptedProbe())],
            new CanaryAnalysis(window, TimeSpan.FromSeconds(2), 0, 0, [check], Span), Span)], Span);

    [Fact]
    public async Task Rounds_run_after_each_pause_until_the_window_closes()
    {
        var probe = new ScriptedProbe();
        var checklist = Checklist(deploy: [Canary(Step("10% · gate", probe), TimeSpan.FromSeconds(10))]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal([2, 4, 6, 8, 10], probe.CallTimes.Select(t => (t - JumpingTimeProvider.Start).TotalSeconds));
        Assert.Equal([1, 2, 3, 4, 5], run.Steps.Where(s => s.Name == "10% · gate").Select(s => s.Round));
        Assert.Equal("promoted: 5 rounds over 10s, 0 failed (failure_limit 0)", _harness.Stored(Phase.Deploy, "10% · analysis").Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_interrupt_during_an_analysis_stops_it_and_rolls_back()
    {
        using var interrupt = new CancellationTokenSource();
        var stuck = new ScriptedProbe().ThenPass().ThenBlock();
        var checklist = Checklist(deploy: [Canary(Step("10% · gate", stuck), TimeSpan.FromMinutes(1))], rollback: [Step("undo", new ScriptedProbe())]);

        var running = _harness.StartAsync(checklist, interrupt);
        while (stuck.Calls < 2)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        await interrupt.CancelAsync();
        var run = await running;

        Assert.Equal(Verdict.Interrupted, run.Verdict);
        Assert.Equal("interrupted", _harness.Stored(Phase.Deploy, "10% · analysis").Message);
        Assert.Equal(["deploy/10% · shift/passed", "deploy/10% · gate/passed", "deploy/10% · gate/error", "deploy/10% · analysis/error", "rollback/undo/passed"],
            _harness.StoredSteps());
        Assert.Empty(_harness.Observer.Events.OfType<StagePromoted>());
    }
}
