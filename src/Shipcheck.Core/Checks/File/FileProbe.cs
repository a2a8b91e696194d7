using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Files;

/// <summary>Looks at a <c>file</c> step's file once. A missing file is an observation; an unreadable one an error.</summary>
public sealed class FileProbe(FileOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var path = context.ResolvePath(context.Render(options.Path));
        var needle = options.Contains is null ? null : context.Render(options.Contains);
        if (Directory.Exists(path))
        {
            return ProbeResult.Failed($"{path} is a directory, not a file");
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new ProbeResult(Missing(), $"{path} does not exist");
        }
        var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        FileScan scan;
        try
        {
            scan = await FileScan.ReadAsync(path, needle, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"reading {path} was cancelled (timeout or interrupt)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProbeResult.Failed($"cannot read {path}: {e.Message}");
        }
        var observations = new Observations()
            .Set("exists", Value.Of(true))
            .Set("size", Value.OfSize(scan.Size))
            .Set("modified", Value.Of(modified))
            .Set("age", Value.Of(context.Time.GetUtcNow() - modified))
            .Set("sha256", Value.Of(scan.Sha256))
            .Set("content", Value.Of(scan.Content))
            .Set("contains", Value.Of(scan.Found));
        return new ProbeResult(observations, Evidence(path, scan));
    }

    private static string Evidence(string path, FileScan scan)
    {
        var content = new HeadTailBuffer();
        content.Append(scan.Content);
        return $"{path}: {Sizes.Format(scan.Size)}, sha256 {scan.Sha256}\n{content}";
    }

    private static Observations Missing() => new Observations()
        .Set("exists", Value.Of(false))
        .Set("size", Value.Null)
        .Set("modified", Value.Null)
        .Set("age", Value.Null)
        .Set("sha256", Value.Null)
        .Set("content", Value.Null)
        .Set("contains", Value.Of(false));
}
