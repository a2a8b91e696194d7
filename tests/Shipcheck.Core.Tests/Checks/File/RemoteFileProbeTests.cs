using System.Security.Cryptography;
using System.Text;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Files;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Remote;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Files;

public sealed class RemoteFileProbeTests(SshServer server) : IClassFixture<SshServer>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Observes_on_the_host_what_the_local_probe_observes_here()
    {
        var path = _folder.File("VERSION");
        await File.WriteAllTextAsync(path, "2.4.1 started\n", TestContext.Current.CancellationToken);
        var modified = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 250, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(path, modified.UtcDateTime);
        var context = Probes.Context(_folder.Path, time: new FixedTime(modified.AddMinutes(90)));
        var options = TestOptions.Of(("path", path), ("contains", "started"));

        var remote = await Probes.ObserveOn(_kind, server.Host(), options, context);
        var local = await Probes.Observe(_kind, options, context);

        Assert.Null(remote.Error);
        Assert.Equal(local.Observations.ToJson(), remote.Observations.ToJson());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("2.4.1 started\n"u8)), remote.Observations.Text("sha256"));
        Assert.Equal(TimeSpan.FromMinutes(90), remote.Observations.Duration("age"));
        Assert.True(remote.Observations.Flag("contains"));
        Assert.StartsWith($"test-host:{path}: 14B, sha256 ", remote.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_the_first_64_KiB_of_a_large_file_and_hashes_all_of_it()
    {
        var path = _folder.File("big.bin");
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("héllo wörld ", 20_000)) + "needle at the end");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        var options = TestOptions.Of(("path", path), ("contains", "needle at the end"));

        var remote = await Probes.ObserveOn(_kind, server.Host(), options, Probes.Context(_folder.Path));
        var local = await Probes.Observe(_kind, options, Probes.Context(_folder.Path));

        Assert.Equal(Value.OfSize(bytes.Length), remote.Observations["size"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), remote.Observations.Text("sha256"));
        Assert.True(remote.Observations.Flag("contains"));
        Assert.Equal(local.Observations.Text("content"), remote.Observations.Text("content"));
        Assert.DoesNotContain('\uFFFD', remote.Observations.Text("content"));
    }

    [Fact]
    public async Task A_missing_file_is_not_existing_and_a_folder_is_an_error()
    {
        Directory.CreateDirectory(_folder.File("logs"));

        var missing = await Observe(_folder.File("missing.log"));
        var folder = await Observe(_folder.File("logs"));

        Assert.Null(missing.Error);
        Assert.False(missing.Observations.Flag("exists"));
        Assert.Equal(Value.Null, missing.Observations["sha256"]);
        Assert.Equal($"test-host:{_folder.File("missing.log")} does not exist", missing.Output);
        Assert.Equal($"on test-host: {_folder.File("logs")} is a directory, not a file", folder.Error);
    }

    [Fact]
    public async Task A_relative_path_starts_at_the_remote_home_and_a_tilde_is_the_remote_home()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var name = $".shipcheck-remote-file-{Guid.NewGuid():N}";
        await File.WriteAllTextAsync(Path.Combine(home, name), "at home", TestContext.Current.CancellationToken);
        try
        {
            var relative = await Observe(name);
            var tilde = await Observe("~/" + name);

            Assert.Equal("at home", relative.Observations.Text("content"));
            Assert.Equal("at home", tilde.Observations.Text("content"));
        }
        finally
        {
            File.Delete(Path.Combine(home, name));
        }
    }

    [Fact]
    public async Task A_path_with_spaces_and_quotes_is_data_to_the_host()
    {
        var path = _folder.File("it's a \"file\" $(touch pwned).txt");
        await File.WriteAllTextAsync(path, "ok", TestContext.Current.CancellationToken);

        var result = await Observe(path);

        Assert.Equal("ok", result.Observations.Text("content"));
        Assert.False(File.Exists(_folder.File("pwned")));
    }

    [Fact]
    public async Task Refuses_to_look_on_a_host_for_text_with_a_line_break()
    {
        var result = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("path", "x"), ("contains", "two\nlines")), Probes.Context(_folder.Path));

        Assert.Contains("within one line", result.Error);
    }

    private Task<ProbeResult> Observe(string path) =>
        Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("path", path)), Probes.Context(_folder.Path));
}
