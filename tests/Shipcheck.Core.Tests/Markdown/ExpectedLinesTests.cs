using Shipcheck.Core.Markdown.Conversion;

namespace Shipcheck.Core.Tests.Markdown;

public sealed class ExpectedLinesTests
{
    [Theory]
    [InlineData("ALL 5 services with status \"Up X seconds/minutes\"", "docker ps", "stdout matches \"(?s)(.*?\\\\bUp\\\\b){5}\"")]
    [InlineData("Collector: Shows \"WebSocket Connected\" ✅", "docker logs c", "stdout contains \"WebSocket Connected\"")]
    [InlineData("Archiver: Shows \"Flushed X ticks to TimescaleDB\" ✅", "docker logs a", "stdout matches \"Flushed\\\\ \\\\S+\\\\ ticks\\\\ to\\\\ TimescaleDB\"")]
    [InlineData("{\"status\":\"healthy\",...}", "curl http://x/health", "stdout matches \"\\\"status\\\"\\\\s*:\\\\s*\\\"healthy\\\"\"")]
    [InlineData("HTTP 200 response", "curl -sf http://x/health", "exit_code == 0")]
    [InlineData("ALL tests pass", "pytest", "exit_code == 0")]
    [InlineData("No critical errors", "tail -100 app.log | grep ERROR", "exit_code <= 1 and not (stdout matches \"(?im)^.*error\")")]
    [InlineData("No critical errors (warnings OK)", "echo \"=== Errors ===\"\ndocker logs c 2>&1 | grep -i error | head -10",
        "exit_code == 0 and not (stdout matches \"(?im)^(?!(?:===\\\\ Errors\\\\ ===)$).*error\")")]
    [InlineData("No critical errors (some ALREADY_IN_SUBSCRIBE warnings OK)", "docker logs c --since 2m 2>&1 | grep -i error | head -10",
        "exit_code == 0 and not (stdout matches \"(?im)^(?!.*(?:ALREADY_IN_SUBSCRIBE)).*error\")")]
    [InlineData("Non-zero count", "curl http://x/metrics | grep quotes_total", "last_number(stdout) > 0")]
    [InlineData("count above 50", "wc -l < ticks.csv", "last_number(stdout) > 50")]
    [InlineData("Count at least 3", "grep -c Up status.txt", "last_number(stdout) >= 3")]
    public void Recognises_the_forms_a_run_step_can_check(string expected, string command, string expression)
    {
        Assert.Equal(expression, ExpectedLines.Recognize(expected, command)?.Expression);
    }

    [Theory]
    [InlineData("`ticks_last_2min > 50` (during market hours)", "psql -c 'select 1'")]
    [InlineData("HTTP 200 response with valid JSON", "curl -s http://x/health | jq .")]
    [InlineData("Quote received", "websocat ws://x")]
    [InlineData("count above 50 (during market hours)", "psql -t -c 'select count(*) from ticks'")]
    public void Leaves_what_stdout_cannot_show_as_text(string expected, string command)
    {
        Assert.Null(ExpectedLines.Recognize(expected, command));
    }
}
