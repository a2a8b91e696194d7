using Shipcheck.Core.Git;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Which files a scan reads. Inside a git working tree, the files git lists (tracked, plus untracked ones .gitignore
/// does not exclude); elsewhere, a walk of the tree that skips <c>.git</c>. Symlinks to files are followed, symlinks
/// to directories never (they can lead out of the tree or round in a loop).
/// </summary>
internal static class ScanFiles
{
    /// <summary>The files under <paramref name="root"/> (relative, '/'), the skips found on the way, and whether git listed them.</summary>
    public static async Task<(List<string> Files, List<SkippedFile> Skipped, bool UsedGit)> ListAsync(string root, CancellationToken cancellationToken)
    {
        var skipped = new List<SkippedFile>();
        var listed = await GitListAsync(root, cancellationToken);
        var candidates = listed ?? Walk(root, skipped);
        var files = new List<string>(candidates.Count);
        foreach (var relative in candidates)
        {
            if (Classify(root, relative) is { } skip)
            {
                if (!ReferenceEquals(skip, NotAFile))
                {
                    skipped.Add(skip);
                }
                continue;
            }
            if (File.Exists(Path.Combine(root, relative)))
            {
                files.Add(relative);
            }
        }
        return (files, skipped, listed is not null);
    }

    private static async Task<IReadOnlyList<string>?> GitListAsync(string root, CancellationToken cancellationToken)
    {
        try
        {
            var (repository, _) = await GitRepository.OpenAsync(root, cancellationToken);
            return repository is null ? null : await repository.ListFilesAsync(root, cancellationToken);
        }
        catch (GitException)
        {
            // git missing or failing: the walk still scans every file, only .gitignore goes unheeded.
            return null;
        }
    }

    // What Classify returns for a directory git lists (a submodule): not part of this tree's files, not worth a word.
    private static readonly SkippedFile NotAFile = new("", SkipReason.Unreadable, "");

    // A skip for a symlink that cannot or must not be followed, NotAFile for a directory, null for a file to scan.
    private static SkippedFile? Classify(string root, string relative)
    {
        var full = Path.Combine(root, relative);
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return Directory.Exists(full) ? NotAFile : null;
        }
        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null && Directory.Exists(target.FullName))
            {
                return new SkippedFile(relative, SkipReason.DirectorySymlink, $"symlink to the directory {info.LinkTarget}, not followed; scan that directory itself if it belongs to the tree");
            }
            return target is null || !File.Exists(target.FullName)
                ? new SkippedFile(relative, SkipReason.Unreadable, $"broken symlink to {info.LinkTarget}; fix or remove it")
                : null;
        }
        catch (IOException e)
        {
            return new SkippedFile(relative, SkipReason.SymlinkLoop, $"symlink loop ({e.Message.TrimEnd('.')}); fix or remove the link");
        }
    }

    private static List<string> Walk(string root, List<SkippedFile> skipped)
    {
        var files = new List<string>();
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (pending.TryPop(out var directory))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                skipped.Add(new SkippedFile(Relative(root, directory) + "/", SkipReason.Unreadable, $"cannot list the directory: {e.Message.TrimEnd('.')}; check its permissions"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo && entry.LinkTarget is null)
                {
                    if (entry.Name != ".git")
                    {
                        pending.Push(entry.FullName);
                    }
                    continue;
                }
                files.Add(Relative(root, entry.FullName));
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');
}
