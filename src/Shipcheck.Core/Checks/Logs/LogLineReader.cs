using System.Buffers;
using System.Text;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Streams a file's lines in fixed-size chunks, so a gigabyte costs the same memory as a kilobyte. Reads only up to
/// the length seen when opening (a log still being written is not chased); a file cut shorter meanwhile just ends
/// early. Lines end at LF with an optional CR; invalid UTF-8 becomes U+FFFD.
/// </summary>
internal static class LogLineReader
{
    /// <summary>Bytes kept of one line; the rest of a longer line is dropped (it still counts as one line).</summary>
    public const int MaxLineBytes = 64 * 1024;

    private const int ChunkSize = 256 * 1024;

    /// <summary>Calls <paramref name="onLine"/> with each line and its 1-based number; IO errors and cancellation propagate.</summary>
    public static async Task ReadAsync(string path, Action<string, long> onLine, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var line = new LineBuffer();
        long number = 0;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var remaining = stream.Length;
            int read;
            while (remaining > 0 && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(ChunkSize, remaining)), cancellationToken)) > 0)
            {
                remaining -= read;
                var data = chunk.AsSpan(0, read);
                int newline;
                while ((newline = data.IndexOf((byte)'\n')) >= 0)
                {
                    line.Append(data[..newline]);
                    onLine(line.TakeText(), ++number);
                    data = data[(newline + 1)..];
                }
                line.Append(data);
            }
            if (line.HasContent)
            {
                onLine(line.TakeText(), ++number);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The bytes of the line being read, capped at <see cref="MaxLineBytes"/>.</summary>
    internal sealed class LineBuffer
    {
        private readonly byte[] _bytes = new byte[MaxLineBytes];
        private int _count;
        private bool _started;

        public bool HasContent => _started;

        public void Append(ReadOnlySpan<byte> data)
        {
            _started |= !data.IsEmpty;
            var take = Math.Min(data.Length, _bytes.Length - _count);
            data[..take].CopyTo(_bytes.AsSpan(_count));
            _count += take;
        }

        public string TakeText()
        {
            var bytes = _bytes.AsSpan(0, _count);
            if (bytes is [.., (byte)'\r'])
            {
                bytes = bytes[..^1];
            }
            var text = Encoding.UTF8.GetString(bytes);
            _count = 0;
            _started = false;
            return text;
        }
    }
}
