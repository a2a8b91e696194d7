using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Engine;

/// <summary>
/// <see cref="RunnerServices.Offer"/>: each offered step waits for a person's choice before it runs. Real <c>run</c>
/// steps in a temp folder, so what ran shows as files on disk.
/// </summary>
public sealed class OfferedStepTests : IDisposable
{
    private readonly TempFolder _folder = new();
    // The system clock: the fake one jumps ahead while a real process runs, and the step would time out.
    private readonly EngineHarness _harness = new() { Clock = TimeProvider.System };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_choice_runs_skips_marks_done_or_runs_the_edited_command()
    {
        var offer = new ScriptedOffer(new()
        {
            ["a"] = new(StepChoice.Run, "bob"),
            ["b"] = new(StepChoice.Skip, "bob"),
            ["c"] = new(StepChoice.MarkDone, "bob"),
            ["d"] = new(StepChoice.Edit, "bob", "touch edited-${name}"),
        });
        _harness.Offer = offer;

        var run = await _harness.RunAsync(Load("""
            vars: { name: d }
            deploy:
              - { name: a, run: touch a }
              - { name: b, run: touch b }
              - { name: c, run: touch c }
              - { name: d, run: touch d }
              - { name: pause, wait: 1ms }
            """));

        Assert.True(run.Verdict == Verdict.Succeeded, string.Join("\n", run.Steps.Select(s => $"{s.Name}: {s.Status} {s.Message} {s.Output}")));
        Assert.Equal(["a", "b", "c", "d"], offer.Asked);
        Assert.Equal(["a", "edited-d"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Where(f => f != "shipcheck.yaml").Order());
        Assert.Equal(["deploy/a/passed", "deploy/b/skipped", "deploy/c/passed", "deploy/d/passed", "deploy/pause/passed"], _harness.StoredSteps());
        Assert.Equal("skipped by bob", _harness.Stored(Phase.Deploy, "b").Message);
        var done = _harness.Stored(Phase.Deploy, "c");
        Assert.Equal(0, done.Attempts);
        Assert.Null(done.Output);
        Assert.StartsWith("marked done by bob; not run by Shipcheck", done.Message, StringComparison.Ordinal);
        Assert.Equal("edited by bob: touch edited-${name}", _harness.Stored(Phase.Deploy, "d").Message);
    }

    [Fact]
    public async Task No_answer_is_an_error_that_stops_the_deploy_and_offers_the_rollback()
    {
        var offer = new ScriptedOffer(new()
        {
            ["ship"] = new(StepChoice.NoAnswer, "bob"),
            ["undo"] = new(StepChoice.Run, "bob"),
        });
        _harness.Offer = offer;

        var run = await _harness.RunAsync(Load("""
            deploy:
              - { name: ship, run: touch shipped }
              - { name: after, run: touch after }
            rollback:
              - { name: undo, run: touch undone }
            """));

        Assert.True(run.Verdict == Verdict.RolledBack, run.Summary + "\n" + string.Join("\n", run.Steps.Select(s => $"{s.Name}: {s.Status} {s.Message} {s.Output}")));
        Assert.Equal(["ship", "undo"], offer.Asked);
        Assert.Equal(["deploy/ship/error", "rollback/undo/passed"], _harness.StoredSteps());
        Assert.Contains("no answer", _harness.Stored(Phase.Deploy, "ship").Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("shipped")));
        Assert.True(File.Exists(_folder.File("undone")));
    }

    [Fact]
    public async Task An_offer_that_breaks_fails_its_step_and_the_run_goes_on_to_roll_back()
    {
        _harness.Offer = new BrokenOffer();

        var run = await _harness.RunAsync(Load("""
            deploy:
              - { name: ship, run: touch shipped }
            """));

        Assert.Equal(["deploy/ship/error"], _harness.StoredSteps());
        Assert.Equal("not run: asking about it failed: the editor is gone", _harness.Stored(Phase.Deploy, "ship").Message);
        Assert.False(File.Exists(_folder.File("shipped")));
        Assert.NotEqual(Verdict.Succeeded, run.Verdict);
    }

    private sealed class BrokenOffer : IStepOffer
    {
        public bool Offers(StepDefinition step) => true;

        public Task<StepOfferAnswer> OfferAsync(StepDefinition step, Phase phase, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the editor is gone");
    }

    private Checklist Load(string yaml)
    {
        var path = _folder.File("shipcheck.yaml");
        File.WriteAllText(path, "service: demo\n" + yaml);
        var loaded = ChecklistLoader.Load(path);
        Assert.True(loaded.Success, string.Join("\n", loaded.Problems));
        return loaded.Checklist!;
    }

    /// <summary>Answers each offered step by its name, and remembers what was offered.</summary>
    private sealed class ScriptedOffer(Dictionary<string, StepOfferAnswer> answers) : IStepOffer
    {
        public List<string> Asked { get; } = [];

        public bool Offers(StepDefinition step) => step.Kind is RunKind;

        public Task<StepOfferAnswer> OfferAsync(StepDefinition step, Phase phase, CancellationToken cancellationToken)
        {
            Asked.Add(step.Name);
            return Task.FromResult(answers[step.Name]);
        }
    }
}
