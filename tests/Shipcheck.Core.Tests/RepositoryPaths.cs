namespace Shipcheck.Core.Tests;

/// <summary>Files of the repository the tests read (the committed schema, the docs).</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Shipcheck.slnx, found from the test binaries upwards.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shipcheck.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root");
    }
}
