using System.Text.Json;

namespace Shipcheck.Cli.Tests.Examples;

/// <summary>
/// examples/t-1-preflight (seed 004) as its README tells it: the fixture repository fails preflight on its four planted
/// problems, fix.sh fixes them, and preflight passes; a real git repository, nothing stubbed.
/// </summary>
public sealed class T1PreflightExampleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Fixture => _temp.PathOf("fixture");

    private Dictionary<string, string> Environment => new() { ["FIXTURE_DIR"] = Fixture };

    private Task<CliResult> PreflightAsync(params string[] more) =>
        ShipcheckProcess.RunAsync(_temp.Path, null, ["preflight", "--version", "v0.2.0", "--path", Fixture, "--store", _temp.StorePath, .. more]);

    [Fact]
    public async Task The_fixture_fails_on_its_four_problems_and_passes_once_they_are_fixed()
    {
        var folder = RepositoryFolders.Example("t-1-preflight");
        await ExampleScript.RunAsync(Path.Combine(folder, "make-fixture.sh"), Environment);

        var failing = await PreflightAsync("--output", _temp.PathOf("failing.json"));

        Assert.True(failing.ExitCode == 1, failing.ToString());
        Assert.Contains("[FAIL] tag: v0.2.0 does not exist", failing.Stdout);
        Assert.Contains("[FAIL] alembic/versions/0003_index_confidence.py: untracked", failing.Stdout);
        Assert.Contains("[FAIL] SECRET_KEY: is still a placeholder value", failing.Stdout);
        Assert.Contains("[FAIL] aws-access-key-id: ", failing.Stdout);
        Assert.Contains("(at app/config.py:4:22)", failing.Stdout);
        Assert.DoesNotContain("AKIAQ3EGRTW5XJ7PLMN4", failing.All);
        Assert.DoesNotContain("changeme", failing.All);
        Assert.Contains("FAIL release_tag\nFAIL migrations\nFAIL secrets\nPASS artifacts\nPASS runbook\n", failing.Stdout);
        Assert.Contains("Result: 2/5 checks passed\n", failing.Stdout);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(_temp.PathOf("failing.json"), TestContext.Current.CancellationToken)))
        {
            Assert.Equal(["release_tag", "migrations", "secrets", "artifacts", "runbook"],
                json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        }

        await ExampleScript.RunAsync(Path.Combine(folder, "fix.sh"), Environment);
        var passing = await PreflightAsync();

        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.Contains("Result: 5/5 checks passed\n", passing.Stdout);
        Assert.Contains("PRE-DEPLOYMENT CHECK: PASSED\n", passing.Stdout);
    }
}
