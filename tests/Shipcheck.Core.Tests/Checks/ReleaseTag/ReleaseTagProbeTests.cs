using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.ReleaseTag;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.ReleaseTag;

public sealed class ReleaseTagProbeTests : IDisposable
{
    private readonly TestRepository _repo = new();
    private readonly ReleaseTagKind _kind = new();

    public void Dispose() => _repo.Dispose();

    private Task<ProbeResult> Observe(string? version, params (string Name, object Value)[] options)
    {
        var variables = new Dictionary<string, string> { ["version"] = version ?? "" };
        return Probes.Observe(_kind, TestOptions.Of(options), Probes.Context(_repo.Path, variables));
    }

    private static string Lines(ProbeResult result) => result.Output!;

    [Fact]
    public async Task Passes_when_the_run_versions_annotated_tag_points_at_head_and_records_the_commit()
    {
        _repo.Write("app.py", "print('v1')\n");
        var head = _repo.Commit();
        _repo.Tag("v1.2.3");

        var result = await Observe("v1.2.3");

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(3, result.Observations.Number("passed"));
        Assert.Equal("v1.2.3", result.Observations.Text("version"));
        Assert.Equal(head, result.Observations.Text("commit"));
        Assert.Equal(head, result.Observations.Text("tag_commit"));
        Assert.Equal("main", result.Observations.Text("branch"));
        Assert.False(result.Observations.Flag("shallow"));
        Assert.Equal(
            $"PASS version — v1.2.3 is a semantic version\nPASS tag — v1.2.3 (annotated) points at HEAD ({head[..12]})\nPASS commit — {head[..12]} (branch main)",
            Lines(result));
        Assert.Null(result.Summary);
    }

    [Fact]
    public async Task Accepts_a_version_without_its_v_and_a_lightweight_tag()
    {
        _repo.Commit();
        _repo.Git("tag", "v2.0.0-rc.1");

        var result = await Observe("2.0.0-rc.1");

        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Contains("PASS tag — v2.0.0-rc.1 (lightweight) points at HEAD", Lines(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_tag_points_at_another_commit_and_names_both()
    {
        var tagged = _repo.Commit("one");
        _repo.Tag("v1.0.0");
        var head = _repo.Commit("two");

        var result = await Observe("v1.0.0");

        Assert.Equal(1, result.Observations.Number("failures"));
        Assert.Equal(tagged, result.Observations.Text("tag_commit"));
        Assert.Equal(head, result.Observations.Text("commit"));
        Assert.Contains($"FAIL tag — v1.0.0 points at {tagged[..12]}, not at HEAD ({head[..12]}): deploy the tagged commit, or tag this one with the next version", Lines(result), StringComparison.Ordinal);
        Assert.StartsWith("1 failed: tag (v1.0.0 points at", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_tag_does_not_exist_and_says_how_to_make_it()
    {
        _repo.Commit();
        _repo.Tag("v1.0.0");

        var result = await Observe("v1.0.1");

        Assert.Equal("", result.Observations.Text("tag_commit"));
        Assert.Contains("FAIL tag — v1.0.1 does not exist: create it with `shipcheck release v1.0.1` (or git tag --annotate v1.0.1)", Lines(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1.2", "FAIL version — v1.2: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.0)")]
    [InlineData("", "FAIL version — no version to check: run with --version vX.Y.Z, or give the step a 'version'")]
    public async Task Fails_a_version_that_is_not_semantic_without_looking_for_its_tag(string version, string expected)
    {
        _repo.Commit();

        var result = await Observe(version);

        Assert.StartsWith(expected + "\n", Lines(result), StringComparison.Ordinal);
        Assert.DoesNotContain("tag —", Lines(result), StringComparison.Ordinal);
        Assert.Equal(1, result.Observations.Number("failures"));
    }

    [Fact]
    public async Task The_step_can_name_the_version_the_commit_and_the_tag_prefix()
    {
        var release = _repo.Commit("release");
        _repo.Tag("1.4.0");
        _repo.Commit("after");

        var result = await Observe("v9.9.9", ("version", "1.4.0"), ("commit", "HEAD~1"), ("tag_prefix", ""));

        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(release, result.Observations.Text("commit"));
        Assert.Contains($"PASS commit — HEAD~1 is {release[..12]} (branch main)", Lines(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_a_commit_that_does_not_resolve()
    {
        _repo.Commit();
        _repo.Tag("v1.0.0");

        var result = await Observe("v1.0.0", ("commit", "no-such-branch"));

        Assert.Equal("", result.Observations.Text("commit"));
        Assert.Contains("FAIL commit — 'no-such-branch' is not a commit here: give a hash, a branch or a tag", Lines(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_detached_head_has_an_empty_branch_and_still_passes()
    {
        var head = _repo.Commit();
        _repo.Tag("v1.0.0");
        _repo.Git("checkout", "--quiet", "--detach", "v1.0.0");

        var result = await Observe("v1.0.0");

        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal("", result.Observations.Text("branch"));
        Assert.Contains($"PASS commit — {head[..12]} (detached HEAD)", Lines(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repository_with_no_commit_fails_the_commit_and_the_tag()
    {
        var result = await Observe("v1.0.0");

        Assert.Null(result.Error);
        Assert.Equal(2, result.Observations.Number("failures"));
        Assert.Contains("FAIL commit — the repository has no commit yet: commit, tag, then check again", Lines(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shallow_clone_is_a_warning_and_a_missing_tag_says_it_may_be_why()
    {
        _repo.Commit("one");
        _repo.Tag("v1.0.0");
        _repo.Commit("two");
        using var clone = new TestRepository(init: false);
        clone.Git("clone", "--quiet", "--depth", "1", "--no-tags", "file://" + _repo.Path, ".");

        var result = await Probes.Observe(_kind, TestOptions.Of(), Probes.Context(clone.Path, new Dictionary<string, string> { ["version"] = "v1.0.0" }));

        Assert.True(result.Observations.Flag("shallow"));
        Assert.Equal(1, result.Observations.Number("warnings"));
        Assert.Contains("WARN shallow clone — this is a shallow clone: tags and history may be missing; git fetch --tags --unshallow to see them all", Lines(result), StringComparison.Ordinal);
        Assert.Contains("FAIL tag — v1.0.0 does not exist in this shallow clone, which may lack tags", Lines(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_outside_any_repository_is_an_error_that_says_what_to_do()
    {
        using var folder = new TempFolder();

        var result = await Probes.Observe(_kind, TestOptions.Of(), Probes.Context(folder.Path, new Dictionary<string, string> { ["version"] = "v1.0.0" }));

        Assert.Equal($"{folder.Path} is not a git repository (or inside one): run the check from the repository, or give its path", result.Error);
    }

    [Fact]
    public async Task The_path_option_finds_the_repository_from_the_checklists_folder()
    {
        _repo.Commit();
        _repo.Tag("v1.0.0");
        using var elsewhere = new TempFolder();

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", _repo.Path)), Probes.Context(elsewhere.Path, new Dictionary<string, string> { ["version"] = "v1.0.0" }));

        Assert.Equal(0, result.Observations.Number("failures"));
    }
}
