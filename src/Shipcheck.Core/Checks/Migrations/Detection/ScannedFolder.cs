namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>One folder the search looked at: its place in the repository and what is in it.</summary>
/// <param name="Full">The folder's full path.</param>
/// <param name="Relative">The folder relative to the top of the repository, with <c>/</c> ("" for the top).</param>
/// <param name="RepositoryRoot">The top of the repository as the search sees it, for folders a config file names.</param>
/// <param name="Files">The names of the files (not folders) in it, sorted.</param>
/// <param name="Directories">The names of the folders in it, sorted; symbolic links to folders are left out.</param>
internal sealed record ScannedFolder(string Full, string Relative, string RepositoryRoot, IReadOnlyList<string> Files, IReadOnlyList<string> Directories)
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        ReturnSpecialDirectories = false,
        // Hidden files are ordinary on Linux (.gitkeep); links are judged below, one by one.
        AttributesToSkip = 0,
    };

    /// <summary>The folder's own name (<c>migrations</c>).</summary>
    public string Name => Path.GetFileName(Full);

    /// <summary>The name of the folder that holds it, or "".</summary>
    public string ParentName => Path.GetFileName(Path.GetDirectoryName(Full)) ?? "";

    /// <summary>Lists <paramref name="full"/>; a folder that cannot be read lists as empty.</summary>
    public static ScannedFolder Read(string full, string relative, string repositoryRoot)
    {
        var files = new List<string>();
        var directories = new List<string>();
        try
        {
            foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos("*", OneLevel))
            {
                if (entry is FileInfo)
                {
                    files.Add(entry.Name);
                }
                else if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    // A link to a folder is never followed: a link to an ancestor would make the search go round.
                    directories.Add(entry.Name);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder holds nothing the search can use; the files inside it are not judged.
        }
        files.Sort(StringComparer.Ordinal);
        directories.Sort(StringComparer.Ordinal);
        return new ScannedFolder(full, relative, repositoryRoot, files, directories);
    }

    /// <summary>The sub-folder <paramref name="name"/>, listed.</summary>
    public ScannedFolder Child(string name) => Read(Path.Combine(Full, name), PathOf(name), RepositoryRoot);

    /// <summary>The path of <paramref name="name"/> (a file or folder in this one), relative to the top of the repository.</summary>
    public string PathOf(string name) => Relative.Length == 0 ? name : $"{Relative}/{name}";

    /// <summary>The full path of <paramref name="name"/>.</summary>
    public string FullPathOf(string name) => Path.Combine(Full, name);

    /// <summary>True when a file called <paramref name="name"/> is here.</summary>
    public bool HasFile(string name) => Files.Contains(name, StringComparer.Ordinal);

    /// <summary>True when a folder called <paramref name="name"/> is here.</summary>
    public bool HasDirectory(string name) => Directories.Contains(name, StringComparer.Ordinal);
}
