using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Tests.Checklists;

/// <summary>Durations and sizes written with <c>${name}</c>: resolved when the checklist loads, so the model holds values.</summary>
public sealed class DurationVariableTests
{
    private static readonly string FullPath = Path.Combine(Path.GetTempPath(), "durations.yaml");

    private const string Watched = """
        service: demo
        vars:
          stability_window: 12s   # the seed watches 5 minutes
          every: 2s
        verify:
          - http: http://127.0.0.1:1/health
        stability:
          for: ${stability_window}
          every: ${every}
        """;

    internal static LoadResult Load(string text, LoadSettings? settings = null, IReadOnlyList<ICheckKind>? kinds = null) =>
        ChecklistLoader.LoadText(text, "durations.yaml", FullPath, kinds ?? CheckKinds.All, settings);

    internal static LoadSettings Vars(params (string Name, string Value)[] overrides) =>
        new() { Variables = overrides.ToDictionary(o => o.Name, o => o.Value), User = "alice", Host = "ci-1", Environment = _ => null };

    [Fact]
    public void A_stability_window_takes_the_value_of_its_vars_entry()
    {
        var checklist = Load(Watched).Checklist!;

        Assert.Equal((TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(2)), (checklist.Stability!.For, checklist.Stability.Every));
    }

    [Fact]
    public void A_var_override_replaces_the_default_before_the_window_is_read()
    {
        var checklist = Load(Watched, Vars(("stability_window", "30m"))).Checklist!;

        Assert.Equal(TimeSpan.FromMinutes(30), checklist.Stability!.For);
        Assert.Equal(TimeSpan.FromSeconds(2), checklist.Stability.Every);
    }

    [Fact]
    public void A_var_that_uses_another_var_and_a_duration_that_adds_a_unit_are_resolved_in_order()
    {
        var result = Load("""
            service: demo
            vars:
              window: ${minutes}m      # refers to a var declared after it
              minutes: "5"
            deploy:
              - run: ./deploy.sh
                timeout: "${minutes}m30s"
            verify:
              - process: { name: connector, window: "${window}" }
            """, Vars(("minutes", "2")));

        Assert.Empty(result.Problems);
        var deploy = (StepDefinition)result.Checklist!.StepsOf(Phase.Deploy)[0];
        var process = (StepDefinition)result.Checklist.StepsOf(Phase.Verify)[0];
        Assert.Equal(TimeSpan.FromSeconds(150), deploy.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(2), process.Options.Get(Core.Checks.Processes.ProcessKind.WindowOption, TimeSpan.Zero));
    }

    [Fact]
    public void Built_in_variables_and_the_version_flag_can_give_a_duration()
    {
        var result = Load("""
            service: demo
            environment: 45s
            deploy:
              - run: ./deploy.sh
                timeout: ${environment}
              - wait: ${version}
            """, Vars() with { Version = "3s" });

        Assert.Empty(result.Problems);
        var steps = result.Checklist!.StepsOf(Phase.Deploy).Cast<StepDefinition>().ToList();
        Assert.Equal(TimeSpan.FromSeconds(45), steps[0].Timeout);
        Assert.Equal(TimeSpan.FromSeconds(3), steps[1].Options.Get(Core.Checks.Wait.WaitKind.DurationOption, TimeSpan.Zero));
    }

    [Fact]
    public void Every_duration_field_and_a_size_option_accept_variables()
    {
        var result = Load("""
            service: demo
            vars:
              short: 1500ms
              ssh_wait: 4s
              limit: 64KiB
            hosts:
              a1: { address: 10.0.0.5, connect_timeout: "${ssh_wait}" }
            deploy:
              - run: ./deploy.sh
                until: ${short}
                every: ${short}
                retry:
                  attempts: 2
                  every: ${short}
              - sized: ${limit}
            verify:
              - metrics:
                  url: http://127.0.0.1:1/metrics
                  interval: ${short}
            """, Vars(), [.. CheckKinds.All, new SizedKind()]);

        Assert.Empty(result.Problems);
        var checklist = result.Checklist!;
        var deploy = (StepDefinition)checklist.StepsOf(Phase.Deploy)[0];
        var short_ = TimeSpan.FromMilliseconds(1500);
        Assert.Equal((short_, short_, short_), (deploy.Until!.Value, deploy.Every, deploy.Retry!.Every));
        Assert.Equal(TimeSpan.FromSeconds(4), checklist.Hosts["a1"].ConnectTimeout);
        Assert.Equal(64 * 1024L, ((StepDefinition)checklist.StepsOf(Phase.Deploy)[1]).Options.Get(SizedKind.LimitOption, 0L));
        var metrics = (StepDefinition)checklist.StepsOf(Phase.Verify)[0];
        Assert.Equal(short_, metrics.Options.Get(Core.Checks.Metrics.MetricsKind.IntervalOption, TimeSpan.Zero));
    }

    [Fact]
    public void An_environment_reference_is_read_through_the_settings()
    {
        var settings = Vars() with { Environment = name => name == "STABILITY" ? "90s" : null };

        var checklist = Load(Watched.Replace("${stability_window}", "${env.STABILITY}", StringComparison.Ordinal), settings).Checklist!;

        Assert.Equal(TimeSpan.FromSeconds(90), checklist.Stability!.For);
        Assert.Equal("90s", checklist.ResolvedAtLoad["env.STABILITY"]);
    }

    [Fact]
    public void The_checklist_records_only_the_values_its_durations_used()
    {
        var checklist = Load(Watched.Replace("  every: 2s", "  every: 2s\n  url: http://x", StringComparison.Ordinal), Vars(("stability_window", "1m"))).Checklist!;

        Assert.Equal(new Dictionary<string, string> { ["stability_window"] = "1m", ["every"] = "2s" }, checklist.ResolvedAtLoad);
    }

    [Fact]
    public void A_literal_dollar_brace_is_not_a_reference()
    {
        var result = Load("""
            service: demo
            deploy:
              - run: ./deploy.sh
                timeout: $${five}
            """);

        Assert.Equal(["durations.yaml:4:14: '$${five}' is not a duration (at deploy[0].timeout)"], result.Problems.Select(p => p.Render().Split('\n')[0]));
    }
}
