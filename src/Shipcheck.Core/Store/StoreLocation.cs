namespace Shipcheck.Core.Store;

/// <summary>Where the run store lives when the user does not say: <c>.shipcheck/shipcheck.db</c> beside the checklist.</summary>
public static class StoreLocation
{
    /// <summary>The environment variable that overrides the default store path.</summary>
    public const string EnvironmentVariable = "SHIPCHECK_STORE";

    /// <summary>The folder beside the checklist that holds the default store.</summary>
    public const string DefaultFolder = ".shipcheck";

    /// <summary>The file name of the default store.</summary>
    public const string DefaultFileName = "shipcheck.db";

    /// <summary>
    /// The full path of the store: <paramref name="explicitPath"/> (<c>--store</c>) if given, else
    /// <paramref name="environmentValue"/> (the value of <see cref="EnvironmentVariable"/>, passed in so this stays
    /// testable) if set, else <c>.shipcheck/shipcheck.db</c> in the checklist's folder. Relative paths are taken
    /// from <paramref name="currentDirectory"/> (the process's current folder when null).
    /// </summary>
    public static string Resolve(string checklistPath, string? explicitPath, string? environmentValue, string? currentDirectory = null)
    {
        var baseDirectory = currentDirectory ?? Environment.CurrentDirectory;
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath, baseDirectory);
        }
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return Path.GetFullPath(environmentValue, baseDirectory);
        }
        var checklist = Path.GetFullPath(checklistPath, baseDirectory);
        var folder = Path.GetDirectoryName(checklist) ?? baseDirectory;
        return Path.Combine(folder, DefaultFolder, DefaultFileName);
    }
}
