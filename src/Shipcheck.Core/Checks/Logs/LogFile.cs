using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// One log file held open for the whole observation: whatever rotation renames or creates meanwhile, the step reads
/// the files it listed, each up to the length it had when opened. <c>.gz</c> files are read decompressed.
/// </summary>
internal sealed class LogFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly List<Stream> _streams = [];

    private LogFile(string path, string shown, SafeFileHandle handle)
    {
        Path = path;
        Shown = shown;
        _handle = handle;
        Length = RandomAccess.GetLength(handle);
        LastWriteUtc = new DateTimeOffset(File.GetLastWriteTimeUtc(handle), TimeSpan.Zero);
        Identity = FileIdentity.Of(handle);
        Compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The full path it was opened by.</summary>
    public string Path { get; }

    /// <summary>The path as evidence shows it.</summary>
    public string Shown { get; }

    /// <summary>Bytes when opened (compressed bytes for a <c>.gz</c>); reading stops there.</summary>
    public long Length { get; }

    /// <summary>When it was last written, as of opening.</summary>
    public DateTimeOffset LastWriteUtc { get; }

    /// <summary>Its device and inode, when the system tells them.</summary>
    public FileIdentity? Identity { get; }

    /// <summary>True for a gzip file, read through <see cref="GZipStream"/>.</summary>
    public bool Compressed { get; }

    /// <summary>Opens <paramref name="path"/>; null when it is gone (rotated away or deleted since it was listed).</summary>
    public static LogFile? Open(string path, string shown)
    {
        try
        {
            return new LogFile(path, shown, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Reads at <paramref name="offset"/>, never past <see cref="Length"/>; 0 at the end.</summary>
    /// <remarks>
    /// A plain read on the calling thread: an asynchronous read of a regular file is the same read handed to another
    /// thread, and that hop, once per block, cost more than the read itself out of the page cache.
    /// </remarks>
    public ValueTask<int> ReadAtAsync(Memory<byte> buffer, long offset, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var wanted = (int)Math.Min(buffer.Length, Length - offset);
        return ValueTask.FromResult(wanted <= 0 ? 0 : RandomAccess.Read(_handle, buffer.Span[..wanted], offset));
    }

    /// <summary>The number of the line that holds byte <paramref name="offset"/>: one more than the '\n' before it.</summary>
    public long LineNumberAt(long offset)
    {
        var buffer = new byte[64 * 1024];
        long newlines = 0;
        for (long at = 0; at < offset;)
        {
            var read = RandomAccess.Read(_handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, offset - at)), at);
            if (read == 0)
            {
                break;
            }
            newlines += buffer.AsSpan(0, read).Count((byte)'\n');
            at += read;
        }
        return newlines + 1;
    }

    /// <summary>Where the first line that starts at or after <paramref name="offset"/> starts; <see cref="Length"/> when none does.</summary>
    public async Task<long> NextLineStartAsync(long offset, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        for (var at = offset - 1; at < Length;)
        {
            if (at < 0)
            {
                return 0;
            }
            var read = await ReadAtAsync(buffer, at, cancellationToken);
            if (read == 0)
            {
                break;
            }
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return at + newline + 1;
            }
            at += read;
        }
        return Length;
    }

    /// <summary>The raw bytes from <paramref name="from"/> up to <paramref name="to"/> (by default <see cref="Length"/>).</summary>
    public LogByteSource Bytes(long from, long? to = null)
    {
        var offset = from;
        var end = Math.Min(to ?? Length, Length);
        return async (buffer, cancellationToken) =>
        {
            var read = offset >= end ? 0 : await ReadAtAsync(buffer[..(int)Math.Min(buffer.Length, end - offset)], offset, cancellationToken);
            offset += read;
            return read;
        };
    }

    /// <summary>The lines' bytes: decompressed for a <c>.gz</c>, else the raw bytes from <paramref name="from"/>.</summary>
    public LogByteSource Content(long from = 0)
    {
        if (!Compressed)
        {
            return Bytes(from);
        }
        var gzip = new GZipStream(new HandleStream(_handle, Length), CompressionMode.Decompress);
        _streams.Add(gzip);
        return (buffer, cancellationToken) => gzip.ReadAsync(buffer, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _streams.ForEach(s => s.Dispose());
        _handle.Dispose();
    }
}
