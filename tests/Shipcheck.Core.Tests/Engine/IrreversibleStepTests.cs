using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Canary;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

/// <summary><c>irreversible: true</c>: after such a step ran, a failure rolls back only when a person (or the checklist) allows it.</summary>
public sealed class IrreversibleStepTests
{
    private readonly EngineHarness _harness = new();
    private readonly ScriptedProbe _undo = new();

    private Shipcheck.Core.Checklists.Checklist MigrateThenFailVerify(bool allow = false, string? migrateWhen = null)
    {
        var migrate = Step("migrate schema", new ScriptedProbe()) with
        {
            Irreversible = true,
            When = migrateWhen is null ? null : Expr(migrateWhen),
        };
        return Checklist(
            deploy: [migrate, Step("ship", new ScriptedProbe())],
            verify: [Step("health", new ScriptedProbe().ThenFail().ThenPass())],
            rollback: [Step("undo", _undo)]) with
        { RollbackAfterIrreversibleAllowed = allow };
    }

    [Fact]
    public async Task With_nobody_to_ask_a_failure_after_an_irreversible_step_is_not_rolled_back()
    {
        var run = await _harness.RunAsync(MigrateThenFailVerify());

        Assert.Equal(Verdict.Failed, run.Verdict);
        Assert.Equal(0, _undo.Calls);
        Assert.Equal(["deploy/migrate schema/passed", "deploy/ship/passed", "verify/health/failed"], _harness.StoredSteps());
        Assert.Contains("not rolled back: 'migrate schema' (line 1) is irreversible and ran; nobody to decide", run.Summary);
        Assert.Contains("rollback_after_irreversible: allow", run.Summary);
        Assert.Equal(1, VerdictExitCodes.For(run.Verdict));
    }

    [Fact]
    public async Task Rollback_after_irreversible_allow_rolls_back_as_usual()
    {
        var run = await _harness.RunAsync(MigrateThenFailVerify(allow: true));

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(1, _undo.Calls);
        Assert.DoesNotContain("irreversible", run.Summary);
    }

    [Fact]
    public async Task A_person_who_says_yes_gets_the_rollback_and_is_named_in_the_summary()
    {
        var bob = new PersonPrompt(promote: true);
        _harness.Prompt = bob;

        var run = await _harness.RunAsync(MigrateThenFailVerify());

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(1, _undo.Calls);
        var question = Assert.Single(bob.Questions);
        Assert.Contains("'migrate schema' (line 1) is irreversible and ran. Roll back anyway?", question);
        Assert.Contains("rollback after 'migrate schema' (line 1) is irreversible and ran approved by bob: dashboards look fine", run.Summary);
    }

    [Fact]
    public async Task A_person_who_says_no_leaves_the_service_as_it_is()
    {
        _harness.Prompt = new PersonPrompt(promote: false);

        var run = await _harness.RunAsync(MigrateThenFailVerify());

        Assert.Equal(Verdict.Failed, run.Verdict);
        Assert.Equal(0, _undo.Calls);
        Assert.Contains("not rolled back: 'migrate schema' (line 1) is irreversible and ran; bob decided not to: not without data", run.Summary);
    }

    [Fact]
    public async Task An_irreversible_step_skipped_by_when_does_not_hold_the_rollback()
    {
        var run = await _harness.RunAsync(MigrateThenFailVerify(migrateWhen: "false"));

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(1, _undo.Calls);
        Assert.Equal("skipped", Names.Of(_harness.Stored(Phase.Deploy, "migrate schema").Status));
    }

    [Fact]
    public async Task A_failure_before_the_irreversible_step_rolls_back_as_usual()
    {
        var migrate = Step("migrate schema", new ScriptedProbe()) with { Irreversible = true };
        var checklist = Checklist(
            deploy: [Step("ship", new ScriptedProbe().ThenFail()), migrate],
            verify: [Step("health", new ScriptedProbe())],
            rollback: [Step("undo", _undo)]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(1, _undo.Calls);
    }

    [Fact]
    public async Task The_irreversible_step_failing_itself_still_counts_as_having_run()
    {
        // A migration that fails half-way may have changed the schema all the same.
        var migrate = Step("migrate schema", new ScriptedProbe().ThenFail()) with { Irreversible = true };
        var checklist = Checklist(deploy: [migrate], verify: [Step("health", new ScriptedProbe())], rollback: [Step("undo", _undo)]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Failed, run.Verdict);
        Assert.Equal(0, _undo.Calls);
        Assert.Contains("'migrate schema' (line 1) is irreversible and ran", run.Summary);
    }
}
