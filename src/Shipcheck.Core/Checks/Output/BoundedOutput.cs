namespace Shipcheck.Core.Checks.Output;

/// <summary>
/// Keeps a whole stream up to a limit, because JSON (or a list of files) cannot be parsed from head and tail; past the limit it keeps
/// reading (so the program never blocks on a full pipe) but stores nothing more and says so.
/// </summary>
internal sealed class BoundedOutput(int limit)
{
    private const int ChunkSize = 64 * 1024;

    private readonly MemoryStream _kept = new();

    /// <summary>True when the stream was longer than the limit; <see cref="Bytes"/> is then incomplete.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>What was kept.</summary>
    public ReadOnlyMemory<byte> Bytes => _kept.GetBuffer().AsMemory(0, (int)_kept.Length);

    /// <summary>Reads <paramref name="source"/> to its end; cancellation or a closed pipe ends it quietly.</summary>
    public async Task ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkSize];
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                Overflowed |= _kept.Length + read > limit;
                if (!Overflowed)
                {
                    _kept.Write(chunk, 0, read);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // What was read so far stays; the caller knows whether the program finished.
        }
    }
}
