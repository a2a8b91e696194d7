using System.Text.Json;
using System.Xml.Linq;

namespace Shipcheck.Cli.Tests;

/// <summary><c>shipcheck secrets scan</c> run as a user would: exit codes, every format parses, the secret never shows.</summary>
public sealed class SecretsScanCommandTests
{
    // Built at run time so this file holds no key a scanner would flag.
    private static readonly string AwsKey = "AKIA" + "Q3EGRTW5XJ7PLMN4";

    [Fact]
    public async Task A_planted_key_exits_1_in_every_format_which_parses_and_never_holds_the_key()
    {
        using var folder = Planted();

        var text = await ScanAsync(folder, "--format", "text");
        var json = await ScanAsync(folder, "--format", "json");
        var sarif = await ScanAsync(folder, "--format", "sarif");
        var junit = await ScanAsync(folder, "--format", "junit");

        Assert.All(new[] { text, json, sarif, junit }, r =>
        {
            Assert.Equal(1, r.ExitCode);
            Assert.DoesNotContain(AwsKey, r.All, StringComparison.Ordinal);
            Assert.DoesNotContain(AwsKey[4..], r.All, StringComparison.Ordinal);
        });
        Assert.StartsWith("deploy/config.py:2:11 aws-access-key-id AKIA…\n", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 secret found in 2 files", text.Stdout, StringComparison.Ordinal);

        var finding = Assert.Single(JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToList());
        Assert.Equal(("aws-access-key-id", "deploy/config.py", 2, 11, 30, "AKIA…", "deploy/config.py:aws-access-key-id:2"),
            (finding.GetProperty("RuleID").GetString(), finding.GetProperty("File").GetString(), finding.GetProperty("StartLine").GetInt32(),
             finding.GetProperty("StartColumn").GetInt32(), finding.GetProperty("EndColumn").GetInt32(), finding.GetProperty("Secret").GetString(),
             finding.GetProperty("Fingerprint").GetString()));
        Assert.Contains("1 secret found", json.Stderr, StringComparison.Ordinal);

        var log = JsonDocument.Parse(sarif.Stdout).RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray().ToList());
        Assert.Equal("shipcheck", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("aws-access-key-id", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("deploy/config.py", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((2, 11, 31), (location.GetProperty("region").GetProperty("startLine").GetInt32(),
            location.GetProperty("region").GetProperty("startColumn").GetInt32(), location.GetProperty("region").GetProperty("endColumn").GetInt32()));

        var suite = XDocument.Parse(junit.Stdout).Root!.Element("testsuite")!;
        Assert.Equal(("1", "1"), (suite.Attribute("tests")!.Value, suite.Attribute("failures")!.Value));
        Assert.Equal("aws-access-key-id", suite.Element("testcase")!.Element("failure")!.Attribute("type")!.Value);
    }

    [Fact]
    public async Task A_baseline_of_the_json_report_exits_0_and_a_clean_tree_exits_0()
    {
        using var folder = Planted();
        var baseline = Path.Combine(Path.GetTempPath(), $"shipcheck-baseline-{Guid.NewGuid():N}.json");
        try
        {
            var written = await ScanAsync(folder, "--format", "json", "--output", baseline);
            var again = await ScanAsync(folder, "--baseline", baseline);

            Assert.Equal(1, written.ExitCode);
            Assert.Contains($"report in {baseline}", written.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(AwsKey, File.ReadAllText(baseline), StringComparison.Ordinal);
            Assert.Equal(0, again.ExitCode);
            Assert.Contains("no secrets found", again.Stdout, StringComparison.Ordinal);
            Assert.Contains("1 suppressed", again.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(baseline);
        }
    }

    [Fact]
    public async Task A_bad_config_a_bad_format_and_a_missing_path_exit_2()
    {
        using var folder = Planted();
        var config = folder.Write("bad.toml", "[[rules]]\nid = \"x\"\nregex = '''(oops'''\n");

        var badConfig = await ScanAsync(folder, "--config", config);
        var badFormat = await ScanAsync(folder, "--format", "xml");
        var missing = await ShipcheckProcess.RunAsync(folder.Path, null, "secrets", "scan", folder.PathOf("nope"));

        Assert.Equal(2, badConfig.ExitCode);
        Assert.StartsWith($"shipcheck: {config}:3: the regex of rule 'x' does not compile", badConfig.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badFormat.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file or directory", missing.Stderr, StringComparison.Ordinal);
    }

    private static TempFolder Planted()
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("deploy"));
        folder.Write("deploy/config.py", $"import os\nAWS_ID = \"{AwsKey}\"\n");
        folder.Write("README.md", "# nothing here\n");
        return folder;
    }

    private static Task<CliResult> ScanAsync(TempFolder folder, params string[] options) =>
        ShipcheckProcess.RunAsync(folder.Path, null, ["secrets", "scan", folder.Path, .. options]);
}
