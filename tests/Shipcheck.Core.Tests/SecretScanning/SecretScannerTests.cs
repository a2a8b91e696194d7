using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.SecretScanning.Scanning;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.SecretScanning;

public sealed class SecretScannerTests
{
    private static readonly string AwsKey = PlantedSecrets.AwsKey;

    [Fact]
    public async Task Finds_a_planted_key_at_its_line_and_column_redacted()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("app.py"), $"import os\n\nkey_id = \"{AwsKey}\"\n");
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), CancellationToken.None);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("aws-access-key-id", "app.py", 3, 11, 3, 30), (finding.RuleId, finding.File, finding.StartLine, finding.StartColumn, finding.EndLine, finding.EndColumn));
        Assert.Equal("AKIA…", finding.Secret);
        Assert.Equal("app.py:aws-access-key-id:3", finding.Fingerprint);
        Assert.DoesNotContain(AwsKey, finding.Match);
        Assert.Equal(1, report.FilesScanned);
    }

    [Fact]
    public async Task A_gitleaks_allow_comment_suppresses_the_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.go"), $"x := \"{AwsKey}\" // gitleaks:allow\n");
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), CancellationToken.None);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task Gitleaksignore_fingerprints_are_suppressed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.go"), $"x := \"{AwsKey}\"\n");
        File.WriteAllText(folder.File(".gitleaksignore"), "# known\na.go:aws-access-key-id:1\n");
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), CancellationToken.None);
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.Suppressed);
    }

    [Fact]
    public async Task Binary_files_are_skipped_and_oversized_ones_warned()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("blob.bin"), [.. System.Text.Encoding.ASCII.GetBytes(AwsKey), 0, 1, 2]);
        File.WriteAllText(folder.File("big.txt"), new string('a', 2000) + AwsKey);
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path) { MaxFileSize = 1000 }, CancellationToken.None);
        Assert.Empty(report.Findings);
        Assert.Contains(report.Skipped, s => s is { File: "blob.bin", Reason: SkipReason.Binary });
        var warning = Assert.Single(SecretScanFindings.ToFindings(report));
        Assert.Equal("big.txt", warning.Name);
    }

    [Fact]
    public async Task A_symlink_loop_is_reported_and_the_scan_ends()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.File("a"), folder.File("b"));
        File.CreateSymbolicLink(folder.File("b"), folder.File("a"));
        Directory.CreateSymbolicLink(folder.File("up"), folder.Path);
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), CancellationToken.None);
        Assert.Contains(report.Skipped, s => s is { File: "a", Reason: SkipReason.SymlinkLoop });
        Assert.Contains(report.Skipped, s => s is { File: "up", Reason: SkipReason.DirectorySymlink });
    }

    [Theory]
    [InlineData(@"[[:alnum:]]{3}", "[0-9A-Za-z]{3}")]
    [InlineData(@"(?P<x>a)(b)", "(a)(b)")]
    [InlineData(@"\d+$", @"[0-9]+\z")]
    [InlineData(@"[\w-]", "[0-9A-Za-z_-]")]
    public void Re2_patterns_become_net_ones(string re2, string net) => Assert.Equal(net, Re2Translator.Translate(re2));
}
