using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Engine;

/// <summary>A duration resolved when the checklist loads and the variable the run resolves must be the same value.</summary>
public sealed class LoadedDurationTests
{
    private const string Checklist = """
        service: demo
        vars:
          minutes: "5"
          stability_window: ${minutes}m
        verify:
          - http: http://127.0.0.1:1/health
        stability:
          for: ${stability_window}
        """;

    private static readonly RunRequest Request = new()
    {
        Variables = new Dictionary<string, string> { ["minutes"] = "2" },
        User = "alice",
        Host = "ci-1",
    };

    [Fact]
    public void A_run_prepared_with_the_settings_it_was_loaded_with_has_the_window_it_watches()
    {
        var loaded = ChecklistLoader.LoadText(Checklist, "loaded.yaml", "/tmp/loaded.yaml", Core.Checks.CheckKinds.All, LoadSettings.For(Request, _ => null));

        var prepared = RunPreparation.Prepare(loaded.Checklist!, Request, _ => null);

        Assert.Empty(prepared.Problems);
        Assert.True(Durations.TryParse(prepared.Variables["stability_window"], out var window));
        Assert.Equal(TimeSpan.FromMinutes(2), window);
        Assert.Equal(window, loaded.Checklist!.Stability!.For);
    }

    [Fact]
    public void A_run_with_other_values_than_the_load_does_not_start()
    {
        var loaded = ChecklistLoader.LoadText(Checklist, "loaded.yaml", "/tmp/loaded.yaml", Core.Checks.CheckKinds.All);

        var prepared = RunPreparation.Prepare(loaded.Checklist!, Request, _ => null);

        var problem = Assert.Single(prepared.Problems);
        Assert.Equal("the checklist's durations were resolved with ${stability_window} = '5m' when it was loaded, but this run has '2m'", problem.Message);
    }
}
