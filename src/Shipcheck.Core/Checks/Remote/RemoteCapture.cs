using Shipcheck.Core.Checks.Output;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// Keeps the first <c>limit</c> bytes of a remote script's standard output (what it reports) and its standard error
/// head and tail; the rest of standard output is read and dropped, so memory stays bounded.
/// </summary>
internal sealed class RemoteCapture(int limit)
{
    private readonly MemoryStream _stdout = new();
    private readonly HeadTailBuffer _stderr = new(4096, 4096);

    /// <summary>The standard output kept.</summary>
    public ReadOnlyMemory<byte> Stdout => _stdout.GetBuffer().AsMemory(0, (int)_stdout.Length);

    /// <summary>Standard error, head and tail.</summary>
    public string Stderr => _stderr.ToString().Trim();

    /// <summary>Reads both streams to their end; usable as the output reader of <see cref="RemoteShell.RunAsync"/>.</summary>
    public Task ReadAsync(Stream stdout, Stream stderr, CancellationToken cancellationToken) =>
        Task.WhenAll(KeepAsync(stdout, cancellationToken), OutputPump.CopyAsync(stderr, [_stderr], cancellationToken));

    private async Task KeepAsync(Stream stdout, CancellationToken cancellationToken)
    {
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stdout.ReadAsync(chunk, cancellationToken)) > 0)
            {
                _stdout.Write(chunk, 0, (int)Math.Min(read, Math.Max(0, limit - _stdout.Length)));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The session ended or the step was stopped; what was read stays.
        }
    }
}
