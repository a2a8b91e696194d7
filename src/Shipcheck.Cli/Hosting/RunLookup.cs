using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Cli.Hosting;

/// <summary>Finds a recorded run by id or prefix for show and report.</summary>
internal static class RunLookup
{
    public static async Task<RunRecord> FindAsync(CliConsole console, string id, string? store, string? checklist)
    {
        var path = StoreLocator.ForReading(store, checklist, console.GetEnvironment);
        await using var runs = await SqliteRunStore.OpenAsync(path);
        return await runs.GetRunAsync(id) ?? throw CliUsageException.RunNotFound(id, path);
    }
}
