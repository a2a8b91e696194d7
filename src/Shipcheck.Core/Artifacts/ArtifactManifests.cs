using System.Security.Cryptography;
using System.Text;
using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// Makes and writes release manifests: the entry point of the <c>artifacts</c> kind and the <c>release</c> command.
/// </summary>
public static class ArtifactManifests
{
    /// <summary>
    /// Hashes the files the request's globs choose (in parallel, streamed), asks the Docker engine about its images and
    /// git about the commit, branch and tag. Never throws for what it finds; only an invalid version or glob
    /// (<see cref="ArgumentException"/>, check them first with <see cref="ReleaseVersion.Normalize"/> and
    /// <see cref="ArtifactGlobs.Problem"/>) or cancellation.
    /// </summary>
    public static async Task<ManifestBuild> CreateAsync(ManifestRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        var version = ReleaseVersion.Normalize(request.Version, out var versionError) ?? throw new ArgumentException(versionError, nameof(request));
        var globs = ArtifactGlobs.Parse(request.Files);
        var findings = new List<Finding>();
        var (files, hashed) = await HashAsync(request.Root, globs, findings, cancellationToken);
        var (images, imageFindings) = await ImageDigests.InspectAsync(request.Images, request.DockerEndpoint, request.Environment, cancellationToken);
        findings.AddRange(imageFindings);
        var (git, gitFindings) = await ArtifactGit.DescribeAsync(request.Root, version, cancellationToken);
        findings.AddRange(gitFindings);
        var createdAt = time.GetUtcNow();
        var manifest = new ArtifactManifest(version, createdAt.AddTicks(-(createdAt.Ticks % TimeSpan.TicksPerSecond)), git,
            globs.Sources, [.. hashed.Where(h => h.Sha256 is not null).Select(h => h.ToEntry())], images);
        return new ManifestBuild(manifest, findings);
    }

    /// <summary>
    /// Finds and hashes the files <paramref name="globs"/> choose under <paramref name="root"/>; adds a finding per file
    /// (and per folder that could not be listed) to <paramref name="findings"/>.
    /// </summary>
    public static async Task<(IReadOnlyList<ArtifactFile> Files, IReadOnlyList<FileHash> Hashes)> HashAsync(
        string root, ArtifactGlobs globs, List<Finding> findings, CancellationToken cancellationToken)
    {
        var (files, problems) = ArtifactFiles.Find(root, globs, cancellationToken);
        findings.AddRange(problems);
        var hashes = await FileHasher.HashAllAsync(files, cancellationToken);
        findings.AddRange(hashes.Select(h => h.Error is null
            ? Finding.Pass(h.File.RelativePath, $"sha256 {h.Sha256![..12]}…, {h.Size} bytes")
            : Finding.Fail(h.File.RelativePath, h.Error)));
        if (files.Count == 0)
        {
            findings.Add(Finding.Warn("files", $"no file under {root} matches {string.Join(", ", globs.Sources)}; the manifest lists none: check the globs"));
        }
        return (files, hashes);
    }

    /// <summary>
    /// Writes <c>manifest_vX.Y.Z.json</c> and <c>manifest_vX.Y.Z.sha256</c> (the sha256sum line of the JSON, so
    /// <c>sha256sum -c</c> accepts it from that folder) into <paramref name="releasesDirectory"/>, made when missing.
    /// Each file is written to a temporary name and moved into place, so a reader never sees half a manifest.
    /// Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the folder cannot be written.
    /// </summary>
    public static async Task<(string JsonPath, string ShaPath)> WriteAsync(ArtifactManifest manifest, string releasesDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(releasesDirectory);
        var jsonName = ReleaseVersion.ManifestFileName(manifest.Version);
        var jsonPath = Path.Combine(releasesDirectory, jsonName);
        var shaPath = Path.Combine(releasesDirectory, ReleaseVersion.ChecksumFileName(manifest.Version));
        var json = ManifestJson.Write(manifest);
        await WriteReplacingAsync(jsonPath, json, cancellationToken);
        await WriteReplacingAsync(shaPath, Encoding.UTF8.GetBytes(ChecksumLine(json, jsonName)), cancellationToken);
        return (jsonPath, shaPath);
    }

    /// <summary><c>3f2a…  manifest_v1.2.0.json\n</c>: sha256sum's text-mode line.</summary>
    public static string ChecksumLine(byte[] content, string fileName) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(content))}  {fileName}\n";

    private static async Task WriteReplacingAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
