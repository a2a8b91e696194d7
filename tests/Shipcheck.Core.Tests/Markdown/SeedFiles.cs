namespace Shipcheck.Core.Tests.Markdown;

/// <summary>The five seed checklists in the shared folder beside the repository (never copied into it).</summary>
internal static class SeedFiles
{
    /// <summary>The seed whose name starts with <paramref name="number"/> ("000"), or null when the seeds are not here.</summary>
    public static string? Find(string number)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Shipcheck.slnx")))
            {
                continue;
            }
            // /work/main/../shared, or /work/wt/<name>/../../shared for a worktree.
            string[] candidates = [Path.Combine(folder.FullName, "..", "shared", "seeds"), Path.Combine(folder.FullName, "..", "..", "shared", "seeds")];
            return candidates.Select(Path.GetFullPath).Where(Directory.Exists)
                .SelectMany(seeds => Directory.GetFiles(seeds, number + "_*.txt"))
                .FirstOrDefault();
        }
        return null;
    }

    /// <summary>The seed's path, or a skipped test when the seeds are not on this machine.</summary>
    public static string Require(string number)
    {
        var path = Find(number);
        if (path is null)
        {
            Assert.Skip("the seed checklists (shared/seeds beside the repository) are not on this machine");
        }
        return path!;
    }
}
