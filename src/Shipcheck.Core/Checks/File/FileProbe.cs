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
            return new ProbeResult(FileObservations.Missing(), $"{path} does not exist");
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
        var observations = FileObservations.Present(scan.Size, modified, scan.Sha256, scan.Content, scan.Found, context.Time.GetUtcNow());
        return new ProbeResult(observations, FileObservations.Evidence(path, scan.Size, scan.Sha256, scan.Content));
    }
}
