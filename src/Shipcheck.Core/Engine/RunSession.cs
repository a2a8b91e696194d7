using Shipcheck.Core.Checks;
using Shipcheck.Core.Secrets;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// The state of one run and the only way anything gets recorded: every step is masked, numbered, written to the store
/// and only then announced. Steps that end at the same time are written at the same time.
/// </summary>
internal sealed partial class RunSession
{
    private readonly Lock _gate = new();
    private readonly List<StepRecord> _steps = [];
    private readonly OrderedDictionary<string, string> _captures = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _maskedVariables;
    private readonly string? _markdownSource;
    private Verdict _pendingVerdict = Verdict.Running;
    private string? _pendingSummary;
    private int _lastSequence;

    public RunSession(PreparedRun run, RunnerServices services)
    {
        Run = run;
        Services = services;
        Observer = new IsolatedRunObserver(services.Observer);
        Variables = new RunVariables(run.Variables, run.Environment);
        // Local time, so the history entry reads in the team's clock (the seeds write KST); the offset is kept with it.
        StartedAt = services.Time.GetLocalNow();
        _maskedVariables = run.MaskedVariables();
        _markdownSource = run.Request.MarkdownSource is { } source ? run.Masker.Mask(source) : null;
    }

    public PreparedRun Run { get; }

    public RunnerServices Services { get; }

    public TimeProvider Time => Services.Time;

    public SecretMasker Masker => Run.Masker;

    public IRunObserver Observer { get; }

    public RunVariables Variables { get; }

    public DateTimeOffset StartedAt { get; }

    public string RunId => Run.RunId;

    /// <summary>What check kinds remember for the length of this run.</summary>
    public RunState State { get; } = new();

    /// <summary>Every step recorded so far, in order.</summary>
    public IReadOnlyList<StepRecord> Steps
    {
        get
        {
            lock (_gate)
            {
                return [.. _steps];
            }
        }
    }

    public void Raise(RunEvent e) => Observer.OnEvent(e);

    public async Task BeginAsync()
    {
        var record = Snapshot();
        await Services.Store.BeginRunAsync(record, CancellationToken.None);
        Raise(new RunStarted(record));
    }

    /// <summary>
    /// Makes the outcome visible to <c>post</c> steps (the <c>history</c> step writes SUCCESS or ROLLED_BACK) before
    /// the run is finished.
    /// </summary>
    public void SetPending(Verdict verdict, string summary)
    {
        lock (_gate)
        {
            _pendingVerdict = verdict;
            _pendingSummary = Masker.Mask(summary);
        }
    }

    /// <summary>Masks, numbers, stores and announces a finished step; returns it as stored.</summary>
    public async Task<StepRecord> RecordAsync(StepRecord step)
    {
        StepRecord stored;
        lock (_gate)
        {
            stored = StepMasking.Mask(step, Masker) with { Sequence = ++_lastSequence };
        }
        // Steps that end together are written together: the store groups concurrent appends into one durable commit,
        // where waiting for each other's fsync one by one made a wide verify phase pay for every step in turn.
        // Never cancelled: a step that ended must reach the store, interrupt or not.
        await Services.Store.AppendStepAsync(RunId, stored, CancellationToken.None);
        lock (_gate)
        {
            var at = _steps.FindLastIndex(s => s.Sequence < stored.Sequence) + 1;
            _steps.Insert(at, stored);
        }
        Raise(new StepFinished(stored));
        return stored;
    }

    /// <summary>Sets a captured variable and stores it; returns the value as it may be shown.</summary>
    public async Task<string> CaptureAsync(string name, string value, bool secret)
    {
        if (secret)
        {
            // Before anything else: from here on the value is masked wherever it shows up.
            Masker.Add(value);
        }
        Variables.Set(name, value);
        var shown = secret ? SecretMasker.Replacement : Masker.Mask(value);
        lock (_gate)
        {
            _captures[name] = shown;
        }
        await Services.Store.SetCaptureAsync(RunId, name, shown, CancellationToken.None);
        return shown;
    }

    /// <summary>The run as it stands, with the pending verdict once it is known.</summary>
    public RunRecord Snapshot()
    {
        lock (_gate)
        {
            return new RunRecord
            {
                Id = RunId,
                Service = Run.Checklist.Service,
                Environment = Run.Checklist.Environment,
                Version = DeployedVersion(),
                ChecklistPath = Run.Checklist.FilePath,
                User = Run.Request.User,
                Host = Run.Request.Host,
                ProcessId = Run.Request.ProcessId,
                StartedAt = StartedAt,
                Verdict = _pendingVerdict,
                Summary = _pendingSummary,
                Variables = _maskedVariables,
                Captures = new OrderedDictionary<string, string>(_captures, StringComparer.Ordinal),
                Steps = [.. _steps],
                MarkdownSource = _markdownSource,
            };
        }
    }

    public async Task<RunRecord> FinishAsync(Verdict verdict, string summary)
    {
        var finishedAt = Time.GetLocalNow();
        var masked = Masker.Mask(summary);
        await Services.Store.FinishRunAsync(RunId, verdict, finishedAt, masked, CancellationToken.None);
        SetPending(verdict, masked);
        var record = Snapshot() with { FinishedAt = finishedAt };
        Raise(new RunFinished(record));
        return record;
    }

    /// <summary>What a probe of this run may use, for the step named <paramref name="stepName"/>.</summary>
    public ProbeContext ProbeContext(string stepName, IReadOnlyList<string> countedPatterns, TimeSpan? stepTimeout = null) => new()
    {
        Time = Time,
        WorkingDirectory = Run.Checklist.Directory,
        Variables = Variables,
        ShellEnvironment = Variables.ShellEnvironment(),
        Prompt = Services.Prompt,
        RunSoFar = Snapshot,
        StepName = stepName,
        CountedPatterns = countedPatterns,
        StepTimeout = stepTimeout ?? Timeout.InfiniteTimeSpan,
        RunState = State,
    };

    private string? DeployedVersion() =>
        _maskedVariables.TryGetValue(BuiltInVariables.Version, out var version) && version.Length > 0 ? version : null;
}
