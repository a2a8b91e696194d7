using System.Security.Cryptography;
using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Artifacts;

/// <summary>
/// Runs alone: GC.GetTotalAllocatedBytes counts every thread of the process, so a test allocating beside it would be
/// charged to the hasher (CI saw exactly that).
/// </summary>
[CollectionDefinition(nameof(FileHasherMemoryTests), DisableParallelization = true)]
public sealed class FileHasherMemoryCollection;

[Collection(nameof(FileHasherMemoryTests))]
public sealed class FileHasherMemoryTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Streams_a_2_GiB_sparse_file_without_holding_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.pt");
        const long size = 2L << 30;
        using (var stream = File.Create(path))
        {
            stream.SetLength(size); // sparse: costs no disk
        }
        using var zeros = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[1 << 20];
        for (long done = 0; done < size; done += block.Length)
        {
            zeros.AppendData(block);
        }
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var hash = await FileHasher.HashAsync(new ArtifactFile(path, "big.pt"), _ct);

        Assert.Equal(size, hash.Size);
        Assert.Equal(Convert.ToHexStringLower(zeros.GetHashAndReset()), hash.Sha256);
        // The buffers come from the pool; what is allocated per call is small next to the file.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 64L << 20, "hashing allocated as much as a large part of the file");
    }
}
