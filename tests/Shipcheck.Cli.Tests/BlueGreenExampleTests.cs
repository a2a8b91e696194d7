using System.Globalization;
using System.Text.Json;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Cli.Tests;

/// <summary>
/// examples/ohlcv-connector/blue-green.yaml (seed 001's Option 2 as two canary stages) through the real CLI against
/// two demo connectors, blue and green, on free loopback ports: a healthy green takes the traffic and blue is
/// retired; a green whose circuit breaker opens fails the first analysis and the run rolls back to blue.
/// </summary>
public sealed class BlueGreenExampleTests(OhlcvConnectorDemo demo) : IClassFixture<OhlcvConnectorDemo>, IAsyncLifetime
{
    private readonly Color _blue = new(demo.State, "blue");
    private readonly Color _green = new(demo.State, "green");

    private string Router => File.ReadAllText(Path.Combine(demo.State, "router")).Trim();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await demo.StopConnectorAsync(_blue.Environment());
        await demo.StopConnectorAsync(_green.Environment());
    }

    [Fact]
    public async Task A_healthy_green_takes_the_traffic_and_blue_is_retired()
    {
        using var json = await RunAsync("v0.2.0", expectedExitCode: 0, "succeeded");

        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        foreach (var stage in new[] { "switch to green", "retire blue" })
        {
            var verdict = steps.Single(s => Name(s) == $"{stage} · analysis");
            Assert.Equal(("canary", "passed"), (verdict.GetProperty("kind").GetString(), Status(verdict)));
            Assert.Contains(steps, s => Name(s) == $"{stage} · no circuit breakers open" && s.GetProperty("round").GetInt32() >= 1);
        }
        Assert.Equal(_green.WebSocketPort, Router);
        Assert.Contains("\"version\":\"v0.2.0\"", await HealthAsync(_green), StringComparison.Ordinal);
        Assert.False(await AnswersAsync(_blue), "blue still answers after it was retired");
    }

    [Fact]
    public async Task A_green_whose_breaker_opens_is_rolled_back_to_blue()
    {
        using var json = await RunAsync("v0.2.0-broken", expectedExitCode: 1, "rolled_back");

        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Contains(steps, s => Name(s) == "switch to green · no circuit breakers open" && Status(s) == "failed"
            && s.GetProperty("evidence").GetRawText().Contains("connector_circuit_breaker_state{exchange=\\\"okx\\\"} value (1) == 0", StringComparison.Ordinal));
        Assert.Equal("failed", Status(steps.Single(s => Name(s) == "switch to green · analysis")));
        Assert.DoesNotContain(steps, s => Name(s).StartsWith("retire blue", StringComparison.Ordinal));
        Assert.All(steps.Where(s => s.GetProperty("phase").GetString() == "rollback"), s => Assert.Equal("passed", Status(s)));
        Assert.Equal(_blue.WebSocketPort, Router);
        Assert.Contains("\"version\":\"v0.1.0\"", await HealthAsync(_blue), StringComparison.Ordinal);
        Assert.False(await AnswersAsync(_green), "green still answers after the rollback");
    }

    private async Task<JsonDocument> RunAsync(string version, int expectedExitCode, string verdict)
    {
        var result = await ShipcheckProcess.RunAsync(demo.Folder, null,
            "run", Path.Combine(demo.Folder, "blue-green.yaml"), "--output", "json", "--store", demo.Store,
            "--var", $"state={demo.State}", "--var", $"version={version}",
            "--var", $"blue_ws_port={_blue.WebSocketPort}", "--var", $"blue_health_port={_blue.HealthPort}",
            "--var", $"green_ws_port={_green.WebSocketPort}", "--var", $"green_health_port={_green.HealthPort}");
        Assert.True(result.ExitCode == expectedExitCode, result.ToString());
        var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(verdict, json.RootElement.GetProperty("verdict").GetString());
        return json;
    }

    private static async Task<string> HealthAsync(Color color)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return await client.GetStringAsync(new Uri($"http://127.0.0.1:{color.HealthPort}/health"));
    }

    private static async Task<bool> AnswersAsync(Color color)
    {
        try
        {
            await HealthAsync(color);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static string Name(JsonElement step) => step.GetProperty("name").GetString()!;

    private static string Status(JsonElement step) => step.GetProperty("status").GetString()!;

    /// <summary>One color of the deployment: its state folder under the demo's, and its own two ports.</summary>
    private sealed class Color(string demoState, string name)
    {
        public string WebSocketPort { get; } = Ports.Closed().ToString(CultureInfo.InvariantCulture);

        public string HealthPort { get; } = Ports.Closed().ToString(CultureInfo.InvariantCulture);

        /// <summary>The scripts' settings for this color, as the checklist passes them.</summary>
        public Dictionary<string, string> Environment() => new()
        {
            ["OHLCV_DEMO_DIR"] = Path.Combine(demoState, name),
            ["OHLCV_DEMO_BIN"] = Path.Combine(demoState, "bin"),
            ["CONNECTOR_WSS_PORT"] = WebSocketPort,
            ["CONNECTOR_WSS_HEALTH_CHECK_PORT"] = HealthPort,
        };
    }
}
