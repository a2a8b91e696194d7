namespace Shipcheck.Cli.Hosting;

/// <summary>Finds the run store: --store, else beside --checklist, else SHIPCHECK_STORE, else ./.shipcheck/shipcheck.db.</summary>
internal static class StoreLocator
{
    public const string EnvironmentVariable = "SHIPCHECK_STORE";

    /// <summary>The store a run of <paramref name="checklistPath"/> writes to.</summary>
    public static string ForRun(string? explicitPath, string checklistPath, Func<string, string?> getEnvironment) =>
        Full(explicitPath)
        ?? Full(getEnvironment(EnvironmentVariable))
        ?? BesideChecklist(checklistPath);

    /// <summary>The store the read commands (history, show, report) open; it must exist.</summary>
    public static string ForReading(string? explicitPath, string? checklistPath, Func<string, string?> getEnvironment)
    {
        var path = Full(explicitPath)
            ?? (checklistPath is null ? null : BesideChecklist(checklistPath))
            ?? Full(getEnvironment(EnvironmentVariable))
            ?? Path.GetFullPath(Path.Combine(".shipcheck", "shipcheck.db"));
        return File.Exists(path) ? path : throw CliUsageException.NoStore(path);
    }

    private static string BesideChecklist(string checklistPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(checklistPath)) ?? ".", ".shipcheck", "shipcheck.db");

    private static string? Full(string? path) => string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
}
