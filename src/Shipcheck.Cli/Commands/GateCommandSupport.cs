using Shipcheck.Cli.Hosting;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Cli.Commands;

/// <summary>What approve, signoffs and freeze share: which store they open, and the run's checklist.</summary>
internal static class GateCommandSupport
{
    /// <summary>
    /// The store <c>freeze start</c> writes to, created when missing: the one a run of --checklist writes to
    /// (--store, else SHIPCHECK_STORE, else beside the checklist), with the current folder standing in for the
    /// checklist's folder when there is none.
    /// </summary>
    public static Task<SqliteRunStore> OpenForWritingAsync(CliConsole console, string? store, string? checklist) =>
        SqliteRunStore.OpenAsync(StoreLocator.ForRun(store, checklist ?? Path.Combine(Environment.CurrentDirectory, "checklist.yaml"), console.GetEnvironment));

    /// <summary>The store the other gate commands read, which must exist.</summary>
    public static Task<SqliteRunStore> OpenExistingAsync(CliConsole console, string? store, string? checklist) =>
        SqliteRunStore.OpenAsync(StoreLocator.ForReading(store, checklist, console.GetEnvironment));

    /// <summary>The run's checklist as it is now; null when it is gone or does not load (moved, or needing --var).</summary>
    public static Checklist? ChecklistOf(string checklistPath)
    {
        var loaded = File.Exists(checklistPath) ? ChecklistLoader.Load(checklistPath) : null;
        return loaded is { Success: true } ? loaded.Checklist : null;
    }
}
