using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates.Locks;
using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary>
/// Runs a checklist from YAML text for real: the loader, the runner on the system clock (deliveries go to a real
/// receiver, so their waits are real), and a SQLite store in a temp folder, read back after the run.
/// </summary>
internal sealed class NotifyRun : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private SqliteRunStore? _store;
    private SqliteRunLocks? _locks;

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public string Folder => _folder.Path;

    public string StorePath => _folder.File("runs.db");

    /// <summary>The store of the runs, once the first has run.</summary>
    public SqliteRunStore Store => _store ?? throw new InvalidOperationException("nothing has run yet");

    /// <summary>
    /// Runs <paramref name="yaml"/> with <c>--var</c> <paramref name="variables"/>, answering prompts with
    /// <paramref name="prompt"/> (default: an automatic yes); returns the record as the runner returned it and as the
    /// store reads it back.
    /// </summary>
    public async Task<(RunRecord Returned, RunRecord Stored)> RunAsync(string yaml, TimeSpan? notificationWait = null, string version = "v2.0.0",
        IReadOnlyDictionary<string, string>? variables = null, IConfirmationPrompt? prompt = null)
    {
        var path = _folder.File("shipcheck.yaml");
        await File.WriteAllTextAsync(path, yaml);
        var request = new RunRequest { Version = version, User = "alice", Host = "ci-1", Variables = variables ?? new Dictionary<string, string>() };
        string? Lookup(string name) => Environment.GetValueOrDefault(name);
        var loaded = ChecklistLoader.Load(path, LoadSettings.For(request, Lookup));
        Assert.True(loaded.Success, string.Join("\n", loaded.Problems.Select(p => p.ToString())));
        var prepared = RunPreparation.Prepare(loaded.Checklist!, request, Lookup);
        Assert.Empty(prepared.Problems);
        _store ??= await SqliteRunStore.OpenAsync(StorePath);
        _locks ??= SqliteRunLocks.Open(StorePath, TimeProvider.System);
        var services = new RunnerServices(TimeProvider.System, _store, new NullRunObserver(),
            prompt ?? new FixedAnswerPrompt(new ConfirmationAnswer(true, "alice", null)))
        { Locks = _locks };
        var runner = new ChecklistRunner(services) { NotificationWait = notificationWait ?? TimeSpan.FromSeconds(30) };
        var returned = await runner.RunAsync(prepared, CancellationToken.None);
        var stored = await _store.GetRunAsync(returned.Id);
        return (returned, stored!);
    }

    /// <summary>Every byte the store wrote (database and WAL), as text, to look for a leaked secret.</summary>
    public string StoreBytes() =>
        string.Concat(Directory.GetFiles(_folder.Path, "runs.db*").Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            return reader.ReadToEnd();
        }));

    public async ValueTask DisposeAsync()
    {
        if (_locks is not null)
        {
            await _locks.DisposeAsync();
        }
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
        _folder.Dispose();
    }
}
