using System.Security.Cryptography;
using System.Text;
using Shipcheck.Core.Checks.Files;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Files;

public sealed class FileProbeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Observes_size_hash_content_and_age_of_a_file()
    {
        var path = _folder.File("VERSION");
        await File.WriteAllTextAsync(path, "2.4.1\n", TestContext.Current.CancellationToken);
        var modified = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(path, modified.UtcDateTime);
        var context = Probes.Context(_folder.Path, time: new FixedTime(modified.AddMinutes(90)));

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "VERSION")), context);

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("exists"));
        Assert.Equal(Value.OfSize(6), result.Observations["size"]);
        Assert.Equal(Value.Of(modified), result.Observations["modified"]);
        Assert.Equal(TimeSpan.FromMinutes(90), result.Observations.Duration("age"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("2.4.1\n"u8)), result.Observations.Text("sha256"));
        Assert.Equal("2.4.1\n", result.Observations.Text("content"));
        Assert.False(result.Observations.Flag("contains"));
    }

    [Fact]
    public async Task Observes_a_missing_file_as_not_existing_rather_than_an_error()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "missing.log"), ("contains", "started")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("exists"));
        Assert.False(result.Observations.Flag("contains"));
        Assert.Equal(Value.Null, result.Observations["size"]);
        Assert.Equal($"{_folder.File("missing.log")} does not exist", result.Output);
    }

    [Fact]
    public async Task Fails_when_the_path_is_a_directory()
    {
        Directory.CreateDirectory(_folder.File("logs"));

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "logs")), Probes.Context(_folder.Path));

        Assert.Equal($"{_folder.File("logs")} is a directory, not a file", result.Error);
    }

    [Fact]
    public async Task Fails_when_the_file_exists_but_cannot_be_read()
    {
        // Reading a process's memory from offset 0 fails even for root: a real unreadable file on any Linux.
        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "/proc/self/mem")), Probes.Context(_folder.Path));

        Assert.StartsWith("cannot read /proc/self/mem: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("service started on :8080", true)]
    [InlineData("service crashed", false)]
    public async Task Observes_whether_the_file_contains_the_text(string needle, bool expected)
    {
        await File.WriteAllTextAsync(_folder.File("service.log"), "boot\nservice started on :8080\nready\n", TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "service.log"), ("contains", needle)), Probes.Context(_folder.Path));

        Assert.Equal(expected, result.Observations.Flag("contains"));
    }

    [Fact]
    public async Task Renders_variables_in_path_and_contains()
    {
        await File.WriteAllTextAsync(_folder.File("release-7.txt"), "deployed 7", TestContext.Current.CancellationToken);
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["version"] = "7" });

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "release-${version}.txt"), ("contains", "deployed ${version}")), context);

        Assert.True(result.Observations.Flag("contains"));
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(-1)]
    [InlineData(0)]
    public async Task Finds_text_that_straddles_two_read_chunks(int offsetFromBoundary)
    {
        var needle = "NEEDLE-ACROSS";
        var start = FileScan.ChunkSize + offsetFromBoundary;
        var bytes = new byte[FileScan.ChunkSize * 2];
        bytes.AsSpan().Fill((byte)'.');
        Encoding.ASCII.GetBytes(needle).CopyTo(bytes, start);
        await File.WriteAllBytesAsync(_folder.File("big.log"), bytes, TestContext.Current.CancellationToken);

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", "big.log"), ("contains", needle)), Probes.Context(_folder.Path));

        Assert.True(result.Observations.Flag("contains"));
    }

    [Fact]
    public async Task Hashes_a_large_file_in_one_streamed_pass()
    {
        var path = _folder.File("artifact.bin");
        await WritePatternFile(path, 50 * 1024 * 1024);
        string expected;
        await using (var stream = File.OpenRead(path))
        {
            expected = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, TestContext.Current.CancellationToken));
        }

        var result = await Probes.Observe(_kind, TestOptions.Of(("path", path), ("contains", "no such text")), Probes.Context(_folder.Path));

        Assert.Equal(expected, result.Observations.Text("sha256"));
        Assert.Equal(Value.OfSize(50 * 1024 * 1024), result.Observations["size"]);
        Assert.Equal(64 * 1024, result.Observations.Text("content").Length);
        Assert.False(result.Observations.Flag("contains"));
    }

    private static async Task WritePatternFile(string path, int size)
    {
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 4096).Select(i => (char)('a' + (i % 26)))));
        await using var stream = File.Create(path);
        for (var written = 0; written < size; written += block.Length)
        {
            await stream.WriteAsync(block, TestContext.Current.CancellationToken);
        }
    }
}
