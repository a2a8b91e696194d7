using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary>
/// examples/ohlcv-connector, seed 001 as a checklist, through the real CLI against the demo connector it deploys: an
/// upgrade from v0.1.0 that verifies and stays stable, and a broken release whose circuit breaker opens halfway
/// through stability and is rolled back. Each run starts with nothing running (the checklist starts v0.1.0 itself).
/// </summary>
public sealed class OhlcvConnectorExampleTests(OhlcvConnectorDemo demo) : IClassFixture<OhlcvConnectorDemo>, IAsyncLifetime
{
    private static readonly string[] VerifyChecks =
    [
        "Health Endpoints Responding", "Ready With Healthy Exchanges", "Metrics In Prometheus Format",
        "WebSocket Server Accepting Connections", "Quotes Flowing", "No Circuit Breakers Open", "No Queue Blocking",
        "Active Connections Stable", "Memory Usage Stable", "Latency Acceptable", "No Duplicate Spikes", "No Errors in Logs",
    ];

    private static readonly string[] MonitoringChecks =
    [
        "Quotes Flowing", "No Circuit Breakers Open", "No Queue Blocking", "Active Connections Stable",
        "Memory Usage Stable", "Latency Acceptable", "No Duplicate Spikes",
    ];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await demo.StopConnectorAsync();

    [Fact]
    public async Task Upgrading_v0_1_0_to_v0_2_0_verifies_every_check_and_stays_stable()
    {
        using var json = await RunAsync("shipcheck.yaml", expectedExitCode: 0, "succeeded");

        var run = json.RootElement;
        Assert.Equal("v0.1.0", run.GetProperty("captures").GetProperty("previous_version").GetString());
        Assert.Equal(VerifyChecks.Order(), Steps(run, "verify").Select(Name).Order());
        Assert.All(Steps(run, "verify"), step => Assert.Equal("passed", Status(step)));
        var rounds = Steps(run, "stability").GroupBy(s => s.GetProperty("round").GetInt32()).ToList();
        Assert.True(rounds.Count >= 2, $"{rounds.Count} stability round(s) recorded");
        Assert.All(rounds, round => Assert.Equal(MonitoringChecks.Order(), round.Select(Name).Order()));
        Assert.All(Steps(run, "stability"), step => Assert.Equal("passed", Status(step)));

        var quote = Observations(Step(run, "verify", "WebSocket Server Accepting Connections")).GetProperty("json");
        Assert.Equal("BTCUSDT", quote.GetProperty("symbol").GetString());
        var quotes = Observations(Step(run, "verify", "Quotes Flowing")).GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["binance", "bybit", "okx"], quotes.Select(s => s.GetProperty("labels").GetProperty("exchange").GetString()).Order());
        Assert.All(quotes, s => Assert.True(s.GetProperty("rate").GetDouble() > 0));
        Assert.Contains("\"version\":\"v0.2.0\"", await demo.HealthAsync(), StringComparison.Ordinal);
        Assert.Contains("Status: SUCCESS", HistoryEntry(run.GetProperty("id").GetString()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_circuit_breaker_that_opens_during_stability_rolls_back_to_v0_1_0()
    {
        using var json = await RunAsync("broken.yaml", expectedExitCode: 1, "rolled_back");

        var run = json.RootElement;
        Assert.All(Steps(run, "verify"), step => Assert.Equal("passed", Status(step)));
        var failed = Assert.Single(run.GetProperty("steps").EnumerateArray(), s => Status(s) is "failed" or "error" or "no_data");
        Assert.Equal(("stability", "No Circuit Breakers Open"), (failed.GetProperty("phase").GetString(), Name(failed)));
        Assert.True(failed.GetProperty("round").GetInt32() >= 1);
        var evidence = failed.GetProperty("evidence").GetRawText();
        Assert.Contains("""connector_circuit_breaker_state{exchange=\"okx\"} value (1) == 0""", evidence, StringComparison.Ordinal);
        Assert.Equal("passed", Status(Step(run, "rollback", "Quick Rollback")));
        Assert.Equal(VerifyChecks.Order(), Steps(run, "rollback_verify").Select(Name).Order());
        Assert.All(Steps(run, "rollback_verify"), step => Assert.Equal("passed", Status(step)));

        Assert.Contains("\"version\":\"v0.1.0\"", await demo.HealthAsync(), StringComparison.Ordinal);
        // Rollback first, debug later: the broken version's log is kept beside the restored install.
        Assert.Contains("ERROR okx: ", await File.ReadAllTextAsync(Path.Combine(demo.State, "install.failed", "logs", "connector.log"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var id = run.GetProperty("id").GetString()!;
        var entry = HistoryEntry(id);
        Assert.Contains("Status: ROLLED_BACK", entry, StringComparison.Ordinal);
        var report = await ShipcheckProcess.RunAsync(demo.Folder, null, "report", id, "--format", "markdown", "--store", demo.Store);
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains(entry, report.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_broken_checklist_is_the_good_one_with_another_version()
    {
        static string Body(string file) => File.ReadAllText(file)[File.ReadAllText(file).IndexOf("service:", StringComparison.Ordinal)..];

        var good = Body(Path.Combine(demo.Folder, "shipcheck.yaml")).Split('\n');
        var broken = Body(Path.Combine(demo.Folder, "broken.yaml")).Split('\n');

        Assert.Equal(good.Length, broken.Length);
        var differences = good.Zip(broken).Where(pair => pair.First != pair.Second).ToList();
        var (before, after) = Assert.Single(differences);
        Assert.StartsWith("  version: v0.2.0 ", before, StringComparison.Ordinal);
        Assert.StartsWith("  version: v0.2.0-broken ", after, StringComparison.Ordinal);
    }

    // Runs a checklist of the example and checks how it ended; the record, as --output json prints it.
    private async Task<JsonDocument> RunAsync(string checklist, int expectedExitCode, string verdict)
    {
        var result = await demo.RunChecklistAsync(checklist);
        Assert.True(result.ExitCode == expectedExitCode, result.ToString());
        var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(verdict, json.RootElement.GetProperty("verdict").GetString());
        return json;
    }

    // The HISTORY.md entry of one run: from its "## " heading to the next.
    private string HistoryEntry(string runId)
    {
        var history = File.ReadAllText(Path.Combine(demo.State, "HISTORY.md"));
        var entry = history.Split("\n## ").Single(e => e.Contains($"Run: {runId}", StringComparison.Ordinal));
        return entry.TrimEnd();
    }

    private static IEnumerable<JsonElement> Steps(JsonElement run, string phase) =>
        run.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("phase").GetString() == phase);

    private static JsonElement Step(JsonElement run, string phase, string name) => Steps(run, phase).Single(s => Name(s) == name);

    private static string Name(JsonElement step) => step.GetProperty("name").GetString()!;

    private static string Status(JsonElement step) => step.GetProperty("status").GetString()!;

    private static JsonElement Observations(JsonElement step) => step.GetProperty("observations");
}
