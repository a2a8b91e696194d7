using Shipcheck.Core.Engine;
using Shipcheck.Core.Reports;

namespace Shipcheck.Core.Tests.Reports;

public sealed class DeploymentLogEntryTests
{
    [Fact]
    public void Writes_the_seed_format_with_the_local_time_and_offset_of_the_run()
    {
        var run = SampleRuns.Run("r1") with
        {
            Verdict = Verdict.Succeeded,
            Variables = new Dictionary<string, string> { ["changes"] = "faster start\nsmaller image" },
            Captures = new Dictionary<string, string> { ["commit"] = "a1b2c3d" },
            Steps = [SampleRuns.Step(1, Phase.Verify, "health", "http", 1, 10)],
        };

        Assert.Equal("""
            ## 2026-11-22 03:15 (+09:00)
            - Service: demo (production)
            - Version: v2
            - Commit: a1b2c3d
            - Changes: faster start smaller image
            - Status: SUCCESS
            - Verification: All checks passed (1 check)
            - Run: r1

            """.Replace("\r\n", "\n", StringComparison.Ordinal), DeploymentLogEntry.Render(run));
    }

    [Fact]
    public void Takes_the_commit_from_a_capture_before_a_variable_of_the_same_name()
    {
        var run = SampleRuns.Run("r1") with
        {
            Variables = new Dictionary<string, string> { ["commit"] = "from-var" },
            Captures = new Dictionary<string, string> { ["commit"] = "from-capture" },
        };

        Assert.Contains("- Commit: from-capture\n", DeploymentLogEntry.Render(run), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deployed_commit")]
    [InlineData("git_commit")]
    public void Finds_the_commit_under_its_other_names(string name)
    {
        var run = SampleRuns.Run("r1") with { Variables = new Dictionary<string, string> { [name] = "beef" } };

        Assert.Contains("- Commit: beef\n", DeploymentLogEntry.Render(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_dash_for_what_the_run_does_not_know()
    {
        var text = DeploymentLogEntry.Render(SampleRuns.Run("r1") with { Version = null, Environment = null });

        Assert.Contains("- Service: demo\n- Version: -\n- Commit: -\n- Changes: -\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Verdict.Succeeded, "SUCCESS")]
    [InlineData(Verdict.RolledBack, "ROLLED_BACK")]
    [InlineData(Verdict.RollbackFailed, "ROLLBACK_FAILED")]
    [InlineData(Verdict.Failed, "FAILED")]
    [InlineData(Verdict.Interrupted, "INTERRUPTED")]
    [InlineData(Verdict.Blocked, "BLOCKED")]
    public void Spells_each_verdict_as_the_seeds_do(Verdict verdict, string status)
    {
        Assert.Contains($"- Status: {status}\n", DeploymentLogEntry.Render(SampleRuns.Run("r1") with { Verdict = verdict }), StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_html_in_values_so_the_log_shows_them_as_text()
    {
        var run = SampleRuns.Run("r1") with { Variables = new Dictionary<string, string> { ["changes"] = "<script>alert(1)</script>" } };

        Assert.Contains("- Changes: &lt;script>alert(1)&lt;/script>\n", DeploymentLogEntry.Render(run), StringComparison.Ordinal);
    }
}
