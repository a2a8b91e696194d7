using System.Diagnostics;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Git;

/// <summary>
/// A real git repository in a temp folder, for the preflight kinds' tests: write files, commit, tag, check out.
/// Commits carry a fixed author and date so hashes do not depend on who runs the tests.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestRepository(bool init = true)
    {
        if (init)
        {
            Git("init", "--quiet", "--initial-branch=main");
        }
    }

    public string Path => _folder.Path;

    /// <summary>Writes <paramref name="relativePath"/> (folders made as needed); returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Stages everything and commits; returns the new commit's hash.</summary>
    public string Commit(string message = "change")
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD");
    }

    /// <summary>An annotated tag on HEAD (or <paramref name="commit"/>).</summary>
    public void Tag(string name, string? commit = null) =>
        Git(["tag", "--annotate", name, "-m", $"release {name}", .. commit is null ? Array.Empty<string>() : [commit]]);

    /// <summary>Runs git in the repository and returns its output trimmed; a failure fails the test.</summary>
    public string Git(params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in Identity)
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {stderr}");
        return stdout.Result.Trim();
    }

    public void Dispose() => _folder.Dispose();

    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Test Author",
        ["GIT_AUTHOR_EMAIL"] = "author@example.test",
        ["GIT_AUTHOR_DATE"] = "2026-11-01T09:00:00Z",
        ["GIT_COMMITTER_NAME"] = "Test Author",
        ["GIT_COMMITTER_EMAIL"] = "author@example.test",
        ["GIT_COMMITTER_DATE"] = "2026-11-01T09:00:00Z",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
    };
}
