using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Artifacts;

public sealed class ArtifactManifestsTests
{
    private static readonly FixedTime Time = new(new DateTimeOffset(2026, 12, 2, 14, 30, 5, 250, TimeSpan.Zero));
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Records_files_and_the_tagged_commit_in_a_stable_indented_json()
    {
        using var repo = new TestRepository();
        repo.Write("models/a.pt", "weights-a");
        repo.Write("README.md", "not a weight");
        var commit = repo.Commit("release");
        repo.Tag("v1.2.0");

        var build = await ArtifactManifests.CreateAsync(new ManifestRequest(repo.Path, "1.2.0"), Time, _ct);
        var (jsonPath, _) = await ArtifactManifests.WriteAsync(build.Manifest, Path.Combine(repo.Path, "releases"), _ct);

        Assert.Equal(Path.Combine(repo.Path, "releases", "manifest_v1.2.0.json"), jsonPath);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("weights-a")));
        Assert.Equal(
            $$"""
            {
              "version": "v1.2.0",
              "created_at": "2026-12-02T14:30:05Z",
              "git": {
                "commit": "{{commit}}",
                "branch": "main",
                "tag": "v1.2.0"
              },
              "globs": [
                "*.pt",
                "*.pth",
                "*.bin",
                "*.onnx"
              ],
              "files": [
                {
                  "path": "models/a.pt",
                  "size": 9,
                  "sha256": "{{sha}}"
                }
              ],
              "images": []
            }

            """, await File.ReadAllTextAsync(jsonPath, _ct));
        Assert.DoesNotContain(build.Findings, f => f.Status != FindingStatus.Pass);
    }

    [Fact]
    public async Task The_sha256_file_is_accepted_by_the_real_sha256sum()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("m.onnx"), "model");
        var build = await ArtifactManifests.CreateAsync(new ManifestRequest(folder.Path, "v0.2.0"), Time, _ct);
        var releases = Path.Combine(folder.Path, "releases");
        var (_, shaPath) = await ArtifactManifests.WriteAsync(build.Manifest, releases, _ct);

        Assert.Equal("manifest_v0.2.0.sha256", Path.GetFileName(shaPath));
        Assert.Equal((0, "manifest_v0.2.0.json: OK"), await Sha256SumCheck(releases, "manifest_v0.2.0.sha256"));
        File.AppendAllText(Path.Combine(releases, "manifest_v0.2.0.json"), " ");
        Assert.Equal(1, (await Sha256SumCheck(releases, "manifest_v0.2.0.sha256")).Exit);
    }

    [Fact]
    public async Task A_manifest_reads_back_as_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.bin"), "a");
        var build = await ArtifactManifests.CreateAsync(new ManifestRequest(folder.Path, "v3.0.0-rc.1+build.5"), Time, _ct);
        var manifest = build.Manifest with { Images = [new ManifestImage("app:v3", "sha256:abc", ["app@sha256:def"])] };
        var (jsonPath, _) = await ArtifactManifests.WriteAsync(manifest, folder.Path, _ct);

        var (read, error) = await ManifestReader.ReadAsync(jsonPath, _ct);

        Assert.Null(error);
        Assert.Equal(manifest.Files, read!.Files);
        Assert.Equal(manifest.Git, read.Git);
        Assert.Equal(manifest.CreatedAt, read.CreatedAt);
        Assert.Equal(["app@sha256:def"], read.Images.Single().Digests);
        Assert.Contains(build.Findings, f => f is { Name: "git", Status: FindingStatus.Warn } && f.Message.Contains("not a git repository", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\n  \"version\": \"v1.0.0\",\n  \"files\": [,]\n}", ":3: not valid JSON")]
    [InlineData("{\"version\": \"v1.0.0\", \"created_at\": \"2026-12-02T14:30:05Z\", \"git\": {\"commit\": null, \"branch\": null, \"tag\": null}, \"files\": [{\"path\": \"a\", \"size\": \"9\"}], \"images\": []}", ": files[0].size is a string, not a number")]
    [InlineData("[]", ": the top level is a list, not an object")]
    public async Task A_broken_manifest_is_named_with_its_line_or_field(string text, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("manifest_v1.0.0.json");
        File.WriteAllText(path, text);

        var (manifest, error) = await ManifestReader.ReadAsync(path, _ct);

        Assert.Null(manifest);
        Assert.StartsWith(path + expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2", null)]
    [InlineData("../v1.2.0", null)]
    [InlineData("v1.2.0/..", null)]
    [InlineData("1.2.0", "v1.2.0")]
    [InlineData("v1.2.0-rc.1", "v1.2.0-rc.1")]
    public void Versions_are_semantic_so_they_make_safe_file_names(string text, string? expected)
    {
        Assert.Equal(expected, ReleaseVersion.Normalize(text, out _));
    }

    private async Task<(int Exit, string Output)> Sha256SumCheck(string folder, string file)
    {
        var info = new ProcessStartInfo("sha256sum", ["-c", file]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(_ct);
        await process.WaitForExitAsync(_ct);
        return (process.ExitCode, output.Trim());
    }
}
