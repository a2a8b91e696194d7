using System.Text.Json;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Promql;

/// <summary>
/// Whole runs: a checklist loaded by <see cref="ChecklistLoader"/>, run by the engine against the real Prometheus, and
/// read back from a SQLite run store, so what is asserted is what the record keeps.
/// </summary>
[Collection(PrometheusCollection.Name)]
public sealed class PromqlRunTests(TestPrometheus prometheus) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Runs_seed_001s_metric_checks_and_names_the_open_circuit_breaker()
    {
        var run = await RunAsync($$"""
            service: ohlcv-connector
            vars: { prometheus: "{{prometheus.Server}}" }
            pre:
              - name: quotes flowing
                promql: { server: "${prometheus}", query: "rate(connector_quotes_processed_total[1m])" }
                expect: value > 0
              - name: latency p95 below 2s
                promql: { server: "${prometheus}", query: "histogram_quantile(0.95, rate(connector_quote_latency_seconds_bucket[5m]))" }
                expect: value < 2
              - name: connector not down
                promql: { server: "${prometheus}", query: 'up{job="ohlcv-connector"} == 0' }
                expect: count == 0
              - name: some exchange connected
                promql: { server: "${prometheus}", query: connector_active_connections }
                expect: any(labels.exchange == "kraken" and value == 1)
                capture: connections
            verify:
              - name: no circuit breaker open
                promql: { server: "${prometheus}", query: connector_circuit_breaker_state }
                expect: value == 0
            """);

        Assert.Equal(["pre/quotes flowing/passed", "pre/latency p95 below 2s/passed", "pre/connector not down/passed",
            "pre/some exchange connected/passed", "verify/no circuit breaker open/failed"], Steps(run).Take(5));
        Assert.Equal("3", run.Captures["connections"]);
        var breakers = run.Steps.First(s => s.Name == "no circuit breaker open");
        Assert.Equal("all(value == 0) (1 of 3 series fail: connector_circuit_breaker_state{exchange=\"kraken\","
            + $"instance=\"{prometheus.Target.Address}\",job=\"ohlcv-connector\"}} value (1) == 0)", breakers.Message);
        Assert.Contains("connector_circuit_breaker_state{exchange=\"kraken\"", breakers.Output);
    }

    [Fact]
    public async Task An_empty_result_judged_per_series_is_no_data_in_the_record_while_count_zero_passes()
    {
        var run = await RunAsync($$"""
            service: ohlcv-connector
            pre:
              - name: no target down
                promql: { server: "{{prometheus.Server}}", query: 'up == 0' }
                expect: count == 0
            verify:
              - name: down targets are zero
                promql: { server: "{{prometheus.Server}}", query: 'up == 0' }
                expect: value < 1
            """);

        Assert.Equal(["pre/no target down/passed", "verify/down targets are zero/no_data"], Steps(run).Take(2));
        Assert.NotEqual(Verdict.Succeeded, run.Verdict);
        var empty = run.Steps.First(s => s.Name == "down targets are zero");
        Assert.Equal("all(value < 1) (no data: no series matched)", empty.Message);
        using var observed = JsonDocument.Parse(empty.ObservationsJson);
        Assert.Equal(0, observed.RootElement.GetProperty("count").GetDouble());
        Assert.Equal(0, observed.RootElement.GetProperty("series").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, observed.RootElement.GetProperty("max").ValueKind);
        Assert.EndsWith("vector: 0 series", empty.Output);
    }

    [Fact]
    public async Task Without_an_expectation_an_empty_result_is_no_data_and_a_result_passes()
    {
        var run = await RunAsync($$"""
            service: ohlcv-connector
            pre:
              - name: anything at all
                promql: { server: "{{prometheus.Server}}", query: up }
            verify:
              - name: a metric that does not exist
                promql: { server: "{{prometheus.Server}}", query: connector_metric_that_vanished }
            """);

        Assert.Equal(["pre/anything at all/passed", "verify/a metric that does not exist/no_data"], Steps(run).Take(2));
    }

    [Fact]
    public async Task Prometheus_down_is_an_error_step_that_rolls_back()
    {
        var server = $"http://127.0.0.1:{Ports.Closed()}";

        var run = await RunAsync($$"""
            service: ohlcv-connector
            verify:
              - name: breakers closed
                promql: { server: "{{server}}", query: connector_circuit_breaker_state }
                expect: value == 0
            rollback:
              - run: "true"
            """);

        Assert.Equal(["verify/breakers closed/error", "rollback/true/passed", "rollback_verify/breakers closed/error"], Steps(run));
        Assert.Equal(Verdict.RollbackFailed, run.Verdict);
        Assert.Equal($"cannot reach Prometheus at {server}: connection refused; is Prometheus running there, and is server right?",
            run.Steps[0].Message);
    }

    private static List<string> Steps(RunRecord run) => [.. run.Steps.Select(s => $"{Names.Of(s.Phase)}/{s.Name}/{Names.Of(s.Status)}")];

    private async Task<RunRecord> RunAsync(string yaml)
    {
        var path = _folder.File("checklist.yaml");
        var loaded = ChecklistLoader.LoadText(yaml, "checklist.yaml", path, CheckKinds.All);
        Assert.Empty(loaded.Problems.Select(p => p.Render()));
        var prepared = RunPreparation.Prepare(loaded.Checklist!, new RunRequest(), _ => null, TimeProvider.System);
        Assert.Empty(prepared.Problems);
        await using var store = await SqliteRunStore.OpenAsync(_folder.File("runs.db"));
        var services = new RunnerServices(TimeProvider.System, store, NullRunObserver.Instance, new AnsweringPrompt());
        var finished = await new ChecklistRunner(services).RunAsync(prepared, TestContext.Current.CancellationToken);
        return Assert.IsType<RunRecord>(await store.GetRunAsync(finished.Id, TestContext.Current.CancellationToken));
    }
}
