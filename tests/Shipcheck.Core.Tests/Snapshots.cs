namespace Shipcheck.Core.Tests;

/// <summary>Compares text users read with a file kept in the repository; rewrites it when SHIPCHECK_UPDATE_SNAPSHOTS=1.</summary>
internal static class Snapshots
{
    public static void AssertMatches(string relativePath, string actual)
    {
        var sourceFile = Path.Combine(SourceRoot(), relativePath);
        if (Environment.GetEnvironmentVariable("SHIPCHECK_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(sourceFile, actual);
            return;
        }
        Assert.True(File.Exists(sourceFile), $"no snapshot {relativePath}; run the tests with SHIPCHECK_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(sourceFile), actual);
    }

    /// <summary>The test project's folder in the source tree (snapshots live there, not in bin/).</summary>
    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        // Shared by the test projects (linked, not copied): the first folder up that holds a test project.
        while (dir is not null && dir.GetFiles("*.Tests.csproj").Length == 0)
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the test project folder from " + AppContext.BaseDirectory);
    }
}
