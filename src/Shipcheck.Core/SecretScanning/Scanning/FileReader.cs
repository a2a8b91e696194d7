using System.Buffers;
using System.Text;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Reads one file for scanning into pooled buffers: the size is checked before opening (a 2 GB file is never read),
/// a NUL byte in the first 8 KiB means binary, and bytes that are not UTF-8 become U+FFFD so a Latin-1 file is still
/// scanned. A read error becomes a skip with the reason, never an exception.
/// </summary>
internal static class FileReader
{
    private const int BinaryProbe = 8 * 1024;

    public static (FileText? Text, long Bytes, SkippedFile? Skip) Read(string root, string relative, long maxSize)
    {
        var full = Path.Combine(root, relative);
        byte[]? bytes = null;
        try
        {
            var size = new FileInfo(full).Length;
            if (size > maxSize)
            {
                return (null, 0, new SkippedFile(relative, SkipReason.TooLarge,
                    $"{size:N0} bytes, over the {maxSize:N0}-byte limit; not read (raise the limit or allowlist the path)"));
            }
            if (size == 0)
            {
                // Nothing to scan, and opening a FIFO (which also reports 0 bytes) would wait for a writer forever.
                return (new FileText(ArrayPool<char>.Shared.Rent(1), 0), 0, null);
            }
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            // One byte more than allowed tells a file that grew since it was measured.
            bytes = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxSize + 1, Math.Max(size, 1) + 1));
            var length = ReadUpTo(stream, bytes);
            if (length > maxSize)
            {
                return (null, 0, new SkippedFile(relative, SkipReason.TooLarge, $"grew past the {maxSize:N0}-byte limit while being read; not scanned"));
            }
            if (bytes.AsSpan(0, Math.Min(length, BinaryProbe)).Contains((byte)0))
            {
                return (null, 0, new SkippedFile(relative, SkipReason.Binary, "binary (a NUL byte in the first 8 KiB)"));
            }
            return (Decode(bytes, length), length, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, 0, new SkippedFile(relative, SkipReason.Unreadable, $"cannot read: {e.Message.TrimEnd('.')}; check its permissions"));
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        return total;
    }

    private static FileText Decode(byte[] bytes, int length)
    {
        var start = bytes.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(length - start, 1));
        var count = Encoding.UTF8.GetChars(bytes, start, length - start, chars, 0);
        return new FileText(chars, count);
    }
}
