using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Tests.Checks.Promql;

/// <summary>What a promql step's expectations may name, checked when the checklist loads.</summary>
public sealed class PromqlExpectationTypingTests
{
    [Theory]
    [InlineData("value == 0")]
    [InlineData("all(value == 0)")]
    [InlineData("any(labels.exchange == \"kraken\" and value > 0)")]
    [InlineData("name == \"up\"")]
    [InlineData("count == 0")]
    [InlineData("max < 2 and sum >= 0 and min >= 0")]
    [InlineData("result_type == \"vector\" and count(warnings) == 0")]
    public void Accepts_the_series_and_step_names(string expect)
    {
        Assert.Empty(Load(expect).Problems.Select(p => p.Render()));
    }

    [Fact]
    public void Type_checks_a_series_value_as_a_number()
    {
        var problems = Load("value == \"1\"").Problems.Select(p => p.Render());

        Assert.Contains(problems, p => p.Contains("value", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggests_the_name_an_unknown_one_resembles()
    {
        var problem = Assert.Single(Load("valu == 0").Problems);

        Assert.Equal("unknown name 'valu'", problem.Message[..problem.Message.IndexOf(" in ", StringComparison.Ordinal)]);
        Assert.Contains("value", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Has_no_short_form_because_a_query_needs_its_server()
    {
        var result = ChecklistLoader.LoadText("service: demo\nverify:\n  - promql: up == 1\n", "c.yaml", "/tmp/c.yaml", Core.Checks.CheckKinds.All);

        Assert.Null(result.Checklist);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Loads_the_documented_seed_001_checks()
    {
        var result = ChecklistLoader.LoadText("""
            service: ohlcv-connector
            vars:
              prometheus: http://127.0.0.1:9090
            verify:
              - name: connector up
                promql:
                  server: ${prometheus}
                  query: up{job="ohlcv-connector"}
                expect: value == 1
              - name: latency p95 below 2s
                promql:
                  server: ${prometheus}
                  query: histogram_quantile(0.95, rate(connector_quote_latency_seconds_bucket[5m]))
                expect: value < 2
              - name: quotes flowing
                promql:
                  server: ${prometheus}
                  query: rate(connector_quotes_processed_total[1m])
                expect: any(value > 0)
              - name: ConnectorDown not firing
                promql:
                  server: ${prometheus}
                  query: up{job="ohlcv-connector"} == 0
                expect: count == 0
            """, "c.yaml", "/tmp/c.yaml", Core.Checks.CheckKinds.All);

        Assert.Empty(result.Problems.Select(p => p.Render()));
        Assert.Equal("up{job=\"ohlcv-connector\"} == 0", Assert.IsType<Core.Checklists.StepDefinition>(result.Checklist!.StepsOf(Core.Engine.Phase.Verify)[3]).Options.Text("query")!.Source);
    }

    private static LoadResult Load(string expect) => ChecklistLoader.LoadText(
        $"service: demo\nverify:\n  - name: breakers\n    promql:\n      server: http://127.0.0.1:9090\n      query: connector_circuit_breaker_state\n    expect: '{expect.Replace("'", "''", StringComparison.Ordinal)}'\n",
        "c.yaml", "/tmp/c.yaml", Core.Checks.CheckKinds.All);
}
