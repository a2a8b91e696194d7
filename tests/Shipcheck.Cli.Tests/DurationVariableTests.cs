using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary>Durations written as <c>${variables}</c>, through the real CLI: <c>--var</c> shortens a window, a bad value runs nothing.</summary>
public sealed class DurationVariableTests : IDisposable
{
    // An hour by default: a run that ignored --var would never end within the test's two minutes.
    private const string Watched = """
        service: demo
        vars:
          stability_window: 1h
          every: 1s
        deploy:
          - run: touch deployed.flag
        verify:
          - name: deployed
            file: deployed.flag
            expect: exists
        stability:
          for: ${stability_window}
          every: ${every}
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_var_shortens_the_stability_window_to_the_rounds_it_allows()
    {
        var checklist = _temp.Write("watched.yaml", Watched);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--var", "stability_window=2s", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var rounds = json.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("phase").GetString() == "stability")
            .Select(s => s.GetProperty("round").GetInt32())
            .Distinct()
            .ToList();
        // A 2s window with a pause of 1s before each round holds two rounds at most, one when a round is slow.
        Assert.InRange(rounds.Count, 1, 2);
        Assert.Equal("2s", json.RootElement.GetProperty("variables").GetProperty("stability_window").GetString());
    }

    [Fact]
    public async Task Dry_run_shows_the_window_the_var_gave()
    {
        var checklist = _temp.Write("watched.yaml", Watched);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--var", "stability_window=90s", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("stability: for 1m30s, every 1s: deployed", result.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("deployed.flag")));
    }

    [Fact]
    public async Task A_var_that_is_not_a_duration_is_exit_2_with_the_message_and_nothing_runs()
    {
        var checklist = _temp.Write("watched.yaml", Watched);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--var", "stability_window=5 minutes");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("watched.yaml:12:8: stability.for is ${stability_window} = '5 minutes', not a duration (at stability.for)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("${stability_window} comes from --var stability_window=...", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.PathOf("deployed.flag")));
        Assert.False(File.Exists(_temp.StorePath));
    }

    [Fact]
    public async Task Validate_takes_var_and_reports_a_var_the_checklist_does_not_declare()
    {
        var checklist = _temp.Write("watched.yaml", Watched);

        var zero = await ShipcheckProcess.RunAsync(_temp.Path, null, "validate", checklist, "--var", "every=0s");
        var typo = await ShipcheckProcess.RunAsync(_temp.Path, null, "validate", checklist, "--var", "stability_windw=2s");
        var valid = await ShipcheckProcess.RunAsync(_temp.Path, null, "validate", checklist, "--var", "stability_window=2s");

        Assert.True(zero.ExitCode == 2, zero.ToString());
        Assert.Contains("stability every must be greater than zero (${every} = '0s') (at stability.every)", zero.Stderr, StringComparison.Ordinal);
        Assert.True(typo.ExitCode == 2, typo.ToString());
        Assert.Contains("--var stability_windw=...: the checklist declares no variable 'stability_windw'", typo.Stderr, StringComparison.Ordinal);
        Assert.True(valid.ExitCode == 0, valid.ToString());
    }
}
