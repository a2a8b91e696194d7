using System.Text;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// Recomputes what a manifest recorded and names every drift: the manifest's own checksum, each file's size and
/// SHA-256 (changed, missing, new under the same globs), each image's id and digests (when the engine can be reached),
/// and the commit the tag names.
/// </summary>
public static class ManifestVerifier
{
    /// <summary>Checks <paramref name="manifestPath"/> against the tree at <paramref name="root"/>.</summary>
    public static async Task<ManifestVerification> VerifyAsync(
        string manifestPath, string root, string? dockerEndpoint, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var (manifest, error) = await ManifestReader.ReadAsync(manifestPath, cancellationToken);
        if (manifest is null)
        {
            return ManifestVerification.Unreadable(error!);
        }
        var findings = new List<Finding> { await ChecksumAsync(manifestPath, cancellationToken) };
        var hashes = await FilesAsync(manifest, root, findings, cancellationToken);
        await ImagesAsync(manifest, dockerEndpoint, environment, findings, cancellationToken);
        findings.Add(await TagAsync(manifest, root, cancellationToken));
        return new ManifestVerification(manifest, null, findings, hashes);
    }

    /// <summary>
    /// The root a manifest's paths are relative to when none is given: the folder holding its <c>releases/</c> folder,
    /// where <see cref="ArtifactManifests.WriteAsync"/> puts it; for a manifest elsewhere, <paramref name="currentDirectory"/>.
    /// </summary>
    public static string DefaultRoot(string manifestPath, string currentDirectory)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath, currentDirectory));
        return folder is not null && Path.GetFileName(folder) == ReleaseVersion.ReleasesFolder && Path.GetDirectoryName(folder) is { } root
            ? root
            : currentDirectory;
    }

    /// <summary><c>3f2a…</c>: the start of a hash, enough to tell two apart in a message.</summary>
    public static string Short(string sha256) => sha256.Length > 4 ? sha256[..4] + "…" : sha256;

    private static async Task<Finding> ChecksumAsync(string manifestPath, CancellationToken cancellationToken)
    {
        var shaPath = ReleaseVersion.ChecksumPathFor(manifestPath);
        var name = Path.GetFileName(shaPath);
        string recorded;
        try
        {
            recorded = await File.ReadAllTextAsync(shaPath, Encoding.UTF8, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Finding.Fail(name, $"no {name} beside the manifest, so its own integrity cannot be checked: write the manifest again (it writes both)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Finding.Fail(name, $"cannot read {name}: {e.Message}");
        }
        var expected = recorded.Split([' ', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
        var actual = ArtifactManifests.ChecksumLine(await File.ReadAllBytesAsync(manifestPath, cancellationToken), "").Split(' ')[0];
        return expected == actual
            ? Finding.Pass(name, $"the manifest's sha256 is the one recorded ({Short(actual)})")
            : Finding.Fail(name, $"the manifest changed after it was written: sha256 was {Short(expected)}, now {Short(actual)}");
    }

    private static async Task<IReadOnlyList<FileHash>> FilesAsync(ArtifactManifest manifest, string root, List<Finding> findings, CancellationToken cancellationToken)
    {
        var recorded = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        // The recorded files are checked whether or not the globs still choose them; new files are those the globs choose now.
        var found = manifest.Globs.Count == 0 || manifest.Globs.Any(g => ArtifactGlobs.Problem(g) is not null)
            ? []
            : ArtifactFiles.Find(root, ArtifactGlobs.Parse(manifest.Globs), cancellationToken).Files;
        var onDisk = found.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var files = manifest.Files.Where(f => !onDisk.Contains(f.Path)).Select(f => new ArtifactFile(Path.Combine(root, f.Path), f.Path))
            .Concat(found).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var hashes = await FileHasher.HashAllAsync(files, cancellationToken);
        foreach (var hash in hashes)
        {
            findings.Add(recorded.TryGetValue(hash.File.RelativePath, out var entry)
                ? Compare(entry, hash)
                : Finding.Fail(hash.File.RelativePath, $"not in the manifest: new since it was written (matches {string.Join(", ", manifest.Globs)})"));
        }
        return hashes;
    }

    private static Finding Compare(ManifestFile entry, FileHash now)
    {
        if (now.Error is not null)
        {
            return File.Exists(now.File.FullPath) || new FileInfo(now.File.FullPath).LinkTarget is not null
                ? Finding.Fail(entry.Path, $"in the manifest, but {now.Error}")
                : Finding.Fail(entry.Path, "missing: in the manifest, not on disk");
        }
        var changes = new List<string>();
        if (now.Size != entry.Size)
        {
            changes.Add($"size was {entry.Size} bytes, now {now.Size}");
        }
        if (now.Sha256 != entry.Sha256)
        {
            changes.Add($"sha256 was {Short(entry.Sha256)}, now {Short(now.Sha256!)}");
        }
        return changes.Count == 0
            ? Finding.Pass(entry.Path, $"unchanged ({entry.Size} bytes, sha256 {Short(entry.Sha256)})")
            : Finding.Fail(entry.Path, string.Join("; ", changes));
    }

    private static async Task ImagesAsync(
        ArtifactManifest manifest, string? dockerEndpoint, Func<string, string?> environment, List<Finding> findings, CancellationToken cancellationToken)
    {
        var (images, inspected) = await ImageDigests.InspectAsync([.. manifest.Images.Select(i => i.Name)], dockerEndpoint, environment, cancellationToken);
        var now = images.ToDictionary(i => i.Name, StringComparer.Ordinal);
        // Unreachable engine, bad endpoint, missing image: already said by the inspection.
        findings.AddRange(inspected.Where(f => f.Status != FindingStatus.Pass));
        foreach (var image in manifest.Images.Where(i => now.ContainsKey(i.Name)))
        {
            var current = now[image.Name];
            var changes = new List<string>();
            if (current.Id != image.Id)
            {
                changes.Add($"id was {ImageDigests.Short(image.Id)}, now {ImageDigests.Short(current.Id)}");
            }
            if (!current.Digests.SequenceEqual(image.Digests, StringComparer.Ordinal))
            {
                changes.Add($"digests were [{string.Join(", ", image.Digests.Select(ImageDigests.Short))}], now [{string.Join(", ", current.Digests.Select(ImageDigests.Short))}]");
            }
            findings.Add(changes.Count == 0
                ? Finding.Pass(image.Name, $"unchanged (id {ImageDigests.Short(image.Id)})")
                : Finding.Fail(image.Name, string.Join("; ", changes)));
        }
    }

    private static async Task<Finding> TagAsync(ArtifactManifest manifest, string root, CancellationToken cancellationToken)
    {
        if (manifest.Git.Tag is not { } tag || manifest.Git.Commit is not { } commit)
        {
            return Finding.Warn("tag", "the manifest records no tag and commit, so the release's commit cannot be checked");
        }
        var (repository, error) = await GitRepository.OpenAsync(root, cancellationToken);
        if (repository is null)
        {
            return Finding.Warn("tag", $"{error}; the commit of {tag} is not checked");
        }
        try
        {
            var now = await repository.TagCommitAsync(tag, cancellationToken);
            return now is null ? Finding.Fail(tag, $"tag {tag} no longer exists (it was at {commit[..Math.Min(12, commit.Length)]}): restore it, or write a new manifest")
                : now != commit ? Finding.Fail(tag, $"tag {tag} was at {commit[..Math.Min(12, commit.Length)]}, now at {now[..Math.Min(12, now.Length)]}")
                : Finding.Pass(tag, $"still at {commit[..Math.Min(12, commit.Length)]}");
        }
        catch (GitException e)
        {
            return Finding.Warn("tag", $"{e.Message}; the commit of {tag} is not checked");
        }
    }
}
