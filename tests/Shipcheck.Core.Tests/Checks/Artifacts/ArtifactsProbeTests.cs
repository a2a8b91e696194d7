using Shipcheck.Core.Checks.Artifacts;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Artifacts;

public sealed class ArtifactsProbeTests
{
    private static readonly ArtifactsKind Kind = new();

    [Fact]
    public async Task Hashes_and_reports_without_a_manifest()
    {
        using var repo = new TestRepository();
        repo.Write("checkpoints/model.pt", "12345");
        var commit = repo.Commit();

        var result = await Probes.Observe(Kind, TestOptions.Of(), Probes.Context(repo.Path));

        Assert.Null(result.Error);
        Assert.Equal(Value.Of(1), result.Observations["files"]);
        Assert.Equal(Value.OfSize(5), result.Observations["bytes"]);
        Assert.Equal(Value.Of(commit), result.Observations["commit"]);
        Assert.Contains("PASS checkpoints/model.pt — sha256 ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_versions_manifest_then_verifies_against_it_on_the_next_run()
    {
        using var repo = new TestRepository();
        repo.Write("checkpoints/model.pt", "v1 weights");
        repo.Commit();
        repo.Tag("v2.0.0");
        var context = Probes.Context(repo.Path, new Dictionary<string, string> { ["version"] = "v2.0.0" });
        var options = TestOptions.Of(("write", true));

        var first = await Probes.Observe(Kind, options, context);
        File.WriteAllText(Path.Combine(repo.Path, "checkpoints", "model.pt"), "v2 weights");
        var second = await Probes.Observe(Kind, options, context);

        Assert.True(File.Exists(Path.Combine(repo.Path, "releases", "manifest_v2.0.0.json")));
        Assert.Equal(Value.Of(0), first.Observations["failures"]);
        Assert.Contains("PASS manifest — wrote ", first.Output, StringComparison.Ordinal);
        Assert.Equal(Value.Of(1), second.Observations["drift"]);
        Assert.Contains("FAIL checkpoints/model.pt — sha256 was ", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_without_a_version_is_an_error_that_says_to_pass_one()
    {
        using var folder = new TempFolder();

        var result = await Probes.Observe(Kind, TestOptions.Of(("write", true)), Probes.Context(folder.Path));

        Assert.StartsWith("write: true needs the release version: run with --version", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_that_is_not_json_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.json"), "{ nope");

        var result = await Probes.Observe(Kind, TestOptions.Of(("manifest", "m.json")), Probes.Context(folder.Path));

        Assert.StartsWith(folder.File("m.json") + ":1: not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Globs_outside_the_folder_are_refused_at_load_time()
    {
        var diagnostics = TestOptions.Validate(Kind, TestOptions.Of(("files", new[] { "../x/*.pt" })));

        Assert.Contains(diagnostics.Items, d => d.Message.Contains("leaves the project's root", StringComparison.Ordinal));
    }
}
