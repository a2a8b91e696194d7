namespace Shipcheck.Core.Checks.Run;

/// <summary>Finds a shell before starting it, so a typo reads "not found" rather than a cryptic exit code from setsid.</summary>
internal static class ShellLocator
{
    /// <summary>True when <paramref name="shell"/> names an existing file, directly or through <paramref name="path"/>.</summary>
    public static bool Exists(string shell, string workingDirectory, string? path)
    {
        if (shell.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(Path.GetFullPath(shell, workingDirectory));
        }
        return (path ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, shell)));
    }
}
