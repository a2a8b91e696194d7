using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Tests.Engine.Canary;

/// <summary>How <c>canary:</c> loads, what it refuses (every problem with its line), and how the dry-run plan shows it.</summary>
public sealed class CanaryLoadingTests
{
    private const string Valid = """
        service: shop
        deploy:
          - name: deploy the canary
            run: ./deploy-canary.sh
          - canary:
              - stage: 10%
                steps:
                  - name: shift traffic
                    run: ./weight.sh 10
                analysis:
                  every: 1m
                  for: 15m
                  failure_limit: 1
                  consecutive_successes: 5
                  checks:
                    - name: error rate
                      promql: { server: "http://127.0.0.1:9090", query: "sum(rate(errors[1m])) / sum(rate(requests[1m]))" }
                      expect: value < 0.001
                    - name: health
                      http: http://127.0.0.1:8080/health
              - stage: 100%
                steps:
                  - run: ./weight.sh 100
        rollback:
          - run: ./weight.sh 0
        """;

    private static LoadResult Load(string yaml) =>
        ChecklistLoader.LoadText(yaml, "canary.yaml", Path.Combine(Path.GetTempPath(), "canary.yaml"), CheckKinds.All);

    private static IReadOnlyList<string> Problems(string yaml) => [.. Load(yaml).Problems.Select(p => p.Render())];

    [Fact]
    public void A_canary_loads_as_one_deploy_entry_whose_steps_carry_the_stage_name()
    {
        var checklist = Load(Valid).Checklist!;

        var canary = Assert.IsType<CanaryDefinition>(checklist.StepsOf(Phase.Deploy)[1]);
        Assert.Equal(["10%", "100%"], canary.Stages.Select(s => s.Name));
        var analysis = canary.Stages[0].Analysis!;
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(1), 1, 5), (analysis.For, analysis.Every, analysis.FailureLimit, analysis.ConsecutiveSuccesses));
        Assert.Equal(["10% · shift traffic", "10% · error rate", "10% · health", "100% · ./weight.sh 100"], canary.AllSteps.Select(s => s.Name));
        Assert.Null(canary.Stages[1].Analysis);
    }

    [Fact]
    public void A_value_captured_in_a_stage_can_be_used_by_later_stages_and_by_rollback()
    {
        var result = Load("""
            service: shop
            deploy:
              - canary:
                  - stage: 10%
                    steps:
                      - name: shift traffic
                        run: ./weight.sh 10
                        capture: previous_weight
                  - stage: 100%
                    steps:
                      - run: ./weight.sh 100 --after ${previous_weight}
            rollback:
              - run: ./weight.sh ${previous_weight}
            """);

        Assert.True(result.Success, string.Join("\n", result.Problems.Select(p => p.Render())));
        var canary = Assert.IsType<CanaryDefinition>(result.Checklist!.StepsOf(Phase.Deploy)[0]);
        Assert.Equal("previous_weight", canary.Stages[0].Steps.OfType<StepDefinition>().Single().Capture!.Name);
    }

    [Fact]
    public void The_dry_run_plan_shows_each_stage_and_its_analysis()
    {
        var prepared = RunPreparation.Prepare(Load(Valid).Checklist!, new RunRequest(), _ => null);

        var deploy = RunPlan.Build(prepared, DateTimeOffset.UnixEpoch).Phases.Single(p => p.Phase == Phase.Deploy);

        Assert.Equal([null, "10%", "10%", "10%", "100%"], deploy.Steps.Select(s => s.Stage));
        Assert.Equal(["deploy the canary", "10% · shift traffic", "10% · error rate", "10% · health", "100% · ./weight.sh 100"], deploy.Steps.Select(s => s.Name));
        Assert.Equal(new PlannedAnalysis(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(1), 1, 5), deploy.Steps[2].Analysis);
        Assert.Null(deploy.Steps[1].Analysis);
        Assert.Equal(["value < 0.001"], deploy.Steps[2].Expectations);
    }

    [Fact]
    public void A_canary_outside_deploy_is_refused_with_its_line() =>
        Assert.Contains(Problems("service: s\nverify:\n  - canary:\n      - stage: a\n        steps: [ { run: x } ]\n"),
            p => p.Contains(":3:", StringComparison.Ordinal) && p.Contains("canary: stages belong in deploy", StringComparison.Ordinal));

    [Theory]
    [InlineData("  - canary: []\n", "canary: needs at least one stage")]
    [InlineData("  - canary:\n      - steps: [ { run: x } ]\n", "a canary stage needs 'stage'")]
    [InlineData("  - canary:\n      - stage: a\n", "canary stage 'a' has neither steps nor an analysis")]
    [InlineData("  - canary:\n      - stage: a\n        steps: [ { run: x } ]\n      - stage: a\n        steps: [ { run: y } ]\n", "a canary stage named 'a' already exists")]
    [InlineData("  - canary:\n      - stage: a\n        analysis: { every: 1s, checks: [ { run: x } ] }\n", "an analysis needs 'for'")]
    [InlineData("  - canary:\n      - stage: a\n        analysis: { for: 1m }\n", "an analysis needs at least one check")]
    [InlineData("  - canary:\n      - stage: a\n        analysis: { for: 1m, every: 30s, consecutive_successes: 3, checks: [ { run: x } ] }\n", "consecutive_successes 3 can never be reached")]
    [InlineData("  - canary:\n      - stage: a\n        analysis: { for: 1m, failure_limit: -1, checks: [ { run: x } ] }\n", "failure_limit cannot be negative")]
    [InlineData("  - canary:\n      - stage: a\n        analysis: { for: 1m, interval: 1s, checks: [ { run: x } ] }\n", "unknown key 'interval' in an analysis")]
    [InlineData("  - canary:\n      - stage: a\n        steps: [ { canary: [] } ]\n", "canary: stages belong in deploy")]
    [InlineData("  - name: x\n    canary:\n      - stage: a\n        steps: [ { run: x } ]\n", "a canary: entry has only `canary:`")]
    public void Mistakes_are_refused_with_a_clear_message(string deploy, string message) =>
        Assert.Contains(Problems("service: s\ndeploy:\n" + deploy), p => p.Contains(message, StringComparison.Ordinal));
}
