using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Gates.Freeze;
using Shipcheck.Core.Gates.Signoffs;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Gates;

/// <summary>Gates in a whole run: freezes before pre, sign-off points before deploy and completion, the override.</summary>
public sealed class GateRunTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly GateRunHarness _harness = new();
    private readonly ScriptedProbe _pre = new();
    private readonly ScriptedProbe _deploy = new();
    private readonly ScriptedProbe _rollback = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private Core.Checklists.Checklist Plain() => Checklist(
        pre: [Step("check", _pre)],
        deploy: [Step("ship", _deploy)],
        verify: [Step("health", new ScriptedProbe())],
        rollback: [Step("undo", _rollback)]);

    // JumpingTimeProvider starts on Sunday 2026-11-22 03:15 UTC.
    private static FreezeWindow AlwaysOn(FreezeOverride? over = null) => new()
    {
        Name = "weekend",
        Days = Weekdays.Parse("sat,sun"),
        Override = over,
    };

    private static SignoffPoint Point(SignoffMoment before, int required, TimeSpan wait, bool allowSelf = false, params string[] roles) => new()
    {
        Before = before,
        Roles = roles,
        Required = required,
        Wait = wait,
        AllowSelf = allowSelf,
    };

    [Fact]
    public async Task A_run_inside_a_freeze_is_blocked_before_pre_and_recorded_with_the_window_and_how_to_go_on()
    {
        var run = await _harness.RunAsync(Plain() with { Freezes = [AlwaysOn(new FreezeOverride("release-manager", TimeSpan.Zero))] });

        Assert.Equal(Verdict.Blocked, run.Verdict);
        Assert.Equal(3, VerdictExitCodes.For(run.Verdict));
        Assert.Equal(0, _pre.Calls);
        Assert.Equal(0, _deploy.Calls);
        Assert.Empty(run.Steps);
        var stored = await (await _harness.StoreAsync()).GetRunAsync(run.Id, Ct);
        Assert.Equal(Verdict.Blocked, stored!.Verdict);
        Assert.Contains("freeze \"weekend\" is on (sat,sun UTC)", stored.Summary, StringComparison.Ordinal);
        Assert.Contains("--override \"reason\"", stored.Summary, StringComparison.Ordinal);
        Assert.Contains("release-manager", stored.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_freeze_that_is_off_lets_the_run_through()
    {
        var weekdays = new FreezeWindow { Name = "weekdays", Days = Weekdays.Parse("mon-fri") };

        var run = await _harness.RunAsync(Plain() with { Freezes = [weekdays] });

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(1, _deploy.Calls);
    }

    [Fact]
    public async Task An_ad_hoc_freeze_blocks_its_service_until_it_is_ended()
    {
        var store = await _harness.StoreAsync();
        var id = await store.StartFreezeAsync(new AdHocFreeze { Reason = "incident INC-42", Service = "demo", StartedBy = "bob", StartedAt = _harness.Time.GetUtcNow() }, Ct);
        await store.StartFreezeAsync(new AdHocFreeze { Reason = "other team", Service = "billing", StartedBy = "bob", StartedAt = _harness.Time.GetUtcNow() }, Ct);

        var blocked = await _harness.RunAsync(Plain());
        await store.EndFreezeAsync(id, "bob", _harness.Time.GetUtcNow(), Ct);
        var after = await _harness.RunAsync(Plain());

        Assert.Equal(Verdict.Blocked, blocked.Verdict);
        Assert.Contains("incident INC-42", blocked.Summary, StringComparison.Ordinal);
        Assert.Contains($"shipcheck freeze end {id}", blocked.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("other team", blocked.Summary, StringComparison.Ordinal);
        Assert.Equal(Verdict.Succeeded, after.Verdict);
    }

    [Fact]
    public async Task An_ad_hoc_freeze_with_until_ends_by_itself()
    {
        var store = await _harness.StoreAsync();
        var now = _harness.Time.GetUtcNow();
        await store.StartFreezeAsync(new AdHocFreeze { Reason = "past", StartedBy = "bob", StartedAt = now.AddHours(-2), Until = now.AddHours(-1) }, Ct);

        var run = await _harness.RunAsync(Plain());

        Assert.Equal(Verdict.Succeeded, run.Verdict);
    }

    [Fact]
    public async Task Missing_sign_offs_before_deploy_wait_the_configured_time_then_block_after_pre_with_nothing_deployed()
    {
        var checklist = Plain() with { Signoffs = [Point(SignoffMoment.Deploy, 2, TimeSpan.FromMinutes(10), false, "QA Lead", "Security", "Product Manager")] };
        await _harness.SignAsync("QA Lead", "kim");

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Blocked, run.Verdict);
        Assert.Equal(1, _pre.Calls);
        Assert.Equal(0, _deploy.Calls);
        Assert.Equal(0, _rollback.Calls);
        Assert.True(_harness.Time.Elapsed >= TimeSpan.FromMinutes(10), $"waited {_harness.Time.Elapsed}");
        Assert.Contains("blocked before deploy: 1 of 2 needed, signed: QA Lead (kim); missing: Security, Product Manager", run.Summary, StringComparison.Ordinal);
        var waiting = Assert.Single(_harness.Waits());
        Assert.Contains("missing: Security, Product Manager", waiting, StringComparison.Ordinal);
        Assert.Contains($"shipcheck approve {run.Id} --role Security", waiting, StringComparison.Ordinal);
        // The same moment as the milestone notify: targets announce.
        var milestone = Assert.Single(_harness.Observer.Events.OfType<WaitingForSignoff>());
        Assert.Equal("before deploy", milestone.Point);
        Assert.Equal(["Security", "Product Manager"], milestone.Missing);
        Assert.Equal(TimeSpan.FromMinutes(10), milestone.WaitsUpTo);
    }

    [Fact]
    public async Task A_sign_off_that_arrives_while_the_run_waits_lets_it_deploy()
    {
        var checklist = Plain() with { Signoffs = [Point(SignoffMoment.Deploy, 1, TimeSpan.FromHours(1), false, "QA Lead")] };
        _harness.OnEvent = e =>
        {
            if (e is WaitingForSignoff)
            {
                _harness.SignAsync("qa lead", "kim").GetAwaiter().GetResult();
            }
        };

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(1, _deploy.Calls);
        Assert.Contains("signed off before deploy: QA Lead (kim)", run.Summary, StringComparison.Ordinal);
        Assert.True(_harness.Time.Elapsed < TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Whoever_started_the_run_cannot_sign_off_for_it_unless_the_checklist_allows_it()
    {
        await _harness.SignAsync("QA Lead", "Alice");
        var strict = Plain() with { Signoffs = [Point(SignoffMoment.Deploy, 1, TimeSpan.Zero, false, "QA Lead")] };
        var lenient = Plain() with { Signoffs = [Point(SignoffMoment.Deploy, 1, TimeSpan.Zero, true, "QA Lead")] };

        var refused = await _harness.RunAsync(strict);
        var allowed = await _harness.RunAsync(lenient);

        Assert.Equal(Verdict.Blocked, refused.Verdict);
        Assert.Contains("not counted (four-eyes: the run's starter): QA Lead (Alice)", refused.Summary, StringComparison.Ordinal);
        Assert.Equal(Verdict.Succeeded, allowed.Verdict);
    }

    [Fact]
    public async Task One_person_counts_for_one_role_so_N_of_M_means_N_people()
    {
        await _harness.SignAsync("QA Lead", "kim");
        await _harness.SignAsync("Security", "kim");
        var checklist = Plain() with { Signoffs = [Point(SignoffMoment.Deploy, 2, TimeSpan.Zero, false, "QA Lead", "Security")] };

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Blocked, run.Verdict);
        Assert.Contains("1 of 2 needed", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_off_for_another_version_does_not_count()
    {
        await _harness.SignAsync("QA Lead", "kim", version: "v1");
        var checklist = Plain() with { Signoffs = [Point(SignoffMoment.Deploy, 1, TimeSpan.Zero, false, "QA Lead")] };

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Blocked, run.Verdict);
        Assert.Contains("0 of 1 needed, none signed", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_sign_offs_before_completion_block_without_rolling_back()
    {
        var checklist = Plain() with { Signoffs = [Point(SignoffMoment.Completion, 1, TimeSpan.FromMinutes(5), false, "Service Owner")] };

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Blocked, run.Verdict);
        Assert.Equal(1, _deploy.Calls);
        Assert.Equal(0, _rollback.Calls);
        Assert.Contains("blocked before completion", run.Summary, StringComparison.Ordinal);
        Assert.Contains("nothing was rolled back", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_with_the_named_role_signed_off_goes_through_the_freeze_as_break_glass()
    {
        _harness.Request = _harness.Request with { OverrideReason = "hotfix for INC-7" };
        await _harness.SignAsync("release-manager", "kim");

        var run = await _harness.RunAsync(Plain() with { Freezes = [AlwaysOn(new FreezeOverride("release-manager", TimeSpan.Zero))] });

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(1, _deploy.Calls);
        Assert.StartsWith("break-glass: freeze \"weekend\" overridden (reason: hotfix for INC-7), signed off by kim (release-manager)", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_without_the_sign_off_stays_blocked_and_one_on_a_freeze_without_a_role_is_refused()
    {
        _harness.Request = _harness.Request with { OverrideReason = "hotfix" };

        var unsigned = await _harness.RunAsync(Plain() with { Freezes = [AlwaysOn(new FreezeOverride("release-manager", TimeSpan.Zero))] });
        var noRole = await _harness.RunAsync(Plain() with { Freezes = [AlwaysOn()] });

        Assert.Equal(Verdict.Blocked, unsigned.Verdict);
        Assert.Contains($"shipcheck approve {unsigned.Id} --role release-manager", unsigned.Summary, StringComparison.Ordinal);
        Assert.Equal(Verdict.Blocked, noRole.Verdict);
        Assert.Contains("names no override role", noRole.Summary, StringComparison.Ordinal);
        Assert.Equal(0, _pre.Calls);
    }
}
