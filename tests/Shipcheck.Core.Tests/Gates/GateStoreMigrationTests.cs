using Shipcheck.Core.Gates;
using Shipcheck.Core.Store.Sqlite;
using Shipcheck.Core.Tests.Store;
using Shipcheck.Core.Tests.Store.Sqlite;

namespace Shipcheck.Core.Tests.Gates;

/// <summary>The gate tables arrive by migration: a store written before them opens, keeps its runs, and gains them.</summary>
public sealed class GateStoreMigrationTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_store_from_before_the_gates_keeps_its_runs_and_gains_the_gate_tables()
    {
        var path = Path.Combine(_folder.Path, "shipcheck.db");
        await using (var store = await SqliteRunStore.OpenAsync(path, Ct))
        {
            await store.BeginRunAsync(StoreRecords.Run("20261122T031500Z-aaaa"), Ct);
        }
        // Back to schema version 1, as Shipcheck left stores before the gates came.
        FirstSchemaStore.Downgrade(path);

        await using (var store = await SqliteRunStore.OpenAsync(path, Ct))
        {
            Assert.NotNull(await store.GetRunAsync("20261122T031500Z-aaaa", Ct));
            var id = await store.StartFreezeAsync(new AdHocFreeze { Reason = "incident", StartedBy = "bob", StartedAt = StoreRecords.Start }, Ct);
            Assert.Equal(id, Assert.Single(await store.ActiveFreezesAsync(StoreRecords.Start, Ct)).Id);
            await store.SetRunCommitAsync("20261122T031500Z-aaaa", "abc123", Ct);
            Assert.Equal("abc123", await store.GetRunCommitAsync("20261122T031500Z-aaaa", Ct));
        }
    }
}
