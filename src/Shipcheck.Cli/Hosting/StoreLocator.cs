using Shipcheck.Core.Store;

namespace Shipcheck.Cli.Hosting;

/// <summary>Finds the run store for a command, using the core's rule (<see cref="StoreLocation"/>).</summary>
internal static class StoreLocator
{
    /// <summary>The store a run of <paramref name="checklistPath"/> writes to.</summary>
    public static string ForRun(string? explicitPath, string checklistPath, Func<string, string?> getEnvironment) =>
        StoreLocation.Resolve(checklistPath, explicitPath, getEnvironment(StoreLocation.EnvironmentVariable));

    /// <summary>
    /// The store the read commands (history, show, report) open, which must exist: --store, else beside --checklist,
    /// else SHIPCHECK_STORE, else <c>.shipcheck/shipcheck.db</c> in the current folder.
    /// </summary>
    public static string ForReading(string? explicitPath, string? checklistPath, Func<string, string?> getEnvironment)
    {
        var environment = checklistPath is null ? getEnvironment(StoreLocation.EnvironmentVariable) : null;
        // Without a checklist, the current folder stands in for the checklist's folder.
        var anchor = checklistPath ?? Path.Combine(Environment.CurrentDirectory, "checklist.yaml");
        var path = StoreLocation.Resolve(anchor, explicitPath, environment);
        return File.Exists(path) ? path : throw CliUsageException.NoStore(path);
    }
}
