using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary><c>shipcheck preflight</c> through the real CLI: the report, the JSON, the exit codes.</summary>
public sealed class PreflightCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_checklists_pre_phase_runs_every_check_to_its_end_and_nothing_after_it()
    {
        var checklist = _temp.Write("shipcheck.yaml", """
            service: demo
            pre:
              - name: first fails
                run: exit 3
              - name: second still runs
                run: touch second-ran
            deploy:
              - run: touch deployed
            post:
              - run: touch post-ran
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "preflight", "--version", "v1.0.0", "--checklist", checklist,
            "--output", _temp.PathOf("results.json"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(File.Exists(_temp.PathOf("second-ran")), result.ToString());
        Assert.False(File.Exists(_temp.PathOf("deployed")));
        Assert.False(File.Exists(_temp.PathOf("post-ran")));
        Assert.Contains("Version: v1.0.0\n", result.Stdout);
        Assert.Contains("FAIL first fails\nPASS second still runs\n", result.Stdout);
        Assert.Contains("Result: 1/2 checks passed\n", result.Stdout);
        Assert.Contains("PRE-DEPLOYMENT CHECK: FAILED\n", result.Stdout);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(_temp.PathOf("results.json"), TestContext.Current.CancellationToken));
        Assert.Equal(["failed", "passed"], json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("step_status").GetString()));
    }

    [Fact]
    public async Task A_passing_preflight_exits_0()
    {
        var checklist = _temp.Write("shipcheck.yaml", """
            service: demo
            pre:
              - run: "true"
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "preflight", "--version", "v1.0.0", "--checklist", checklist);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Result: 1/1 checks passed\n", result.Stdout);
        Assert.Contains("PRE-DEPLOYMENT CHECK: PASSED\n", result.Stdout);
    }

    [Fact]
    public async Task Usage_errors_exit_2_and_say_what_to_do()
    {
        var noPre = _temp.Write("deploy-only.yaml", """
            service: demo
            deploy:
              - run: "true"
            """);
        var invalid = _temp.Write("invalid.yaml", """
            service: demo
            pre:
              - nosuchkind: x
            """);

        var missingVersion = await ShipcheckProcess.RunAsync(_temp.Path, null, "preflight", "--checklist", noPre);
        var empty = await ShipcheckProcess.RunAsync(_temp.Path, null, "preflight", "--version", "v1.0.0", "--checklist", noPre);
        var bad = await ShipcheckProcess.RunAsync(_temp.Path, null, "preflight", "--version", "v1.0.0", "--checklist", invalid);

        Assert.True(missingVersion.ExitCode == 2, missingVersion.ToString());
        Assert.Contains("--version", missingVersion.Stderr);
        Assert.True(empty.ExitCode == 2, empty.ToString());
        Assert.Contains("has no pre steps; preflight runs a checklist's pre phase", empty.Stderr);
        Assert.True(bad.ExitCode == 2, bad.ToString());
        Assert.Contains("invalid.yaml:3", bad.Stderr);
    }
}
