using System.Buffers;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// Feeds a response stream to an <see cref="ExpositionParser"/> line by line as it arrives, so memory holds one
/// buffer and the parsed families, never the whole body as one string; stops at the first error or past a size limit.
/// </summary>
internal static class ExpositionReader
{
    private const int InitialBuffer = 64 * 1024;

    /// <summary>How the reading ended.</summary>
    /// <param name="Bytes">Bytes read.</param>
    /// <param name="TooLarge">True when the body was longer than the limit (reading stopped there).</param>
    /// <param name="Head">The first bytes of the body as text, to show what came instead of metrics.</param>
    public sealed record Outcome(long Bytes, bool TooLarge, string Head);

    private const int HeadBytes = 512;

    public static async Task<Outcome> ReadAsync(Stream body, ExpositionParser parser, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            long total = 0;
            var filled = 0;
            var head = "";
            while (!parser.Failed)
            {
                if (filled == buffer.Length)
                {
                    // One line longer than the buffer: grow it (the size limit bounds how far).
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                if (total == 0)
                {
                    head = System.Text.Encoding.UTF8.GetString(Output.Utf8Edges.WithoutCutEnd(buffer.AsSpan(0, Math.Min(read, HeadBytes))));
                }
                total += read;
                if (total > maxBytes)
                {
                    return new Outcome(total, TooLarge: true, head);
                }
                filled = ParseCompleteLines(parser, buffer, filled + read);
            }
            if (filled > 0 && !parser.Failed)
            {
                parser.ParseLine(buffer.AsSpan(0, filled));
            }
            return new Outcome(total, TooLarge: false, head);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Parses every line that ends in the buffer and moves the unfinished rest to its start; returns its length.
    private static int ParseCompleteLines(ExpositionParser parser, byte[] buffer, int length)
    {
        var data = buffer.AsSpan(0, length);
        var start = 0;
        while (true)
        {
            var end = data[start..].IndexOf((byte)'\n');
            if (end < 0 || !parser.ParseLine(data.Slice(start, end + 1)))
            {
                break;
            }
            start += end + 1;
        }
        data[start..].CopyTo(data);
        return length - start;
    }
}
