using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class MetricsChecklistTests
{
    private static (IReadOnlyList<string> Problems, bool Loaded) Load(string step)
    {
        var yaml = "service: connector\nverify:\n" + step;
        var result = ChecklistLoader.LoadText(yaml, "metrics.yaml", Path.Combine(Path.GetTempPath(), "metrics.yaml"), Core.Checks.CheckKinds.All);
        return ([.. result.Problems.Select(p => p.Render())], result.Checklist is not null);
    }

    [Fact]
    public void Loads_the_seed_checks_of_the_connector()
    {
        var (problems, loaded) = Load("""
              - name: no circuit breaker open
                metrics: { url: "http://127.0.0.1:8766/metrics", select: connector_circuit_breaker_state }
                expect: value == 0
              - name: quotes flowing
                metrics: { url: "http://127.0.0.1:8766/metrics", select: connector_quotes_processed_total, interval: 60s }
                expect: rate > 0
              - name: latency
                metrics: { url: "http://127.0.0.1:8766/metrics", select: connector_quote_latency_seconds }
                expect: quantile(0.95) < 1
              - name: connections
                metrics: { url: "http://127.0.0.1:8766/metrics", select: 'connector_active_connections{exchange=~"bin.*|okx"}' }
                expect: [count == 2, sum >= 2, any(labels.exchange == "okx")]
              - metrics: http://127.0.0.1:8766/metrics
            """);

        Assert.Empty(problems);
        Assert.True(loaded);
    }

    [Fact]
    public void Rejects_a_selector_that_does_not_parse_at_its_column()
    {
        var (problems, loaded) = Load("""
              - metrics:
                  url: http://127.0.0.1:8766/metrics
                  select: up{job~"api"}
            """);

        Assert.False(loaded);
        var problem = Assert.Single(problems);
        Assert.Contains("metrics.yaml:5:21", problem, StringComparison.Ordinal);
        Assert.Contains("'select' at column 7: expected '=', '!=', '=~' or '!~' after the label name 'job'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_regular_expression_that_does_not_compile()
    {
        var (problems, _) = Load("""
              - metrics: { url: "http://127.0.0.1:8766/metrics", select: 'up{job=~"(api"}' }
            """);

        Assert.Contains(problems, p => p.Contains("is not a valid regular expression", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("quantile(1.5) < 1", "quantile() takes a number from 0 to 1; `1.5` is not one")]
    [InlineData("quantile(p) < 1", "quantile() takes a number from 0 to 1")]
    [InlineData("latency < 1", "latency")]
    [InlineData("all(status == 200)", "status")]
    public void Rejects_expectations_the_metrics_kind_cannot_judge(string expect, string message)
    {
        var (problems, loaded) = Load($$"""
              - metrics: { url: "http://127.0.0.1:8766/metrics", select: up }
                expect: {{expect}}
            """);

        Assert.False(loaded);
        Assert.Contains(problems, p => p.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_quantile_on_a_step_without_series()
    {
        var (problems, loaded) = Load("""
              - http: http://127.0.0.1:8766/health
                expect: quantile(0.95) < 1
            """);

        Assert.False(loaded);
        Assert.Contains(problems, p => p.Contains("quantile() reads a histogram's buckets; use it on a metrics step", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("url: 127.0.0.1:8766/metrics", "is not an absolute http:// or https:// URL")]
    [InlineData("url: \"http://127.0.0.1:8766/metrics\", interval: 0s", "'interval' must be longer than zero")]
    [InlineData("url: \"http://127.0.0.1:8766/metrics\", select: '{job=~\".*\"}'", "the selector matches every series")]
    [InlineData("url: \"http://127.0.0.1:8766/metrics\", selct: up", "selct")]
    public void Rejects_bad_options_with_a_hint(string options, string message)
    {
        var (problems, loaded) = Load($"  - metrics: {{ {options} }}\n");

        Assert.False(loaded);
        Assert.Contains(problems, p => p.Contains(message, StringComparison.Ordinal));
    }
}
