using System.Text.Json;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Preflight;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Store;

namespace Shipcheck.Core.Tests.Preflight;

public sealed class PreflightReportTests
{
    private static StepRecord Check(int sequence, string name, StepStatus status, params Finding[] findings) =>
        StoreRecords.Step(sequence, Phase.Pre, name, status) with
        {
            Kind = name,
            ObservationsJson = FindingObservations.Of(findings).ToJson(),
            Message = FindingObservations.Summary(findings),
        };

    private static RunRecord Run(Verdict verdict, params StepRecord[] steps) =>
        StoreRecords.Run("pf-1") with { Version = "v0.2.0", Verdict = verdict, Steps = steps };

    private static readonly StepRecord TagPasses = Check(1, "release_tag", StepStatus.Passed,
        Finding.Pass("version", "v0.2.0 is a semantic version"), Finding.Pass("tag", "v0.2.0 points at HEAD (abc123de)"));

    private static readonly StepRecord RunbookWarns = Check(2, "runbook", StepStatus.Passed,
        Finding.Pass("rollback", "section found"), Finding.Warn("freshness", "last updated 120 days ago; review it"));

    private static readonly StepRecord SecretsFail = Check(3, "secrets", StepStatus.Failed,
        Finding.Fail("aws-access-token", "AKIA… found", "config/app.py:12:9"));

    [Fact]
    public void Every_item_is_a_line_of_its_check_and_the_result_counts_the_checks()
    {
        var result = PreflightResult.From(Run(Verdict.Failed, TagPasses, RunbookWarns, SecretsFail), strict: false);
        var text = PreflightTextReport.Render(result);

        Assert.False(result.Passed);
        Assert.Equal(2, result.PassedCount);
        Assert.Contains("CHECK 1: release_tag\n", text);
        Assert.Contains("[PASS] tag: v0.2.0 points at HEAD (abc123de)\n", text);
        Assert.Contains("[WARN] freshness: last updated 120 days ago; review it\n", text);
        Assert.Contains("[FAIL] aws-access-token: AKIA… found (at config/app.py:12:9)\n", text);
        Assert.Contains("PASS release_tag\nPASS runbook\nFAIL secrets\n", text);
        Assert.Contains("Result: 2/3 checks passed\n", text);
        Assert.Contains("PRE-DEPLOYMENT CHECK: FAILED\n", text);
    }

    [Fact]
    public void Strict_fails_a_check_with_warnings_and_says_why()
    {
        var result = PreflightResult.From(Run(Verdict.Succeeded, TagPasses, RunbookWarns), strict: true);
        var text = PreflightTextReport.Render(result);

        Assert.False(result.Passed);
        Assert.Contains("FAIL runbook (warnings, --strict)\n", text);
        Assert.Contains("Result: 1/2 checks passed\n", text);
        Assert.True(PreflightResult.From(Run(Verdict.Succeeded, TagPasses, RunbookWarns), strict: false).Passed);
    }

    [Fact]
    public void A_check_that_could_not_look_is_one_failed_line_with_the_reason()
    {
        var broken = StoreRecords.Step(4, Phase.Pre, "migrations", StepStatus.Error) with
        {
            ObservationsJson = "{}",
            Message = "/srv/app is not a git repository (or inside one)",
        };

        var result = PreflightResult.From(Run(Verdict.Failed, TagPasses, broken), strict: false);

        var item = Assert.Single(result.Checks[1].Items);
        Assert.Equal(("fail", "could not check: /srv/app is not a git repository (or inside one)"), (item.Status, item.Message));
        Assert.False(result.Checks[1].Passed);
    }

    [Fact]
    public void A_message_with_line_breaks_and_colour_codes_stays_on_one_line()
    {
        var odd = Check(1, "secrets", StepStatus.Failed, Finding.Fail("API_KEY", "\u001b[31mplaceholder\u001b[0m\nchange it"));

        var text = PreflightTextReport.Render(PreflightResult.From(Run(Verdict.Failed, odd), strict: false));

        Assert.Contains("[FAIL] API_KEY: placeholder change it\n", text);
    }

    [Fact]
    public void The_json_has_every_check_and_item_with_status_and_message()
    {
        var result = PreflightResult.From(Run(Verdict.Failed, TagPasses, SecretsFail), strict: false);

        using var json = JsonDocument.Parse(PreflightJsonReport.Render(result));
        var root = json.RootElement;

        Assert.Equal(("pf-1", "v0.2.0", false, "1/2"), (root.GetProperty("run_id").GetString(), root.GetProperty("version").GetString(),
            root.GetProperty("passed").GetBoolean(), root.GetProperty("result").GetString()));
        var secrets = root.GetProperty("checks")[1];
        Assert.Equal("failed", secrets.GetProperty("step_status").GetString());
        var item = secrets.GetProperty("items")[0];
        Assert.Equal(("aws-access-token", "fail", "config/app.py:12:9"),
            (item.GetProperty("name").GetString(), item.GetProperty("status").GetString(), item.GetProperty("location").GetString()));
    }
}

public sealed class PreflightOrderTests
{
    [Fact]
    public void Checks_are_reported_in_the_checklists_order_not_the_order_they_ended()
    {
        var run = StoreRecords.Run("pf-2") with
        {
            Steps = [StoreRecords.Step(1, Phase.Pre, "runbook"), StoreRecords.Step(2, Phase.Pre, "release_tag"), StoreRecords.Step(3, Phase.Pre, "secrets")],
        };

        var result = PreflightResult.From(run, strict: false, ["release_tag", "secrets", "runbook"]);

        Assert.Equal(["release_tag", "secrets", "runbook"], result.Checks.Select(c => c.Name));
    }
}
