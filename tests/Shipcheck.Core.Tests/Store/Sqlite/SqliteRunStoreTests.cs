using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Core.Tests.Store.Sqlite;

/// <summary>The store contract against a real SQLite file in a temp folder.</summary>
public sealed class SqliteRunStoreTests : RunStoreContractTests
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "nested", ".shipcheck", "shipcheck.db");

    protected override async Task<IRunStore> OpenStoreAsync() => await SqliteRunStore.OpenAsync(DatabasePath);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
