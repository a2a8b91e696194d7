using System.Security.Cryptography;
using System.Text;
using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Artifacts;

public sealed class FileHasherTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hashes_files_across_block_boundaries_in_the_order_given()
    {
        using var folder = new TempFolder();
        // Sizes around the 1 MiB block: the double-buffered reads must neither drop nor repeat a byte.
        var sizes = new[] { 0, 1, FileHasher.BlockSize - 1, FileHasher.BlockSize, FileHasher.BlockSize + 1, (3 * FileHasher.BlockSize) + 7 };
        var files = new List<ArtifactFile>();
        var expected = new List<string>();
        foreach (var size in sizes)
        {
            var content = new byte[size];
            new Random(size).NextBytes(content);
            var path = folder.File($"f{size}.bin");
            await File.WriteAllBytesAsync(path, content, _ct);
            files.Add(new ArtifactFile(path, $"f{size}.bin"));
            expected.Add(Convert.ToHexStringLower(SHA256.HashData(content)));
        }

        var hashes = await FileHasher.HashAllAsync(files, _ct);

        Assert.Equal(expected, hashes.Select(h => h.Sha256));
        Assert.Equal(sizes.Select(s => (long)s), hashes.Select(h => h.Size));
        Assert.All(hashes, h => Assert.Null(h.Error));
    }

    [Fact]
    public async Task A_dangling_symlink_is_an_error_naming_its_target_not_an_exception()
    {
        using var folder = new TempFolder();
        var link = folder.File("gone.pt");
        File.CreateSymbolicLink(link, folder.File("nowhere.pt"));

        var hash = await FileHasher.HashAsync(new ArtifactFile(link, "gone.pt"), _ct);

        Assert.Null(hash.Sha256);
        Assert.Contains("gone.pt", hash.Error, StringComparison.Ordinal);
        Assert.Contains("nowhere.pt, which does not exist", hash.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_is_an_error_that_says_what_to_check()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("root reads files whatever their permissions (and Windows has no unix modes)");
            return;
        }
        using var folder = new TempFolder();
        var path = folder.File("secret.bin");
        await File.WriteAllTextAsync(path, "x", Encoding.UTF8, _ct);
        File.SetUnixFileMode(path, UnixFileMode.None);

        var hash = await FileHasher.HashAsync(new ArtifactFile(path, "secret.bin"), _ct);

        Assert.Equal("cannot read secret.bin: permission denied; check its permissions, or leave it out of the globs", hash.Error);
    }
}
