using System.Buffers;
using System.Security.Cryptography;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// SHA-256 of files, streamed in 1 MiB reads (never a whole file in memory), several files at once (one per core).
/// Within a file the next read runs while the current block is hashed, so one large file is hashed at the speed of the
/// hash rather than of the hash plus the reads.
/// </summary>
public static class FileHasher
{
    /// <summary>Bytes per read.</summary>
    public const int BlockSize = 1 << 20;

    /// <summary>
    /// Hashes every file, at most <paramref name="parallelism"/> (default: the cores) at once; the results are in the
    /// order of <paramref name="files"/>. A file that cannot be read gets an error, never an exception.
    /// </summary>
    public static async Task<IReadOnlyList<FileHash>> HashAllAsync(
        IReadOnlyList<ArtifactFile> files, CancellationToken cancellationToken, int? parallelism = null)
    {
        var results = new FileHash[files.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, parallelism ?? Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (i, token) =>
            results[i] = await HashAsync(files[i], token));
        return results;
    }

    /// <summary>Hashes one file.</summary>
    public static async Task<FileHash> HashAsync(ArtifactFile file, CancellationToken cancellationToken)
    {
        var current = ArrayPool<byte>.Shared.Rent(BlockSize);
        var next = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            // FileShare.ReadWrite | Delete: a file being written or replaced is read as it is, not refused.
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long offset = 0;
            var read = RandomAccess.Read(handle, current.AsSpan(0, BlockSize), offset);
            while (read > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                offset += read;
                var buffer = next;
                var at = offset;
                var reading = Task.Run(() => RandomAccess.Read(handle, buffer.AsSpan(0, BlockSize), at), cancellationToken);
                hash.AppendData(current, 0, read);
                read = await reading;
                (current, next) = (next, current);
            }
            return new FileHash(file, offset, Convert.ToHexStringLower(hash.GetHashAndReset()), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileHash(file, 0, null, Unreadable(file, e));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    private static string Unreadable(ArtifactFile file, Exception e) => e switch
    {
        UnauthorizedAccessException => $"cannot read {file.RelativePath}: permission denied; check its permissions, or leave it out of the globs",
        FileNotFoundException or DirectoryNotFoundException when new FileInfo(file.FullPath).LinkTarget is { } target =>
            $"cannot read {file.RelativePath}: it is a symbolic link to {target}, which does not exist",
        FileNotFoundException or DirectoryNotFoundException => $"cannot read {file.RelativePath}: it was removed while the files were hashed",
        _ => $"cannot read {file.RelativePath}: {e.Message}",
    };
}
