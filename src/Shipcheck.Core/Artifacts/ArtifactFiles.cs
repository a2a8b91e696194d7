using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// Walks the root for the files the globs choose. Folders that no glob can reach are not entered, <c>.git</c> never is,
/// and a symbolic link to a folder is never followed (so a link loop costs nothing); a link to a file is hashed as the
/// file it names. A folder that cannot be listed is a warning, not the end of the walk.
/// </summary>
public static class ArtifactFiles
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
        MatchCasing = MatchCasing.PlatformDefault,
    };

    /// <summary>The files under <paramref name="root"/> matching <paramref name="globs"/>, ordered by relative path, and what could not be looked at.</summary>
    public static (IReadOnlyList<ArtifactFile> Files, IReadOnlyList<Finding> Problems) Find(string root, ArtifactGlobs globs, CancellationToken cancellationToken)
    {
        var files = new List<ArtifactFile>();
        var problems = new List<Finding>();
        var folders = new Stack<(DirectoryInfo Folder, string[] Segments)>();
        folders.Push((new DirectoryInfo(root), []));
        while (folders.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (folder, segments) = folders.Pop();
            try
            {
                foreach (var entry in folder.EnumerateFileSystemInfos("*", OneLevel))
                {
                    string[] path = [.. segments, entry.Name];
                    if (entry is DirectoryInfo sub)
                    {
                        if (sub.LinkTarget is null && entry.Name != ".git" && globs.MayMatchUnder(path))
                        {
                            folders.Push((sub, path));
                        }
                    }
                    else if (globs.Matches(path))
                    {
                        files.Add(new ArtifactFile(entry.FullName, string.Join('/', path)));
                    }
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                var shown = segments.Length == 0 ? root : string.Join('/', segments) + "/";
                problems.Add(Finding.Warn(shown, $"cannot list this folder ({e.Message}); its files are not in the manifest: check its permissions"));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (files, problems);
    }
}
