using System.Buffers;

namespace Shipcheck.Core.Checks.Output;

/// <summary>Copies a stream into head-and-tail buffers in chunks, so output of any size is read in bounded memory.</summary>
public static class OutputPump
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Reads <paramref name="source"/> to its end (or until cancelled) into every buffer in <paramref name="sinks"/>.
    /// Cancellation ends the copy quietly: what was read so far stays in the buffers.
    /// </summary>
    public static async Task CopyAsync(Stream source, IReadOnlyList<HeadTailBuffer> sinks, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                foreach (var sink in sinks)
                {
                    sink.Append(chunk.AsSpan(0, read));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // A cancelled or closed stream is an ordinary end of output here; the caller decides what it means.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
