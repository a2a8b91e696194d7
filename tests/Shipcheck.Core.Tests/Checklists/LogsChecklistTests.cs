using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Tests.Checklists;

public sealed class LogsChecklistTests
{
    private static LoadResultProblems Load(string yaml)
    {
        var result = ChecklistLoader.LoadText(yaml, "logs.yaml", Path.Combine(Path.GetTempPath(), "logs.yaml"), Core.Checks.CheckKinds.All);
        return new LoadResultProblems([.. result.Problems.Select(p => p.Render())], result.Checklist is not null);
    }

    [Fact]
    public void Loads_a_logs_step_that_counts_texts()
    {
        var result = Load("""
            service: demo
            verify:
              - logs: app.log
                expect: [count("PUBLISHED") >= 1, errors == 0]
            """);

        Assert.Empty(result.Problems);
        Assert.True(result.Loaded);
    }

    [Fact]
    public void Loads_the_documented_collector_checks()
    {
        var result = Load("""
            service: stock-monitoring
            verify:
              - name: collector streaming
                logs: { path: logs/real-collector.log*, tail: 20 }
                expect: [ count("WebSocket Connected") >= 1, count("PUBLISHED") >= 1 ]
              - name: no collector errors
                logs: { path: logs/real-collector.log*, since: 2m, ignore: [ALREADY_IN_SUBSCRIBE] }
                expect: errors == 0
            """);

        Assert.Empty(result.Problems);
        Assert.True(result.Loaded);
    }

    [Fact]
    public void Rejects_counting_texts_on_a_step_that_reads_no_logs()
    {
        var result = Load("""
            service: demo
            verify:
              - run: echo PUBLISHED
                expect: count("PUBLISHED") >= 1
            """);

        Assert.False(result.Loaded);
        Assert.Contains(result.Problems, p => p.Contains("count(\"PUBLISHED\") counts log lines; use it on a logs step", StringComparison.Ordinal));
    }

    private sealed record LoadResultProblems(IReadOnlyList<string> Problems, bool Loaded);
}
