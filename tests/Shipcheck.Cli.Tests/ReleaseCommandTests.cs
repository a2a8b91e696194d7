using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Cli.Tests;

/// <summary>`shipcheck release` as a user runs it: exit codes, what it prints, and what it leaves in the repository.</summary>
public sealed class ReleaseCommandTests : IDisposable
{
    private readonly TestRepository _repo = new();

    public ReleaseCommandTests()
    {
        _repo.Git("config", "user.name", "Release Tester");
        _repo.Git("config", "user.email", "release@example.test");
        _repo.Write("app.py", "print('hello')\n");
        _repo.Write("checkpoints/model_epoch_100.pt", "weights");
        _repo.Commit("first");
    }

    public void Dispose() => _repo.Dispose();

    private Task<CliResult> Release(params string[] args) =>
        ShipcheckProcess.RunAsync(_repo.Path, null, ["release", .. args]);

    [Fact]
    public async Task Releases_printing_one_line_per_action_and_exits_0()
    {
        var result = await Release("v1.2.3", "--path", _repo.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var tagged = _repo.Git("rev-parse", "v1.2.3^{commit}");
        Assert.Equal(
        [
            "wrote checkpoints/VERSION (v1.2.3)",
            $"committed checkpoints/VERSION as {tagged[..12]} (\"Release v1.2.3: checkpoint version file\")",
            $"tagged v1.2.3 at {tagged[..12]} (annotated, message \"Release v1.2.3\")",
            "wrote releases/manifest_v1.2.3.json and releases/manifest_v1.2.3.sha256 (1 file hashed; not committed)",
        ], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_and_leaves_tree_and_tags_as_they_were()
    {
        var before = _repo.Git("rev-parse", "HEAD") + _repo.Git("for-each-ref") + _repo.Git("status", "--porcelain");

        var result = await Release("1.0.0", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("would tag v1.0.0 at that commit (annotated, message \"Release v1.0.0\")", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("dry run: nothing was changed\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, _repo.Git("rev-parse", "HEAD") + _repo.Git("for-each-ref") + _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task Pushes_to_a_local_bare_remote()
    {
        using var remote = new TestRepository(init: false);
        remote.Git("init", "--quiet", "--bare");
        _repo.Git("remote", "add", "upstream", remote.Path);

        var result = await Release("v2.0.0", "--push", "--remote", "upstream");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("pushed v2.0.0 and main to upstream\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(_repo.Git("rev-parse", "v2.0.0"), remote.Git("rev-parse", "refs/tags/v2.0.0"));
    }

    [Fact]
    public async Task Refuses_a_dirty_tree_with_exit_1_and_says_what_to_do()
    {
        _repo.Write("app.py", "print('changed')\n");

        var result = await Release("v1.2.3");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("shipcheck release: the working tree has uncommitted changes (M app.py): commit or stash them (git stash --include-untracked), then release; a tag names a commit, so what is not committed would not be in the release\n", result.Stderr);
        Assert.Equal("", _repo.Git("tag", "--list"));
    }

    [Fact]
    public async Task Refuses_an_existing_tag_and_the_wrong_branch_with_exit_1()
    {
        _repo.Tag("v1.0.0");
        var tagged = await Release("v1.0.0");
        _repo.Git("switch", "--quiet", "--create", "feature");
        var branch = await Release("v1.1.0");

        Assert.Equal(1, tagged.ExitCode);
        Assert.Contains("tag v1.0.0 already exists, at HEAD (", tagged.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, branch.ExitCode);
        Assert.Contains("on branch feature, but releases are made from main or master", branch.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1.2", "shipcheck release: v1.2: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.0)")]
    [InlineData("v1.2.3 --notes missing.md", "shipcheck release: --notes missing.md does not exist; give a text file with the release notes, or leave --notes out")]
    public async Task Bad_input_is_a_usage_error_with_exit_2(string args, string expected)
    {
        var result = await Release(args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected + "\n", result.Stderr);
    }

    [Fact]
    public async Task Outside_a_repository_it_refuses_with_exit_1()
    {
        using var folder = new TempFolder();

        var result = await ShipcheckProcess.RunAsync(folder.Path, null, "release", "v1.0.0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a git repository (or inside one)", result.Stderr, StringComparison.Ordinal);
    }
}
