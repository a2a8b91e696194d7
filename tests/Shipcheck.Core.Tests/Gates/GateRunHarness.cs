using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;
using Shipcheck.Core.Tests.Engine.Fakes;
using Shipcheck.Core.Tests.Store;

namespace Shipcheck.Core.Tests.Gates;

/// <summary>A runner on the real SQLite store (gates keep sign-offs and freezes there) and the jumping fake clock.</summary>
internal sealed class GateRunHarness : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private SqliteRunStore? _store;

    public JumpingTimeProvider Time { get; } = new();

    public RecordingObserver Observer { get; } = new();

    /// <summary>Called for each event before it is recorded: a test signs off here while the run waits.</summary>
    public Action<RunEvent>? OnEvent { get; set; }

    public RunRequest Request { get; set; } = new() { User = "alice", Host = "ci-1", ProcessId = 4242, Version = "v2" };

    /// <summary>A folder outside any git repository, so runs are bound to no commit.</summary>
    public string Folder => _folder.Path;

    public async Task<SqliteRunStore> StoreAsync() => _store ??= await SqliteRunStore.OpenAsync(Path.Combine(_folder.Path, "shipcheck.db"));

    public Checklist InFolder(Checklist checklist) => checklist with { FilePath = Path.Combine(_folder.Path, "shipcheck.yaml") };

    public async Task<RunRecord> RunAsync(Checklist checklist)
    {
        var store = await StoreAsync();
        var prepared = RunPreparation.Prepare(InFolder(checklist), Request, _ => null, Time);
        Assert.Empty(prepared.Problems);
        var observer = new CallbackObserver(e =>
        {
            OnEvent?.Invoke(e);
            Observer.OnEvent(e);
        });
        var services = new RunnerServices(Time, store, observer, new FixedAnswerPrompt(new ConfirmationAnswer(true, "alice", null)));
        return await Task.Run(() => new ChecklistRunner(services).RunAsync(prepared, default));
    }

    /// <summary>Signs off for the version the harness deploys (no commit: the folder is not a repository).</summary>
    public async Task SignAsync(string role, string name, string? version = "v2", string service = "demo")
    {
        var store = await StoreAsync();
        var run = (await store.ListRunsAsync(null, 1)).FirstOrDefault()?.Id ?? await SeedRunAsync(store);
        await store.AddSignoffAsync(new Signoff
        {
            RunId = run,
            Binding = new SignoffBinding(service, "test", version, null),
            Role = role,
            Name = name,
            At = Time.GetUtcNow(),
        });
    }

    public IEnumerable<string> Waits() => Observer.Events.OfType<WaitingForSignoff>().Select(w => w.Message!);

    private static async Task<string> SeedRunAsync(SqliteRunStore store)
    {
        var run = StoreRecords.Run("20261122T031500Z-0000");
        await store.BeginRunAsync(run);
        return run.Id;
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
        _folder.Dispose();
    }

    private sealed class CallbackObserver(Action<RunEvent> onEvent) : IRunObserver
    {
        public void OnEvent(RunEvent e) => onEvent(e);
    }
}
