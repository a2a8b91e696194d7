using System.Net.Http.Json;
using System.Text.Json;

namespace Shipcheck.Cli.Tests.Examples;

/// <summary>
/// examples/stock-monitoring (seed 000) through the real CLI against the services its up.sh starts: five containers on
/// a private dockerd, PostgreSQL and redis in two of them. Each test leaves the demo deployed, so they run in any order.
/// </summary>
[Collection(StockMonitoringCollection.Name)]
public sealed class StockMonitoringExampleTests(StockMonitoringDemo demo)
{
    private const string FreshTicks = "fresh ticks in the database";

    [Fact]
    public async Task The_good_release_deploys_verifies_stays_stable_and_succeeds()
    {
        var (result, _, steps) = await RunAsync("shipcheck.yaml", exitCode: 0, verdict: "succeeded");

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
        var (_, record, steps) = await RunAsync("broken.yaml", exitCode: 1, verdict: "rolled_back");

        var failed = Assert.Single(steps, s => s.Status is "failed" or "error" or "no_data");
        Assert.Equal(("stability", FreshTicks, "failed"), (failed.Phase, failed.Name, failed.Status));
        Assert.Contains("age(latest)", failed.Message);
        // The failure cancels the checks of its round still running; nothing else is left out.
        Assert.All(steps.Where(s => s.Status != "passed" && s != failed), s => Assert.Equal(("skipped", "stability", failed.Round), (s.Status, s.Phase, s.Round)));
        Assert.All(steps.Where(s => s.Phase == "verify"), s => Assert.Equal("passed", s.Status));
        Assert.Equal(3, steps.Count(s => s.Phase == "rollback" && s.Status == "passed"));
        Assert.Equal(8, steps.Count(s => s.Phase == "rollback_verify" && s.Status == "passed"));
        var previous = record.GetProperty("captures").GetProperty("previous_version").GetString();
        Assert.NotEqual("v3-broken", previous);
        Assert.Equal(previous, await DeployedVersionAsync());

        var runId = record.GetProperty("id").GetString()!;
        var report = await demo.ShipcheckAsync("report", runId, "--format", "markdown");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("- Status: ROLLED_BACK", report.Stdout);
        Assert.Contains(FreshTicks, report.Stdout);
        var history = await File.ReadAllTextAsync(demo.HistoryFile, TestContext.Current.CancellationToken);
        Assert.Contains($"- Run: {runId}", history);
        Assert.Contains("- Status: ROLLED_BACK", history);
    }

    /// <summary>Runs a checklist of the example and checks its exit code and verdict; the record, parsed, and its steps.</summary>
    private async Task<(CliResult Result, JsonElement Record, List<RecordedStep> Steps)> RunAsync(string checklist, int exitCode, string verdict)
    {
        var result = await demo.RunChecklistAsync(checklist);
        Assert.True(result.ExitCode == exitCode, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(verdict, json.RootElement.GetProperty("verdict").GetString());
        return (result, json.RootElement.Clone(), Steps(json.RootElement));
    }

    private async Task<string?> DeployedVersionAsync()
    {
        using var client = new HttpClient();
        var health = await client.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{demo.ApiPort}/health", TestContext.Current.CancellationToken);
        return health.GetProperty("version").GetString();
    }

    private static List<RecordedStep> Steps(JsonElement record) =>
        [.. record.GetProperty("steps").EnumerateArray().Select(s => new RecordedStep(
            s.GetProperty("phase").GetString()!,
            s.GetProperty("name").GetString()!,
            s.GetProperty("status").GetString()!,
            s.GetProperty("round").GetInt32(),
            s.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))];

    private sealed record RecordedStep(string Phase, string Name, string Status, int Round, string Message);
}
