using Shipcheck.Core.Checks.ReleaseTag;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.ReleaseTag;

/// <summary>The checkpoints item: judged only when the repository has checkpoints, and then their version file must name the release.</summary>
public sealed class ReleaseTagCheckpointTests : IDisposable
{
    private readonly TestRepository _repo = new();
    private readonly ReleaseTagKind _kind = new();

    public void Dispose() => _repo.Dispose();

    private async Task<string> Lines(params (string Name, object Value)[] options)
    {
        _repo.Commit();
        _repo.Tag("v1.2.3");
        var result = await Probes.Observe(_kind, TestOptions.Of([("version", "v1.2.3"), .. options]), Probes.Context(_repo.Path));
        Assert.Null(result.Error);
        return result.Output!;
    }

    [Theory]
    [InlineData("v1.2.3\n")]
    [InlineData("1.2.3")]
    [InlineData("\uFEFF# written by create_release.sh\r\nVersion: v1.2.3\r\nCommit: abc123de\r\n")]
    [InlineData("version=\"v1.2.3\"\n")]
    public async Task Passes_when_the_checkpoints_version_file_names_the_release(string content)
    {
        _repo.Write("checkpoints/model_epoch_100.pt", "weights");
        _repo.Write("checkpoints/VERSION", content);

        Assert.Contains("PASS checkpoints — checkpoints/VERSION names v1.2.3", await Lines(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_version_file_names_another_release()
    {
        _repo.Write("models/classifier.onnx", "weights");
        _repo.Write("models/VERSION", "v1.2.2\n");

        Assert.Contains("FAIL checkpoints — models/VERSION names v1.2.2, not v1.2.3: the checkpoints belong to another release; write v1.2.3 in it when these are this release's", await Lines(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_checkpoints_have_no_version_file()
    {
        _repo.Write("checkpoints/run1/epoch3/weights.safetensors", "weights");

        Assert.Contains("FAIL checkpoints — checkpoints/VERSION does not exist: `shipcheck release v1.2.3` writes it, or write v1.2.3 in it", await Lines(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_models_folder_of_code_is_not_taken_for_checkpoints()
    {
        _repo.Write("models/user.py", "class User: pass\n");

        Assert.DoesNotContain("checkpoints", await Lines(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_configured_folder_and_version_file_and_fails_a_configured_folder_that_is_missing()
    {
        _repo.Write("artifacts/weights/MODEL_VERSION", "v1.2.3\n");

        Assert.Contains("PASS checkpoints — artifacts/weights/MODEL_VERSION names v1.2.3", await Lines(("checkpoints", "artifacts/weights"), ("version_file", "MODEL_VERSION")), StringComparison.Ordinal);
        var result = await Probes.Observe(_kind, TestOptions.Of(("version", "v1.2.3"), ("checkpoints", "weights")), Probes.Context(_repo.Path));
        Assert.Contains("FAIL checkpoints — the checkpoints folder weights does not exist", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_file_with_no_version_in_it_says_so()
    {
        _repo.Write("checkpoints/VERSION", "\n# nothing yet\n");

        Assert.Contains("FAIL checkpoints — checkpoints/VERSION names no version: write the version in it, like v1.2.3", await Lines(), StringComparison.Ordinal);
    }
}
