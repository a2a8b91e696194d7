using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Checks.Metrics;

/// <summary>Checklists with metrics steps loaded and run by the engine against a real server, on the real clock.</summary>
public sealed class MetricsRunTests(MetricsServer server) : IClassFixture<MetricsServer>
{
    private const string Breakers = """
        # TYPE connector_circuit_breaker_state gauge
        connector_circuit_breaker_state{exchange="binance"} 0
        connector_circuit_breaker_state{exchange="bybit"} BREAKER
        # TYPE connector_quotes_processed_total counter
        connector_quotes_processed_total QUOTES

        """;

    private async Task<RunRecord> RunAsync(string url, string select, string expect)
    {
        var yaml = $$"""
            service: connector
            verify:
              - name: metric gate
                metrics: { url: "{{url}}", select: {{select}}, interval: 200ms }
                expect: {{expect}}
            """;
        var loaded = ChecklistLoader.LoadText(yaml, "metrics.yaml", Path.Combine(Path.GetTempPath(), "metrics.yaml"), Core.Checks.CheckKinds.All);
        Assert.Empty(loaded.Problems);
        var request = new RunRequest { User = "alice", Host = "ci-1", ProcessId = 4242 };
        var prepared = RunPreparation.Prepare(loaded.Checklist!, request, _ => null, TimeProvider.System);
        var store = new InMemoryRunStore();
        var services = new RunnerServices(TimeProvider.System, store, new RecordingObserver(), new FixedAnswerPrompt(new Core.Checks.ConfirmationAnswer(true, "alice", null)));
        return await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken, default);
    }

    private string Serve(int breaker, int quotesBefore, int quotesAfter) => server.Serve(MetricsServer.TextFormat,
        Breakers.Replace("BREAKER", $"{breaker}", StringComparison.Ordinal).Replace("QUOTES", $"{quotesBefore}", StringComparison.Ordinal),
        Breakers.Replace("BREAKER", $"{breaker}", StringComparison.Ordinal).Replace("QUOTES", $"{quotesAfter}", StringComparison.Ordinal));

    [Fact]
    public async Task Passes_when_every_breaker_is_closed_and_records_the_series()
    {
        var run = await RunAsync(Serve(0, 10, 25), "connector_circuit_breaker_state", "value == 0");

        var step = Assert.Single(run.Steps, s => s.Name == "metric gate");
        Assert.Equal(StepStatus.Passed, step.Status);
        Assert.Contains("\"exchange\":\"bybit\"", step.ObservationsJson, StringComparison.Ordinal);
        Assert.Contains("connector_circuit_breaker_state{exchange=\"bybit\"} 0", step.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_and_rolls_back_when_a_breaker_is_open()
    {
        var run = await RunAsync(Serve(1, 10, 25), "connector_circuit_breaker_state", "value == 0");

        var step = Assert.Single(run.Steps, s => s.Name == "metric gate" && s.Phase == Phase.Verify);
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.Contains("connector_circuit_breaker_state{exchange=\"bybit\"} value (1) == 0", step.Expectations.Single().Explanation, StringComparison.Ordinal);
        Assert.NotEqual(Verdict.Succeeded, run.Verdict);
    }

    [Fact]
    public async Task Sees_the_counter_rise_over_the_interval()
    {
        var run = await RunAsync(Serve(0, 10, 25), "connector_quotes_processed_total", "increase == 15 and rate > 0");

        Assert.Equal(StepStatus.Passed, Assert.Single(run.Steps, s => s.Name == "metric gate").Status);
    }

    [Fact]
    public async Task Records_no_data_when_nothing_matches()
    {
        var run = await RunAsync(Serve(0, 10, 25), "connector_queue_depth_closed", "value < 800");

        Assert.Equal(StepStatus.NoData, Assert.Single(run.Steps, s => s.Name == "metric gate" && s.Phase == Phase.Verify).Status);
    }
}
