using Shipcheck.Core.Engine;
using static Shipcheck.Core.Tests.Checklists.DurationVariableTests;

namespace Shipcheck.Core.Tests.Checklists;

/// <summary>
/// Values given on the command line that make a duration wrong are load errors, naming where the duration is and which
/// variable gave the value (the errors from vars: defaults are snapshots under Invalid/duration-*.yaml).
/// </summary>
public sealed class DurationVariableErrorTests
{
    private const string Checklist = """
        service: demo
        vars:
          stability_window: 12s
          step_timeout: 1m
          minutes: "3"
        deploy:
          - run: ./deploy.sh
            timeout: ${step_timeout}
        verify:
          - process: { name: connector, window: "${minutes}m" }
        stability:
          for: ${stability_window}
        """;

    [Fact]
    public void A_var_override_that_is_not_a_duration_names_the_field_the_variable_and_the_flag()
    {
        var result = Load(Checklist, Vars(("stability_window", "5 minutes")));

        Assert.Null(result.Checklist);
        Assert.Equal("""
            durations.yaml:12:8: stability.for is ${stability_window} = '5 minutes', not a duration (at stability.for)
                hint: write it like 5m or 30s (ms, s, m, h, d); ${stability_window} comes from --var stability_window=...
            """, Rendered(result.Problems));
    }

    [Fact]
    public void Zero_and_negative_overrides_break_the_rules_of_their_fields_with_the_variable_named()
    {
        var result = Load(Checklist, Vars(("step_timeout", "0s"), ("minutes", "-1")));

        Assert.Equal("""
            durations.yaml:8:14: timeout must be greater than zero (${step_timeout} = '0s') (at deploy[0].timeout)
                hint: ${step_timeout} comes from --var step_timeout=...
            durations.yaml:10:41: verify[0].process.window is ${minutes}m = '-1m', a negative duration (at verify[0].process.window)
                hint: durations are positive, like 500ms, 30s, 2m; ${minutes} comes from --var minutes=...
            """, Rendered(result.Problems));
    }

    [Fact]
    public void An_override_of_a_name_the_checklist_does_not_declare_is_left_to_run_preparation()
    {
        var loaded = Load(Checklist, Vars(("stability_windw", "2s")));

        Assert.Empty(loaded.Problems);
        var prepared = RunPreparation.Prepare(loaded.Checklist!, new RunRequest { Variables = new Dictionary<string, string> { ["stability_windw"] = "2s" } }, _ => null);
        var problem = Assert.Single(prepared.Problems);
        Assert.Equal("--var stability_windw=...: the checklist declares no variable 'stability_windw'", problem.Message);
    }

    private static string Rendered(IEnumerable<Core.Checklists.Diagnostic> problems) =>
        string.Join("\n", problems.Select(p => p.Render()));
}
