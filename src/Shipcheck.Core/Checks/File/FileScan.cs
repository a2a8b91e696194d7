using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Shipcheck.Core.Checks.Output;

namespace Shipcheck.Core.Checks.Files;

/// <summary>
/// One pass over a file in fixed-size chunks: SHA-256, the first 64 KiB as text, and a search for a needle that may
/// straddle two chunks. Memory stays bounded whatever the file's size.
/// </summary>
internal sealed class FileScan
{
    /// <summary>Bytes of content kept as text.</summary>
    public const int ContentLimit = 64 * 1024;

    /// <summary>Bytes read at a time.</summary>
    internal const int ChunkSize = 1024 * 1024;

    private readonly byte[]? _needle;
    private readonly byte[] _content = new byte[ContentLimit];
    private int _contentCount;
    private byte[] _carry = [];

    private FileScan(string? needle) => _needle = needle is null ? null : Encoding.UTF8.GetBytes(needle);

    /// <summary>Bytes read.</summary>
    public long Size { get; private set; }

    /// <summary>The SHA-256 in lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The first <see cref="ContentLimit"/> bytes as UTF-8, without a character cut in half.</summary>
    public string Content => Encoding.UTF8.GetString(Utf8Edges.WithoutCutEnd(_content.AsSpan(0, _contentCount)));

    /// <summary>True when the needle was found (always false without one).</summary>
    public bool Found { get; private set; }

    /// <summary>Reads <paramref name="path"/> once; IO errors and cancellation propagate.</summary>
    public static async Task<FileScan> ReadAsync(string path, string? needle, CancellationToken cancellationToken)
    {
        var scan = new FileScan(needle);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 0, System.IO.FileOptions.Asynchronous | System.IO.FileOptions.SequentialScan);
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                scan.Take(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        scan.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        return scan;
    }

    private void Take(ReadOnlySpan<byte> data)
    {
        Size += data.Length;
        var toContent = Math.Min(ContentLimit - _contentCount, data.Length);
        data[..toContent].CopyTo(_content.AsSpan(_contentCount));
        _contentCount += toContent;
        Search(data);
    }

    private void Search(ReadOnlySpan<byte> data)
    {
        if (_needle is null || Found)
        {
            return;
        }
        if (_needle.Length == 0)
        {
            Found = true;
            return;
        }
        var keep = _needle.Length - 1;
        if (data.IndexOf(_needle) >= 0)
        {
            Found = true;
            return;
        }
        // A match may straddle the boundary: the previous chunk's last bytes joined to this chunk's first ones.
        byte[] boundary = [.. _carry, .. data[..Math.Min(keep, data.Length)]];
        Found = boundary.AsSpan().IndexOf(_needle) >= 0;
        _carry = data.Length >= keep ? data[^keep..].ToArray() : [.. boundary[Math.Max(0, boundary.Length - keep)..]];
    }
}
