using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class RunPlanTests
{
    [Fact]
    public void The_plan_lists_each_phase_with_targets_resolved_and_secrets_masked_and_runs_nothing()
    {
        var environment = new Dictionary<string, string> { ["API_TOKEN"] = "tok-123456" };
        var ship = new ScriptedProbe();
        var health = Step("health", new ScriptedProbe(), ScriptedKind.Instance, "http://127.0.0.1:${port}/health?token=${API_TOKEN}", "ok", "n < 500")
            with
        { Until = TimeSpan.FromSeconds(30), Every = TimeSpan.FromMilliseconds(500), Timeout = TimeSpan.FromSeconds(5) };
        var checklist = Checklist(
            vars: [Var("port", "18080")],
            secrets: ["API_TOKEN"],
            deploy: [Step("ship", ship, ScriptedKind.Instance, "./deploy.sh ${version}\n--fast", "ok")],
            verify: [health, Parallel(Step("a", new ScriptedProbe()), Step("b", new ScriptedProbe()) with { WarnOnly = true })],
            rollback: [Step("undo", new ScriptedProbe(), ScriptedKind.Instance, "./deploy.sh ${previous_version}", "ok") with { When = Expr("previous_version != \"none\"") }],
            stability: new StabilityDefinition(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30), [health], Span));
        var prepared = RunPreparation.Prepare(checklist, new RunRequest { Version = "1.4.2" }, environment.GetValueOrDefault);

        var plan = RunPlan.Build(prepared, DateTimeOffset.UnixEpoch);

        Assert.Equal([Phase.Deploy, Phase.Verify, Phase.Rollback], plan.Phases.Select(p => p.Phase));
        Assert.Equal("./deploy.sh 1.4.2 ↵ --fast", plan.Phases[0].Steps[0].Target);
        var verify = plan.Phases[1];
        Assert.True(verify.Concurrent);
        Assert.Equal("http://127.0.0.1:18080/health?token=****", verify.Steps[0].Target);
        Assert.Equal(["ok", "n < 500"], verify.Steps[0].Expectations);
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5)), (verify.Steps[0].Until, verify.Steps[0].Every, verify.Steps[0].Timeout));
        Assert.Equal([null, 1, 1], verify.Steps.Select(s => s.Group));
        Assert.True(verify.Steps[2].WarnOnly);
        // A value only a run produces stays a reference.
        Assert.Equal("./deploy.sh ${previous_version}", plan.Phases[2].Steps[0].Target);
        Assert.Equal("previous_version != \"none\"", plan.Phases[2].Steps[0].When);
        Assert.NotNull(plan.Stability);
        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30)), (plan.Stability.For, plan.Stability.Every));
        Assert.Equal(["health"], plan.Stability.Repeat);
        Assert.Equal("****", plan.Variables["API_TOKEN"]);
        Assert.Equal(0, ship.Calls);
    }
}
