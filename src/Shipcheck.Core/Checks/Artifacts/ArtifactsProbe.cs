using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Checks.Artifacts;

/// <summary>
/// Verifies against the step's manifest when it exists; otherwise hashes and reports, and writes the version's manifest
/// when asked. What it cannot read becomes findings; only a step it cannot start (a bad glob or version) is an error.
/// </summary>
public sealed class ArtifactsProbe(ArtifactsOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var globs = options.Files.Count == 0 ? ArtifactGlobs.ModelWeights : [.. options.Files.Select(context.Render)];
        if (globs.Select(ArtifactGlobs.Problem).FirstOrDefault(p => p is not null) is { } problem)
        {
            return ProbeResult.Failed(problem);
        }
        var version = context.Variables.Variable(BuiltInVariables.Version) is { Length: > 0 } given ? ReleaseVersion.Normalize(given, out var versionError) : null;
        if (options.Write && version is null)
        {
            return ProbeResult.Failed(context.Variables.Variable(BuiltInVariables.Version) is { Length: > 0 } bad
                ? $"write: true names the manifest by the version, and {ReleaseVersion.Normalize(bad, out var why) ?? why}"
                : "write: true needs the release version: run with --version vX.Y.Z (or give 'version' a default under vars)");
        }
        var written = version is null ? null : Path.Combine(context.WorkingDirectory, ReleaseVersion.ReleasesFolder, ReleaseVersion.ManifestFileName(version));
        var manifest = options.Manifest is null ? (options.Write ? written : null) : context.ResolvePath(context.Render(options.Manifest));
        var endpoint = options.Endpoint is null ? null : context.Render(options.Endpoint);
        var images = options.Images.Select(context.Render).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        try
        {
            return manifest is not null && File.Exists(manifest)
                ? await VerifyAsync(manifest, endpoint, context, cancellationToken)
                : await HashAsync(new ManifestRequest(context.WorkingDirectory, version ?? "v0.0.0")
                {
                    Files = globs,
                    Images = images,
                    DockerEndpoint = endpoint,
                    Environment = context.Variables.Environment,
                }, manifest, options.Write ? written : null, context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed("the files were still being hashed when the step ended (timeout or interrupt): give the step a longer timeout");
        }
    }

    private static async Task<ProbeResult> VerifyAsync(string manifest, string? endpoint, ProbeContext context, CancellationToken cancellationToken)
    {
        var verification = await ManifestVerifier.VerifyAsync(manifest, context.WorkingDirectory, endpoint, context.Variables.Environment, cancellationToken);
        if (verification.Error is { } error)
        {
            return ProbeResult.Failed(error);
        }
        var hashed = verification.Hashes.Where(h => h.Error is null).ToList();
        return FindingObservations.Result(verification.Findings,
            Own(hashed.Count, hashed.Sum(h => h.Size), verification.Drifts, await HeadAsync(context.WorkingDirectory, cancellationToken)));
    }

    private static async Task<ProbeResult> HashAsync(
        ManifestRequest request, string? manifest, string? writeTo, ProbeContext context, CancellationToken cancellationToken)
    {
        var build = await ArtifactManifests.CreateAsync(request, context.Time, cancellationToken);
        var findings = build.Findings.ToList();
        if (writeTo is not null)
        {
            findings.Add(await WriteAsync(build, writeTo, cancellationToken));
        }
        else if (manifest is not null)
        {
            findings.Add(Finding.Pass("manifest", $"none at {manifest} yet: the files were hashed, not verified"));
        }
        return FindingObservations.Result(findings, Own(build.Manifest.Files.Count, build.Manifest.Bytes, 0, build.Manifest.Git.Commit));
    }

    private static async Task<Finding> WriteAsync(ManifestBuild build, string path, CancellationToken cancellationToken)
    {
        if (build.HasFailures)
        {
            return Finding.Fail("manifest", $"not written: {build.Findings.Count(f => f.Status == FindingStatus.Fail)} items could not be recorded (see above); fix them and run again");
        }
        try
        {
            var (json, sha) = await ArtifactManifests.WriteAsync(build.Manifest, Path.GetDirectoryName(path)!, cancellationToken);
            return Finding.Pass("manifest", $"wrote {json} and {Path.GetFileName(sha)} ({build.Manifest.Files.Count} files, {build.Manifest.Images.Count} images)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Finding.Fail("manifest", $"cannot write {path}: {e.Message}; check the folder is writable");
        }
    }

    private static async Task<string?> HeadAsync(string root, CancellationToken cancellationToken)
    {
        try
        {
            return (await GitRepository.OpenAsync(root, cancellationToken)).Repository is { } repository
                ? await repository.HeadCommitAsync(cancellationToken)
                : null;
        }
        catch (GitException)
        {
            return null;
        }
    }

    private static Observations Own(int files, long bytes, int drift, string? commit) => new Observations()
        .Set("files", Value.Of(files))
        .Set("bytes", Value.OfSize(bytes))
        .Set("drift", Value.Of(drift))
        .Set("commit", Value.Of(commit));
}
