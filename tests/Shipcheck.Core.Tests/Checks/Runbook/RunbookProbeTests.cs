using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Runbook;

public sealed class RunbookProbeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly ICheckKind _kind = CheckKinds.Find("runbook")!;

    public void Dispose() => _folder.Dispose();

    private const string Complete = """
        # Runbook

        **Last Updated**: 2026-11-20

        ## 1. Health Check Procedures
        See [the deploy guide](docs/DEPLOY.md#rolling-update) and [below](#4-monitoring).
        ## 2. Scaling Procedures
        ## 3. Rollback Procedures
        Run [the script](scripts/rollback.sh).
        ## 4. Monitoring
        """;

    private Task<ProbeResult> Observe(string directory, params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), Probes.Context(directory, time: new FixedTime(Now)));

    private void Write(string relative, string text)
    {
        var full = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static List<(string Name, string Status)> Items(ProbeResult result) =>
        [.. Assert.IsType<ListValue>(result.Observations["series"]).Items.Cast<MapValue>().Select(m =>
            (((StringValue)m.Entries["name"]).Value, ((StringValue)m.Entries["status"]).Value))];

    [Fact]
    public async Task Passes_a_complete_fresh_runbook_whose_links_resolve()
    {
        Write("RUNBOOK.md", Complete);
        Write("docs/DEPLOY.md", "# Deploy\n## Rolling update\n");
        Write("scripts/rollback.sh", "#!/bin/sh\n");

        var result = await Observe(_folder.Path);

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(0, result.Observations.Number("warnings"));
        Assert.Equal(TimeSpan.FromDays(11.5), result.Observations.Duration("age"));
        Assert.Contains("3 relative links and anchors resolve", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_missing_sections_and_broken_links_and_anchors_with_locations()
    {
        Write("RUNBOOK.md", "# Runbook\nLast updated: 2026-11-30\n## Health\n[a](missing.md) [b](docs/DEPLOY.md#rollbak) [c](#healt)\n");
        Write("docs/DEPLOY.md", "# Deploy\n## Rollback\n");

        var result = await Observe(_folder.Path);

        var missing = Assert.IsType<ListValue>(result.Observations["missing_sections"]).Items.Select(v => ((StringValue)v).Value);
        Assert.Equal(["rollback", "scaling", "monitoring"], missing);
        Assert.Equal(3, result.Observations.Number("broken_links"));
        Assert.Contains("FAIL missing.md — points to missing.md, which does not exist", result.Output, StringComparison.Ordinal);
        Assert.Contains("did you mean #rollback?", result.Output, StringComparison.Ordinal);
        Assert.Contains("#healt matches no heading of this runbook: did you mean #health?", result.Output, StringComparison.Ordinal);
        Assert.Contains("(at RUNBOOK.md:4:1)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_a_korean_runbook_through_the_headings_list()
    {
        Write("RUNBOOK.md", "# 운영 런북\n최종 수정\n\nLast Updated: 2026-11-01\n## 헬스체크 절차\n## 롤백 절차\n## 스케일링\n## 모니터링\n[롤백으로](#롤백-절차)\n");
        var headings = new Dictionary<string, IReadOnlyList<Template>>
        {
            ["health"] = [TestOptions.Text("헬스체크")],
            ["rollback"] = [TestOptions.Text("롤백"), TestOptions.Text("Rückgängig")],
            ["scaling"] = [TestOptions.Text("스케일링")],
            ["monitoring"] = [TestOptions.Text("모니터링")],
        };

        var result = await Observe(_folder.Path, ("headings", headings));

        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Contains("documented under '롤백 절차'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warns_when_the_last_updated_date_is_older_than_max_age()
    {
        Write("RUNBOOK.md", "# Health\n# Rollback\n# Scaling\n# Monitoring\n\nLast Updated: 2026-06-01\n");

        var result = await Observe(_folder.Path, ("max_age", TimeSpan.FromDays(30)));

        Assert.Contains(("freshness", "warn"), Items(result));
        Assert.Contains("183 days ago: older than 30d", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, result.Observations.Number("failures"));
    }

    [Fact]
    public async Task Takes_the_date_from_git_when_there_is_no_last_updated_line()
    {
        using var repository = new TestRepository();
        repository.Write("ops/RUNBOOK.md", "# Health\n# Rollback\n# Scaling\n# Monitoring\n[root](/README.md)\n");
        repository.Write("README.md", "# Readme\n");
        repository.Commit("runbook");

        var result = await Observe(repository.Path, ("path", "ops/RUNBOOK.md"));

        Assert.Contains("last committed 2026-11-01, 30 days ago", result.Output, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), Assert.IsType<TimestampValue>(result.Observations["last_updated"]).Value);
        Assert.Equal(0, result.Observations.Number("failures"));
    }

    [Fact]
    public async Task Warns_when_an_undated_runbook_is_not_committed()
    {
        using var repository = new TestRepository();
        repository.Write("RUNBOOK.md", "# Health\n");

        var result = await Observe(repository.Path, ("sections", new[] { "health" }));

        Assert.Contains(("freshness", "warn"), Items(result));
        Assert.IsType<NullValue>(result.Observations["age"]);
    }

    [Fact]
    public async Task Says_what_to_do_when_the_runbook_is_missing()
    {
        var result = await Observe(_folder.Path);

        Assert.Null(result.Error);
        Assert.Contains("RUNBOOK.md — does not exist: write it with a section for each of health, rollback, scaling, monitoring", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_web_links_only_when_online_with_head_then_get()
    {
        var (app, address) = await LoopbackWebApp.StartAsync(web =>
        {
            web.MapGet("/get-only", () => "fine");
            web.MapMethods("/head-ok", ["HEAD"], () => Results.Ok());
            web.MapGet("/gone", () => Results.NotFound());
        });
        try
        {
            var dead = $"http://127.0.0.1:{Ports.Closed()}/x";
            Write("RUNBOOK.md", $"# Health\n# Rollback\n# Scaling\n# Monitoring\nLast Updated: 2026-11-30\n"
                + $"[a]({address}/get-only) [b]({address}/head-ok) [c]({address}/gone) [d]({dead})\n");

            var offline = await Observe(_folder.Path);
            var online = await Observe(_folder.Path, ("online", true));

            Assert.Equal(0, offline.Observations.Number("failures"));
            Assert.Contains("4 web links not checked", offline.Output, StringComparison.Ordinal);
            Assert.Equal(2, online.Observations.Number("broken_links"));
            Assert.Contains("answers 404", online.Output, StringComparison.Ordinal);
            Assert.Contains($"FAIL {dead} — cannot be reached", online.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("get-only —", online.Output, StringComparison.Ordinal);
        }
        finally
        {
            await LoopbackWebApp.StopAsync(app);
        }
    }

    [Fact]
    public void Refuses_headings_for_a_section_that_is_not_required()
    {
        var headings = new Dictionary<string, IReadOnlyList<Template>> { ["rolback"] = [TestOptions.Text("롤백")] };

        var diagnostics = TestOptions.Validate(_kind, TestOptions.Of(("headings", headings)));

        Assert.Contains("did you mean 'rollback'?", Assert.Single(diagnostics.Items).Hint, StringComparison.Ordinal);
    }
}
