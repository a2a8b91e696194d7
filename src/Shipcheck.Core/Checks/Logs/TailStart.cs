using System.Buffers;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>Finds where the last lines of a file start by reading it backwards, so <c>tail</c> never reads the rest.</summary>
internal static class TailStart
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Where the last <paramref name="wanted"/> lines of <paramref name="file"/> after <paramref name="from"/> start, and
    /// how many lines that is (fewer when the stretch has fewer).
    /// </summary>
    public static async Task<(long Start, long Lines)> FindAsync(LogFile file, long from, long wanted, CancellationToken cancellationToken)
    {
        if (file.Length <= from)
        {
            return (file.Length, 0);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            // A final '\n' ends the last line; it does not start another.
            var read = await file.ReadAtAsync(buffer.AsMemory(0, 1), file.Length - 1, cancellationToken);
            var pos = read == 1 && buffer[0] == '\n' ? file.Length - 1 : file.Length;
            long newlines = 0;
            while (pos > from)
            {
                var size = (int)Math.Min(ChunkSize, pos - from);
                pos -= size;
                if (await file.ReadAtAsync(buffer.AsMemory(0, size), pos, cancellationToken) < size)
                {
                    break; // truncated meanwhile: the forward read ends early too
                }
                if (FindNewline(buffer.AsSpan(0, size), wanted, ref newlines) is var at and >= 0)
                {
                    return (pos + at + 1, wanted);
                }
            }
            return (from, newlines + 1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The offset of the newline that makes newlines reach wanted, counting from the chunk's end; -1 when not in it.
    private static int FindNewline(ReadOnlySpan<byte> chunk, long wanted, ref long newlines)
    {
        var end = chunk.Length;
        int at;
        while ((at = chunk[..end].LastIndexOf((byte)'\n')) >= 0)
        {
            if (++newlines == wanted)
            {
                return at;
            }
            end = at;
        }
        return -1;
    }
}
