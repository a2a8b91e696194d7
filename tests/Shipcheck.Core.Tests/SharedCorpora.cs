namespace Shipcheck.Core.Tests;

/// <summary>
/// The corpora in the shared folder beside the repository (/work/main/../shared, or /work/wt/&lt;name&gt;/../../shared
/// for a worktree), found from the test binaries upwards; never copied into the repository.
/// </summary>
internal static class SharedCorpora
{
    /// <summary>The path below shared/corpora, or null when it is not on this machine.</summary>
    public static string? Find(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Shipcheck.slnx")))
            {
                continue;
            }
            string[] candidates = [Path.Combine(folder.FullName, "..", "shared"), Path.Combine(folder.FullName, "..", "..", "shared")];
            return candidates
                .Select(shared => Path.GetFullPath(Path.Combine(shared, "corpora", relativePath)))
                .FirstOrDefault(path => Directory.Exists(path) || File.Exists(path));
        }
        return null;
    }
}
