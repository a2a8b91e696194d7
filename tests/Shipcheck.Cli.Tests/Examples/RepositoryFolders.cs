namespace Shipcheck.Cli.Tests.Examples;

/// <summary>Folders of the repository the example tests run from.</summary>
internal static class RepositoryFolders
{
    /// <summary>examples/NAME, found from the test binaries upwards (the folder holding Shipcheck.slnx).</summary>
    public static string Example(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shipcheck.slnx")))
        {
            dir = dir.Parent;
        }
        return dir is null
            ? throw new InvalidOperationException("cannot find the repository root (the folder holding Shipcheck.slnx)")
            : Path.Combine(dir.FullName, "examples", name);
    }
}
