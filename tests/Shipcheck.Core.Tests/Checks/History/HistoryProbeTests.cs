using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.History;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Reports;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Reports;
using Shipcheck.Core.Tests.Store;

namespace Shipcheck.Core.Tests.Checks.History;

public sealed class HistoryProbeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Creates_the_file_its_folders_and_the_heading_when_missing()
    {
        var run = SampleRuns.Succeeded();

        var result = await ObserveAsync("docs/deployment/HISTORY.md", run);

        var path = Path.Combine(_folder.Path, "docs", "deployment", "HISTORY.md");
        Assert.Null(result.Error);
        Assert.Equal(Value.Of(true), result.Observations["written"]);
        Assert.Equal(Value.Of(path), result.Observations["path"]);
        Assert.Equal("# Deployment History\n\n" + DeploymentLogEntry.Render(run), await File.ReadAllTextAsync(path, Ct));
        Assert.Equal(DeploymentLogEntry.Render(run), result.Output);
    }

    [Fact]
    public async Task Appends_the_newest_entry_at_the_end_after_a_blank_line()
    {
        var path = Path.Combine(_folder.Path, "HISTORY.md");
        const string existing = "# Deployment History\n\n## 2026-11-01 10:00\n- Commit: 0ld\n- Status: SUCCESS\n";
        await File.WriteAllTextAsync(path, existing, Ct);
        var run = SampleRuns.RolledBack();

        await ObserveAsync("HISTORY.md", run);

        Assert.Equal(existing + "\n" + DeploymentLogEntry.Render(run), await File.ReadAllTextAsync(path, Ct));
    }

    [Theory]
    [InlineData("# Log\n- old", "# Log\n- old\n\n")]
    [InlineData("# Log\n- old\n\n", "# Log\n- old\n\n")]
    [InlineData("# Log\r\n- old\r\n", "# Log\r\n- old\r\n\n")]
    public async Task Leaves_exactly_one_blank_line_before_the_new_entry(string existing, string expectedPrefix)
    {
        var path = Path.Combine(_folder.Path, "HISTORY.md");
        await File.WriteAllTextAsync(path, existing, Ct);
        var run = SampleRuns.Succeeded();

        await ObserveAsync("HISTORY.md", run);

        Assert.Equal(expectedPrefix + DeploymentLogEntry.Render(run), await File.ReadAllTextAsync(path, Ct));
    }

    [Fact]
    public async Task Writes_the_outcome_the_run_has_reached_when_the_step_runs()
    {
        var run = SampleRuns.Run("r1") with { Verdict = Verdict.Running };
        var context = HistoryContexts.For(_folder.Path, () => run);
        var probe = new HistoryKind().CreateProbe(HistoryContexts.PathOption("HISTORY.md"));
        run = run with { Verdict = Verdict.RolledBack };

        await probe.ObserveAsync(context, Ct);

        Assert.Contains("- Status: ROLLED_BACK\n", await File.ReadAllTextAsync(Path.Combine(_folder.Path, "HISTORY.md"), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_variables_in_the_path()
    {
        var run = SampleRuns.Succeeded();
        var context = HistoryContexts.For(_folder.Path, () => run, new Dictionary<string, string> { ["service"] = "demo" });

        var result = await new HistoryKind().CreateProbe(HistoryContexts.PathOption("logs/${service}.md")).ObserveAsync(context, Ct);

        Assert.Equal(Value.Of(Path.Combine(_folder.Path, "logs", "demo.md")), result.Observations["path"]);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "logs", "demo.md")));
    }

    [Fact]
    public async Task Reports_a_path_it_cannot_write_as_a_failed_probe_naming_the_file()
    {
        // A folder that is really a file cannot be created, even by root.
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "docs"), "not a folder", Ct);

        var result = await ObserveAsync("docs/HISTORY.md", SampleRuns.Succeeded());

        var path = Path.Combine(_folder.Path, "docs", "HISTORY.md");
        Assert.NotNull(result.Error);
        Assert.StartsWith($"cannot write the deployment history to {path}: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(Value.Of(false), result.Observations["written"]);
    }

    private Task<ProbeResult> ObserveAsync(string path, RunRecord run) =>
        new HistoryKind().CreateProbe(HistoryContexts.PathOption(path)).ObserveAsync(HistoryContexts.For(_folder.Path, () => run), Ct);
}
