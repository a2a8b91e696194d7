using System.Net.Http.Json;
using System.Text.Json;

namespace Shipcheck.Cli.Tests.Examples;

/// <summary>
/// examples/stock-monitoring (seed 000) through the real CLI against the services its up.sh starts: five containers on
/// a private dockerd, PostgreSQL and redis in two of them. Each test leaves the demo deployed, so they run in any order.
/// </summary>
public sealed class StockMonitoringExampleTests(StockMonitoringDemo demo) : IClassFixture<StockMonitoringDemo>
{
    private const string FreshTicks = "fresh ticks in the database";

    [Fact]
    public async Task The_good_release_deploys_verifies_stays_stable_and_succeeds()
    {
        var result = await demo.RunChecklistAsync("shipcheck.yaml");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("succeeded", json.RootElement.GetProperty("verdict").GetString());
        var steps = Steps(json);
        var verify = steps.Where(s => s.Phase == "verify").ToList();
        Assert.Equal(8, verify.Count);
        Assert.All(verify, s => Assert.Equal("passed", s.Status));
        var stability = steps.Where(s => s.Phase == "stability").ToList();
        Assert.True(stability.Select(s => s.Round).Distinct().Count() >= 2, result.ToString());
        Assert.All(stability, s => Assert.Equal("passed", s.Status));
        Assert.Equal("v2", await DeployedVersionAsync());
        Assert.Contains("- Status: SUCCESS", await File.ReadAllTextAsync(demo.HistoryFile, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_broken_release_fails_its_fresh_ticks_check_in_stability_and_rolls_back_to_the_previous_version()
    {
        var result = await demo.RunChecklistAsync("broken.yaml");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("rolled_back", json.RootElement.GetProperty("verdict").GetString());
        var steps = Steps(json);
        var failed = Assert.Single(steps, s => s.Status != "passed");
        Assert.Equal(("stability", FreshTicks, "failed"), (failed.Phase, failed.Name, failed.Status));
        Assert.Contains("age(latest)", failed.Message);
        Assert.All(steps.Where(s => s.Phase == "verify"), s => Assert.Equal("passed", s.Status));
        Assert.Equal(3, steps.Count(s => s.Phase == "rollback" && s.Status == "passed"));
        Assert.Equal(8, steps.Count(s => s.Phase == "rollback_verify" && s.Status == "passed"));
        var previous = json.RootElement.GetProperty("captures").GetProperty("previous_version").GetString();
        Assert.NotEqual("v3-broken", previous);
        Assert.Equal(previous, await DeployedVersionAsync());

        var runId = json.RootElement.GetProperty("id").GetString()!;
        var report = await demo.ShipcheckAsync("report", runId, "--format", "markdown");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("- Status: ROLLED_BACK", report.Stdout);
        Assert.Contains(FreshTicks, report.Stdout);
        var history = await File.ReadAllTextAsync(demo.HistoryFile, TestContext.Current.CancellationToken);
        Assert.Contains($"- Run: {runId}", history);
        Assert.Contains("- Status: ROLLED_BACK", history);
    }

    private async Task<string?> DeployedVersionAsync()
    {
        using var client = new HttpClient();
        var health = await client.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{demo.ApiPort}/health", TestContext.Current.CancellationToken);
        return health.GetProperty("version").GetString();
    }

    private static List<RecordedStep> Steps(JsonDocument json) =>
        [.. json.RootElement.GetProperty("steps").EnumerateArray().Select(s => new RecordedStep(
            s.GetProperty("phase").GetString()!,
            s.GetProperty("name").GetString()!,
            s.GetProperty("status").GetString()!,
            s.GetProperty("round").GetInt32(),
            s.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))];

    private sealed record RecordedStep(string Phase, string Name, string Status, int Round, string Message);
}
