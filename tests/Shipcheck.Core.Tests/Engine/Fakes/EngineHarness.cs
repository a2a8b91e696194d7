using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>A runner wired to a fake clock, an in-memory store and a recording observer.</summary>
internal sealed class EngineHarness
{
    public JumpingTimeProvider Time { get; } = new();

    /// <summary>The clock the run uses: <see cref="Time"/>, unless a test of real processes sets the system clock.</summary>
    public TimeProvider Clock { get => _clock ?? Time; set => _clock = value; }

    private TimeProvider? _clock;

    public InMemoryRunStore Store { get; } = new();

    public RecordingObserver Observer { get; } = new();

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Who answers questions: by default nobody at a terminal, confirming every manual item as alice.</summary>
    public IConfirmationPrompt Prompt { get; set; } = new FixedAnswerPrompt(new ConfirmationAnswer(true, "alice", null));

    /// <summary>Offers steps to a person before they run (an interactive Markdown run); null runs them all.</summary>
    public IStepOffer? Offer { get; set; }

    public RunRequest Request { get; set; } = new() { User = "alice", Host = "ci-1", ProcessId = 4242 };

    public PreparedRun Prepare(Checklist checklist)
    {
        var prepared = RunPreparation.Prepare(checklist, Request, name => Environment.GetValueOrDefault(name), Clock);
        Assert.Empty(prepared.Problems);
        return prepared;
    }

    public Task<RunRecord> RunAsync(Checklist checklist, IRunObserver? observer = null) => StartAsync(checklist, null, null, observer);

    /// <summary>Starts a run that <paramref name="interrupt"/> (first Ctrl-C) and <paramref name="abort"/> (second) can stop.</summary>
    public Task<RunRecord> StartAsync(Checklist checklist, CancellationTokenSource? interrupt, CancellationTokenSource? abort = null, IRunObserver? observer = null)
    {
        var services = new RunnerServices(Clock, Store, observer ?? Observer, Prompt) { Offer = Offer };
        var prepared = Prepare(checklist);
        // Off the test's thread, as the CLI runs it, so a test can interrupt while steps block.
        return Task.Run(() => new ChecklistRunner(services).RunAsync(prepared, interrupt?.Token ?? default, abort?.Token ?? default));
    }

    /// <summary>The stored steps as <c>phase/name/status</c>, in the order they were stored.</summary>
    public IReadOnlyList<string> StoredSteps() =>
        [.. Store.Single().Steps.Select(s => $"{Names.Of(s.Phase)}/{s.Name}/{Names.Of(s.Status)}")];

    public StepRecord Stored(Phase phase, string name, int round = 0) =>
        Store.Single().Steps.Single(s => s.Phase == phase && s.Name == name && s.Round == round);
}
