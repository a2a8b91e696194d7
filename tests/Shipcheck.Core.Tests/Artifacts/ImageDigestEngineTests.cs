using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Tests.Checks.Docker;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Artifacts;

/// <summary>
/// Image ids in the manifest against a real dockerd (the shared engine fixture; images are built FROM scratch there,
/// nothing is pulled): recorded as the engine reports them, and a rebuilt image under the same tag is drift.
/// </summary>
[Collection(DockerEngineCollection.Name)]
public sealed class ImageDigestEngineTests(DockerEngineFixture engine)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Records_the_id_the_engine_reports_and_fails_an_image_it_does_not_have()
    {
        var (images, findings) = await ImageDigests.InspectAsync(
            [DockerEngineFixture.Image, "shipcheck-no-such-image:v9"], engine.Host, _ => null, _ct);

        var image = Assert.Single(images);
        Assert.Equal(DockerEngineFixture.Image, image.Name);
        Assert.Equal(engine.Cli.Run("image", "inspect", "--format", "{{.Id}}", DockerEngineFixture.Image).Trim(), image.Id);
        Assert.Empty(image.Digests); // built here, never pushed or pulled
        Assert.Equal(FindingStatus.Pass, findings.Single(f => f.Name == DockerEngineFixture.Image).Status);
        var missing = findings.Single(f => f.Name == "shipcheck-no-such-image:v9");
        Assert.Equal(FindingStatus.Fail, missing.Status);
        Assert.Contains("has no image shipcheck-no-such-image:v9: build or pull it first", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_rebuilt_after_the_release_is_drift_in_manifest_verify()
    {
        const string Tag = "shipcheck-app:v1-digest-test";
        engine.Cli.Run("tag", DockerEngineFixture.Image, Tag);
        using var repo = new TestRepository();
        repo.Write("models/a.pt", "weights");
        repo.Commit("release");
        repo.Tag("v1.0.0");
        var request = new ManifestRequest(repo.Path, "v1.0.0") { Images = [Tag], DockerEndpoint = engine.Host, Environment = _ => null };
        var build = await ArtifactManifests.CreateAsync(request, TimeProvider.System, _ct);
        var (manifestPath, _) = await ArtifactManifests.WriteAsync(build.Manifest, Path.Combine(repo.Path, "releases"), _ct);
        var before = await ManifestVerifier.VerifyAsync(manifestPath, repo.Path, engine.Host, _ => null, _ct);

        // Someone rebuilds the tag with other content: same name, another image.
        var context = Directory.CreateDirectory(Path.Combine(repo.Path, "image-context")).FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"FROM {DockerEngineFixture.Image}\nCOPY marker /marker\n");
        File.WriteAllText(Path.Combine(context, "marker"), "rebuilt\n");
        engine.Cli.Run("build", "--quiet", "--pull=false", "--tag", Tag, context);
        var after = await ManifestVerifier.VerifyAsync(manifestPath, repo.Path, engine.Host, _ => null, _ct);
        engine.Cli.TryRun("image", "rm", "--force", Tag);

        Assert.Equal(0, before.Drifts);
        Assert.Contains(before.Findings, f => f.Name == Tag && f.Status == FindingStatus.Pass && f.Message.StartsWith("unchanged (id sha256:", StringComparison.Ordinal));
        Assert.Equal(1, after.Drifts);
        var drift = Assert.Single(after.Findings, f => f.Status == FindingStatus.Fail);
        Assert.Equal(Tag, drift.Name);
        Assert.Matches(@"id was sha256:[0-9a-f]{12}…, now sha256:[0-9a-f]{12}…", drift.Message);
    }
}
