using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Tests.Engine;

/// <summary>The gates of a dry-run plan: freezes judged at the plan's time, lock, sign-offs, notify targets masked.</summary>
public sealed class GatePlanTests
{
    private const string Text = """
        service: signal-service
        secrets: [HOOK_TOKEN]
        lock: signal-prod
        freeze:
          - name: market open
            timezone: Asia/Seoul
            days: mon-fri
            between: "09:00-09:30"
            override: { signoff: release-manager, reason: required }
          - name: documentation freeze
            file: flags/docs-freeze
        signoffs:
          - before: deploy
            roles: [DevOps Lead, QA Lead, Security]
            required: 2
            wait: 30m
        notify:
          - name: ops
            webhook: https://hooks.example/${HOOK_TOKEN}
            events: [started, rolled_back]
        deploy:
          - run: ./deploy.sh
        """;

    private static RunPlan PlanAt(string utc)
    {
        var path = Path.Combine(Path.GetTempPath(), "shipcheck-gate-plan", "shipcheck.yaml");
        var loaded = ChecklistLoader.LoadText(Text, "shipcheck.yaml", path, Core.Checks.CheckKinds.All);
        Assert.True(loaded.Success, string.Join("\n", loaded.Problems.Select(p => p.Render())));
        var environment = new Dictionary<string, string> { ["HOOK_TOKEN"] = "s3cr3t-token-value" };
        var prepared = RunPreparation.Prepare(loaded.Checklist!, new RunRequest(), environment.GetValueOrDefault);
        return RunPlan.Build(prepared, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_weekday_morning_in_Seoul_is_inside_the_market_open_freeze()
    {
        // Wednesday 2 December 2026, 00:10 UTC = 09:10 in Seoul.
        var freeze = PlanAt("2026-12-02T00:10:00Z").Gates.Freezes[0];

        Assert.Equal("market open", freeze.Name);
        Assert.True(freeze.OnNow);
        Assert.Equal("until 2026-12-02 09:30 Asia/Seoul", freeze.Until);
        Assert.Equal("release-manager", freeze.OverrideRole);
    }

    [Fact]
    public void Outside_the_window_and_without_the_flag_file_nothing_is_on()
    {
        // 01:00 UTC = 10:00 in Seoul; the flag file does not exist.
        var gates = PlanAt("2026-12-02T01:00:00Z").Gates;

        Assert.All(gates.Freezes, f => Assert.False(f.OnNow));
        Assert.Null(gates.Freezes[1].OverrideRole);
        Assert.EndsWith("flags/docs-freeze exists", gates.Freezes[1].Covers);
    }

    [Fact]
    public void The_lock_sign_offs_and_notify_targets_are_listed_and_the_token_is_masked()
    {
        var gates = PlanAt("2026-12-02T01:00:00Z").Gates;

        Assert.Equal("signal-prod", gates.Lock);
        var point = Assert.Single(gates.Signoffs);
        Assert.Equal(("deploy", 2, TimeSpan.FromMinutes(30), false), (point.Before, point.Required, point.Wait, point.AllowSelf));
        Assert.Equal(["DevOps Lead", "QA Lead", "Security"], point.Roles);
        var target = Assert.Single(gates.Notify);
        Assert.Equal("https://hooks.example/****", target.Destination);
        Assert.Equal(["started", "rolled_back"], target.Events);
    }
}
