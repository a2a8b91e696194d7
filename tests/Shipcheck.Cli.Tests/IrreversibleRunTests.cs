using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary><c>irreversible: true</c> through the real CLI: the dry-run plan says so, and a run without a terminal does not roll back after it.</summary>
public sealed class IrreversibleRunTests : IDisposable
{
    private const string Checklist = """
        service: demo
        deploy:
          - name: migrate schema
            run: echo "ALTER TABLE ticks ADD COLUMN venue text" >> schema.log
            irreversible: true
          - run: echo v2 > state.txt
        verify:
          - name: healthy
            file: { path: state.txt, contains: healthy }
            expect: contains
        rollback:
          - name: restore v1
            run: echo healthy v1 > state.txt
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Without_a_terminal_a_failure_after_the_migration_is_not_rolled_back()
    {
        var checklist = _temp.Write("migrate.yaml", Checklist);
        File.WriteAllText(_temp.PathOf("state.txt"), "healthy v1\n");

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--output", "json", "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("failed", json.RootElement.GetProperty("verdict").GetString());
        Assert.Contains("not rolled back: 'migrate schema' (line 3) is irreversible and ran", json.RootElement.GetProperty("summary").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("steps").EnumerateArray(), s => s.GetProperty("phase").GetString() == "rollback");
        Assert.Equal("v2\n", File.ReadAllText(_temp.PathOf("state.txt")));
    }

    [Fact]
    public async Task With_rollback_after_irreversible_allow_it_rolls_back()
    {
        var checklist = _temp.Write("migrate.yaml", "rollback_after_irreversible: allow\n" + Checklist);
        File.WriteAllText(_temp.PathOf("state.txt"), "healthy v1\n");

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--output", "json", "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("rolled_back", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("healthy v1\n", File.ReadAllText(_temp.PathOf("state.txt")));
    }

    [Fact]
    public async Task The_dry_run_marks_the_step_and_says_what_a_failure_after_it_does()
    {
        var checklist = _temp.Write("migrate.yaml", Checklist);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--dry-run", "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("- migrate schema (run): echo \"ALTER TABLE ticks ADD COLUMN venue text\" >> schema.log\n      expect exit_code == 0\n      timeout 10m; irreversible\n", result.Stdout);
        Assert.Contains("after an irreversible step ran: rollback only when a person says so", result.Stdout);
        Assert.False(File.Exists(_temp.PathOf("schema.log")));
    }
}
