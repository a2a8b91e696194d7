using Shipcheck.Core.SecretScanning;
using Shipcheck.Core.SecretScanning.Reports;
using Shipcheck.Core.SecretScanning.Scanning;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>What keeps a secret out of a report: .gitignore (in a real repository), gitleaks:allow, .gitleaksignore, a baseline.</summary>
public sealed class SuppressionTests
{
    private static readonly string AwsKey = PlantedSecrets.AwsKey;
    private static readonly string OtherKey = PlantedSecrets.OtherAwsKey;

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task In_a_git_repository_ignored_files_are_not_scanned_and_untracked_ones_are()
    {
        using var repo = new TestRepository();
        repo.Write(".gitignore", "*.env\nbuild/\n");
        repo.Write("committed.py", $"k = \"{AwsKey}\"\n");
        repo.Commit();
        repo.Write("local.env", $"K={AwsKey}\n");
        repo.Write("build/out.txt", AwsKey + "\n");
        repo.Write("src/new.py", $"k = \"{OtherKey}\"\n");

        var report = await SecretScanner.ScanAsync(new SecretScanRequest(repo.Path), _ct);

        Assert.True(report.UsedGit);
        Assert.Equal(["committed.py", "src/new.py"], report.Findings.Select(f => f.File));
        Assert.Equal(3, report.FilesScanned);
    }

    [Fact]
    public async Task Gitleaks_allow_suppresses_its_own_line_only()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.tf"), $"a = \"{AwsKey}\" # gitleaks:allow\nb = \"{OtherKey}\"\n");

        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), _ct);

        Assert.Equal(2, Assert.Single(report.Findings).StartLine);
    }

    [Fact]
    public async Task Gitleaksignore_suppresses_the_fingerprints_it_lists_in_either_separator_and_no_others()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("conf"));
        File.WriteAllText(folder.File("conf/a.ini"), $"a={AwsKey}\nb={OtherKey}\n");
        File.WriteAllText(folder.File(".gitleaksignore"), "conf\\a.ini:aws-access-key-id:1\n0123abcd:conf/a.ini:aws-access-key-id:2\n");

        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), _ct);

        // The second entry is git-mode (a commit in front): nothing to match in a directory scan.
        Assert.Equal("conf/a.ini:aws-access-key-id:2", Assert.Single(report.Findings).Fingerprint);
        Assert.Equal(1, report.Suppressed);
    }

    [Fact]
    public async Task A_baseline_json_report_suppresses_what_it_holds_and_a_new_secret_still_shows()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.py"), $"a = \"{AwsKey}\"\n");
        var first = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), _ct);
        var baseline = Path.Combine(Path.GetTempPath(), $"shipcheck-baseline-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(baseline, JsonSecretReport.Render(first));
            File.AppendAllText(folder.File("a.py"), $"b = \"{OtherKey}\"\n");

            var second = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path) { BaselinePath = baseline }, _ct);

            Assert.Equal(2, Assert.Single(second.Findings).StartLine);
            Assert.Equal(1, second.Suppressed);
            File.WriteAllText(baseline, "[{\"File\": \"a.py\"}]");
            var error = await Assert.ThrowsAsync<SecretScanException>(() => SecretScanner.ScanAsync(new SecretScanRequest(folder.Path) { BaselinePath = baseline }, _ct));
            Assert.StartsWith($"{baseline}: not a secrets scan JSON report (a finding lacks File, RuleID or StartLine)", error.Message);
        }
        finally
        {
            File.Delete(baseline);
        }
    }
}
