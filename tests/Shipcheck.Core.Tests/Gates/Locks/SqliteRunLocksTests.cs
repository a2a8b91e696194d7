using System.Diagnostics;
using Shipcheck.Core.Gates.Locks;
using Shipcheck.Core.Store.Sqlite;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Store;
using Shipcheck.Core.Tests.Store.Sqlite;
using TempFolder = Shipcheck.Core.Tests.Store.TempFolder;

namespace Shipcheck.Core.Tests.Gates.Locks;

/// <summary>The locks table in a real SQLite file: taking, holding, staleness, release by hand, and old stores.</summary>
public sealed class SqliteRunLocksTests : IAsyncDisposable
{
    private const string Here = "build-1";
    private readonly TempFolder _folder = new();
    private readonly ManualTime _time = new();
    private readonly SqliteRunLocks _locks;

    public SqliteRunLocksTests() => _locks = SqliteRunLocks.Open(StorePath, _time, Here);

    private string StorePath => Path.Combine(_folder.Path, "shipcheck.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _locks.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_free_lock_is_taken_and_a_second_run_is_told_who_holds_it_and_since_when()
    {
        var first = await _locks.TryAcquireAsync(Claim("run-1"), Ct);
        _time.Advance(TimeSpan.FromSeconds(3));
        var second = await _locks.TryAcquireAsync(Claim("run-2", user: "bob"), Ct);

        Assert.True(first.Acquired);
        Assert.Null(first.Holder);
        Assert.False(second.Acquired);
        Assert.Equal("run-1", second.Holder!.RunId);
        Assert.Equal("alice", second.Holder.User);
        Assert.Equal(Environment.ProcessId, second.Holder.ProcessId);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromSeconds(3), second.Holder.Since);
    }

    [Fact]
    public async Task After_release_the_next_run_takes_it()
    {
        var holder = Claim("run-1");
        await _locks.TryAcquireAsync(holder, Ct);

        Assert.True(await _locks.ReleaseAsync(holder, Ct));
        Assert.True((await _locks.TryAcquireAsync(Claim("run-2"), Ct)).Acquired);
        Assert.Equal(["acquired", "released", "acquired"], (await _locks.EventsAsync("deploy", 10, Ct)).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_heartbeat_keeps_a_lock_past_the_threshold_and_silence_loses_it()
    {
        await _locks.TryAcquireAsync(Claim("run-1"), Ct);
        _time.Advance(LockStaleness.Threshold - TimeSpan.FromSeconds(1));
        Assert.True(await _locks.HeartbeatAsync("deploy", "run-1", Ct));
        _time.Advance(LockStaleness.Threshold - TimeSpan.FromSeconds(1));

        Assert.False((await _locks.TryAcquireAsync(Claim("run-2"), Ct)).Acquired);

        _time.Advance(TimeSpan.FromSeconds(2));
        var taken = await _locks.TryAcquireAsync(Claim("run-2"), Ct);

        Assert.True(taken.Acquired);
        Assert.Equal("run-1", taken.Holder!.RunId);
        Assert.StartsWith("no heartbeat for 31s", taken.ReclaimedBecause, StringComparison.Ordinal);
        Assert.False(await _locks.HeartbeatAsync("deploy", "run-1", Ct));
    }

    [Fact]
    public async Task A_holder_whose_process_is_gone_on_this_host_is_reclaimed_at_once()
    {
        var gone = ExitedProcessId();
        await _locks.TryAcquireAsync(Claim("run-1", processId: gone), Ct);

        var taken = await _locks.TryAcquireAsync(Claim("run-2"), Ct);

        Assert.True(taken.Acquired);
        Assert.Equal($"its runner (pid {gone} on {Here}) is gone", taken.ReclaimedBecause);
        var reclaimed = (await _locks.EventsAsync("deploy", 10, Ct))[^1];
        Assert.Equal(("reclaimed", "run-2"), (reclaimed.Kind, reclaimed.RunId));
        Assert.Contains("from run run-1", reclaimed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holder_on_another_host_is_judged_by_its_heartbeat_only()
    {
        await _locks.TryAcquireAsync(Claim("run-1", host: "build-2", processId: ExitedProcessId()), Ct);

        Assert.False((await _locks.TryAcquireAsync(Claim("run-2"), Ct)).Acquired);
    }

    [Fact]
    public async Task Release_by_hand_frees_the_lock_and_records_who_and_why()
    {
        await _locks.TryAcquireAsync(Claim("run-1"), Ct);

        var was = await _locks.ForceReleaseAsync("deploy", "runner host rebooted", "carol", Ct);

        Assert.Equal("run-1", was!.RunId);
        Assert.Empty(await _locks.ListAsync(Ct));
        var last = (await _locks.EventsAsync(null, 10, Ct))[^1];
        Assert.Equal(("force-released", "carol", "runner host rebooted"), (last.Kind, last.User, last.Detail));
        Assert.False(await _locks.ReleaseAsync(Claim("run-1"), Ct));
        Assert.Null(await _locks.ForceReleaseAsync("deploy", "again", "carol", Ct));
    }

    [Fact]
    public async Task Locks_of_different_names_do_not_block_each_other()
    {
        Assert.True((await _locks.TryAcquireAsync(Claim("run-1"), Ct)).Acquired);
        Assert.True((await _locks.TryAcquireAsync(Claim("run-2") with { Name = "other" }, Ct)).Acquired);
        Assert.Equal(["deploy", "other"], (await _locks.ListAsync(Ct)).Select(l => l.Holder.Name));
    }

    [Fact]
    public async Task A_store_written_before_locks_existed_opens_with_its_runs_and_takes_locks()
    {
        var path = Path.Combine(_folder.Path, "old.db");
        await using (var store = await SqliteRunStore.OpenAsync(path, Ct))
        {
            await store.BeginRunAsync(StoreRecords.Run("old-run"), Ct);
        }
        // Back to schema 1 as an older Shipcheck wrote it: no lock tables.
        FirstSchemaStore.Downgrade(path);

        await using var locks = SqliteRunLocks.Open(path, _time, Here);
        await using var reopened = await SqliteRunStore.OpenAsync(path, Ct);

        Assert.Equal("old-run", (await reopened.GetRunAsync("old-run", Ct))!.Id);
        Assert.True((await locks.TryAcquireAsync(Claim("run-1"), Ct)).Acquired);
    }

    private LockHolder Claim(string runId, string user = "alice", string host = Here, int? processId = null) => new()
    {
        Name = "deploy",
        RunId = runId,
        User = user,
        Host = host,
        ProcessId = processId ?? Environment.ProcessId,
        Since = _time.GetUtcNow(),
        HeartbeatAt = _time.GetUtcNow(),
    };

    /// <summary>The pid of a process that has just exited, so it exists nowhere.</summary>
    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
