using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Artifacts;

public sealed class ManifestVerifierTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_untouched_release_has_no_drift()
    {
        using var repo = await Released();

        var verification = await Verify(repo);

        Assert.Equal(0, verification.Drifts);
        Assert.Contains(verification.Findings, f => f is { Name: "v1.0.0", Status: FindingStatus.Pass });
        Assert.Contains(verification.Findings, f => f is { Name: "manifest_v1.0.0.sha256", Status: FindingStatus.Pass });
    }

    [Fact]
    public async Task Names_every_changed_missing_and_new_file()
    {
        using var repo = await Released();
        File.WriteAllText(Path.Combine(repo.Path, "models", "a.pt"), "retrained!");
        File.Delete(Path.Combine(repo.Path, "models", "b.pt"));
        repo.Write("models/c.pt", "new");

        var verification = await Verify(repo);

        var drift = verification.Findings.Where(f => f.Status == FindingStatus.Fail).Select(f => f.ToString()).ToList();
        Assert.Equal(3, verification.Drifts);
        Assert.Matches(@"^FAIL models/a\.pt — size was 1 bytes, now 10; sha256 was [0-9a-f]{4}…, now [0-9a-f]{4}…$", drift[0]);
        Assert.Equal("FAIL models/b.pt — missing: in the manifest, not on disk", drift[1]);
        Assert.StartsWith("FAIL models/c.pt — not in the manifest: new since it was written", drift[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moved_tag_and_an_edited_manifest_are_drift()
    {
        using var repo = await Released();
        var old = repo.Git("rev-parse", "HEAD");
        repo.Write("other.txt", "x");
        var moved = repo.Commit("later");
        repo.Git("tag", "--force", "--annotate", "v1.0.0", "-m", "moved");
        File.AppendAllText(Path.Combine(repo.Path, "releases", "manifest_v1.0.0.json"), "\n");

        var verification = await Verify(repo);

        Assert.Contains(verification.Findings, f => f.ToString() == $"FAIL v1.0.0 — tag v1.0.0 was at {old[..12]}, now at {moved[..12]}");
        Assert.Contains(verification.Findings, f => f.Name == "manifest_v1.0.0.sha256" && f.Message.StartsWith("the manifest changed after it was written", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_checksum_file_is_drift()
    {
        using var repo = await Released();
        File.Delete(Path.Combine(repo.Path, "releases", "manifest_v1.0.0.sha256"));

        var verification = await Verify(repo);

        Assert.Equal(1, verification.Drifts);
        Assert.StartsWith("no manifest_v1.0.0.sha256 beside the manifest", verification.Findings.Single(f => f.Status == FindingStatus.Fail).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_docker_engine_is_a_warning_not_drift()
    {
        using var repo = await Released(images: true);

        var verification = await ManifestVerifier.VerifyAsync(
            Path.Combine(repo.Path, "releases", "manifest_v1.0.0.json"), repo.Path, $"unix://{repo.Path}/no.sock", _ => null, _ct);

        Assert.Equal(0, verification.Drifts);
        var warning = Assert.Single(verification.Findings, f => f.Status == FindingStatus.Warn);
        Assert.Contains("the socket does not exist", warning.Message, StringComparison.Ordinal);
    }

    private Task<ManifestVerification> Verify(TestRepository repo) => ManifestVerifier.VerifyAsync(
        Path.Combine(repo.Path, "releases", "manifest_v1.0.0.json"), repo.Path, $"unix://{repo.Path}/no.sock", _ => null, _ct);

    private async Task<TestRepository> Released(bool images = false)
    {
        var repo = new TestRepository();
        repo.Write("models/a.pt", "a");
        repo.Write("models/b.pt", "b");
        repo.Commit("release");
        repo.Tag("v1.0.0");
        var build = await ArtifactManifests.CreateAsync(new ManifestRequest(repo.Path, "v1.0.0"), TimeProvider.System, _ct);
        var manifest = images ? build.Manifest with { Images = [new ManifestImage("app:v1", "sha256:abc", [])] } : build.Manifest;
        await ArtifactManifests.WriteAsync(manifest, Path.Combine(repo.Path, "releases"), _ct);
        return repo;
    }
}
