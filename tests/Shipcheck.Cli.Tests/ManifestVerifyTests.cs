using Shipcheck.Core.Artifacts;

namespace Shipcheck.Cli.Tests;

/// <summary><c>shipcheck manifest verify</c>: 0 without drift, 1 with, 2 when the manifest cannot be read.</summary>
public sealed class ManifestVerifyTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exits_0_without_drift_and_1_naming_the_changed_file()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("models"));
        folder.Write("models/a.pt", "weights");
        var manifest = await WriteManifestAsync(folder);

        var clean = await RunAsync("manifest", "verify", manifest);
        folder.Write("models/a.pt", "retrained");
        var drifted = await RunAsync("manifest", "verify", manifest);

        Assert.Equal(0, clean.Exit);
        Assert.Contains("no drift (1 files, 0 images, release v1.0.0)", clean.Out, StringComparison.Ordinal);
        Assert.Equal(1, drifted.Exit);
        Assert.Matches(@"FAIL models/a\.pt — size was 7 bytes, now 9; sha256 was [0-9a-f]{4}…, now [0-9a-f]{4}…", drifted.Out);
        Assert.Contains("1 drift from release v1.0.0", drifted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_naming_the_file_and_line_of_a_broken_manifest()
    {
        using var folder = new TempFolder();
        var path = folder.Write("manifest_v1.0.0.json", "{\n  \"version\": \"v1.0.0\",\n  oops\n}");

        var result = await RunAsync("manifest", "verify", path);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"shipcheck: {path}:3: not valid JSON", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_for_a_manifest_that_does_not_exist()
    {
        using var folder = new TempFolder();

        var result = await RunAsync("manifest", "verify", folder.PathOf("releases/manifest_v9.9.9.json"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("does not exist", result.Err, StringComparison.Ordinal);
    }

    private async Task<string> WriteManifestAsync(TempFolder folder)
    {
        var build = await ArtifactManifests.CreateAsync(new ManifestRequest(folder.Path, "v1.0.0"), TimeProvider.System, _ct);
        return (await ArtifactManifests.WriteAsync(build.Manifest, folder.PathOf("releases"), _ct)).JsonPath;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, IsInteractive: false, ColorOut: false, ColorError: false, _ => null);
        var exit = await ShipcheckApp.RunAsync(args, console);
        return (exit, output.ToString(), error.ToString());
    }
}
