using System.Text.Json;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Cli.Tests.Markdown;

/// <summary><c>shipcheck run CHECKLIST.md</c> through the real CLI: seed 002 with --auto, the refusal without it, --in-place.</summary>
public sealed class MarkdownRunTests : IDisposable
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Markdown", "Data");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Seed_002_with_auto_fails_at_verify_deployment_and_rolls_back()
    {
        // Stand-ins: the seed stops and starts a systemd unit and copies to a host called "production". Neither can
        // run here (no systemd in a test, and no host but 127.0.0.1 may be reached), so fake systemctl and scp on a
        // PATH-prepended folder only say what they were asked. Everything else (cp, ls, md5sum, the glob in the
        // rollback) is real. health_check.sh stands in for the script the seed tells the team to write.
        var bin = Directory.CreateDirectory(_temp.PathOf("bin")).FullName;
        WriteScript(Path.Combine(bin, "systemctl"), "echo \"fake systemctl $*\"");
        WriteScript(Path.Combine(bin, "scp"), "echo \"fake scp $*\"");
        WriteScript(_temp.PathOf("health_check.sh"), "echo healthy");
        _temp.Write("current_file.py", "print('v1')\n");
        var original = File.ReadAllText(Path.Combine(DataFolder, "seed-002.md"));
        var checklist = _temp.Write("CHECKLIST.md", original);
        var environment = new Dictionary<string, string> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") };

        var result = await ShipcheckProcess.RunAsync(_temp.Path, environment,
            "run", checklist, "--auto", "--confirm-all", "seed 002 test", "--output", "json", "--store", _temp.StorePath);

        // The seed deploys with scp and then checks /path/new_file.py on this machine: nothing is there, so
        // "Verify deployment" (line 60) fails, the deploy stops, and the rollback section runs.
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("rolled_back", json.RootElement.GetProperty("verdict").GetString());
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var failed = steps.Single(s => s.GetProperty("status").GetString() == "failed");
        Assert.Equal("Deployment Steps (line 60)", failed.GetProperty("name").GetString());
        Assert.DoesNotContain(steps, s => s.GetProperty("name").GetString() == "Deployment Steps (line 66)");
        Assert.Contains(steps, s => s.GetProperty("phase").GetString() == "rollback" && s.GetProperty("status").GetString() == "passed");
        Assert.True(File.Exists(_temp.PathOf("current_file.py")));
        Assert.Equal(original, File.ReadAllText(checklist));

        var id = json.RootElement.GetProperty("id").GetString()!;
        var report = await ShipcheckProcess.RunAsync(_temp.Path, null, "report", id, "--format", "markdown", "--store", _temp.StorePath);
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("- [x] Know the rollback procedure — shipcheck: ✔", report.Stdout);
        Assert.Contains("md5sum new_file.py  # Compare with local\n   ```\n   ✘ **FAILED**", report.Stdout);
        Assert.Contains("No such file or directory", report.Stdout);
        Assert.Contains("fake systemctl stop [service-name]", report.Stdout);
        Assert.Contains("**ROLLED_BACK**", report.Stdout);
    }

    [Fact]
    public async Task Without_auto_and_without_a_terminal_it_refuses_with_exit_2_and_runs_nothing()
    {
        var checklist = _temp.Write("deploy.md", "# Deploy\n\n## Deploy\n\n- [ ] Touch\n  ```sh\n  touch ran.txt\n  ```\n");

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--auto", result.Stderr);
        Assert.False(File.Exists(_temp.PathOf("ran.txt")));
    }

    [Fact]
    public async Task At_a_terminal_each_block_is_offered_and_run_skipped_marked_done_or_edited_as_answered()
    {
        var checklist = _temp.Write("deploy.md", """
            # Demo Deployment

            ## Deployment

            - [ ] Write the release
              ```sh
              echo v2 > state.txt && cat state.txt
              ```
            - [ ] Restart the worker
              ```sh
              touch restarted.txt
              ```
            - [ ] Purge the CDN
              ```sh
              touch purged.txt
              ```
            - [ ] Warm the cache
              ```sh
              touch warmed-one.txt
              ```
            """);

        // A real terminal: script(1) gives the CLI a pseudo-terminal and types the answers into it.
        var result = await AtATerminalAsync("r\ns\nd\ne\ntouch warmed-all.txt\n", "run", checklist, "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("▶ deploy · Write the release", result.Stdout);
        Assert.Contains("$ touch restarted.txt", result.Stdout);
        Assert.Contains("│ v2", result.Stdout);
        Assert.True(File.Exists(_temp.PathOf("state.txt")));
        Assert.False(File.Exists(_temp.PathOf("restarted.txt")));
        Assert.False(File.Exists(_temp.PathOf("purged.txt")));
        Assert.False(File.Exists(_temp.PathOf("warmed-one.txt")));
        Assert.True(File.Exists(_temp.PathOf("warmed-all.txt")));

        await using var store = await SqliteRunStore.OpenAsync(_temp.StorePath, TestContext.Current.CancellationToken);
        var run = Assert.Single(await store.ListRunsAsync(null, 10, TestContext.Current.CancellationToken));
        var steps = (await store.GetRunAsync(run.Id, TestContext.Current.CancellationToken))!.Steps.ToDictionary(s => s.Name, s => (Status: Names.Of(s.Status), s.Message));
        Assert.Equal("passed", steps["Write the release"].Status);
        Assert.Equal(("skipped", $"skipped by {Environment.UserName}"), steps["Restart the worker"]);
        Assert.Equal("passed", steps["Purge the CDN"].Status);
        Assert.StartsWith($"marked done by {Environment.UserName}", steps["Purge the CDN"].Message);
        Assert.Equal($"edited by {Environment.UserName}: touch warmed-all.txt", steps["Warm the cache"].Message);
    }

    private async Task<CliResult> AtATerminalAsync(string typed, params string[] args)
    {
        var cli = ShipcheckProcess.StartInfo(_temp.Path, null, args);
        var command = string.Join(' ', new[] { cli.FileName }.Concat(cli.ArgumentList).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var info = new System.Diagnostics.ProcessStartInfo("script") { WorkingDirectory = _temp.Path };
        foreach (var argument in new[] { "-qec", command, "/dev/null" })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["NO_COLOR"] = "1";
        // A CI runner says so in CI, and Shipcheck never prompts there; an editor would wait for a person.
        foreach (var name in new[] { "CI", "SHIPCHECK_STORE", "EDITOR", "VISUAL" })
        {
            info.Environment.Remove(name);
        }
        var result = await ShipcheckProcess.RunToEndAsync(info, TimeSpan.FromMinutes(2), $"shipcheck {string.Join(' ', args)} at a terminal", typed);
        return result with { Stdout = result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal) };
    }

    [Fact]
    public async Task Mapping_puts_a_teams_own_headings_in_phases_and_the_filled_in_checklist_follows_it()
    {
        var checklist = _temp.Write("golive.md", """
            # Shop Go-Live

            ## Go-Live

            - [ ] Ship it
              ```sh
              echo v2 > state.txt
              ```

            ## Smoke

            - [ ] Check it
              ```sh
              grep -q v2 state.txt
              ```
            """);
        var mapping = _temp.Write("mapping.yaml", "headings:\n  - { text: go-live, phase: deploy }\n  - { text: smoke, phase: verify, match: equals }\n");

        var mapped = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--auto", "--mapping", mapping, "--output", "json", "--store", _temp.StorePath);
        var plain = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--auto", "--output", "json", "--store", _temp.StorePath);
        var yaml = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", _temp.Write("x.yaml", "service: x\ndeploy: [ { run: \"true\" } ]\n"), "--mapping", mapping);

        Assert.True(mapped.ExitCode == 0, mapped.ToString());
        Assert.Equal([("Ship it", "deploy"), ("Check it", "verify")], PhasesOf(mapped));
        Assert.NotEqual(PhasesOf(mapped), PhasesOf(plain));
        var id = JsonDocument.Parse(mapped.Stdout).RootElement.GetProperty("id").GetString()!;
        var report = await ShipcheckProcess.RunAsync(_temp.Path, null, "report", id, "--format", "markdown", "--store", _temp.StorePath);
        Assert.Contains("- [x] Ship it — shipcheck: ✔", report.Stdout);
        Assert.Contains("- [x] Check it — shipcheck: ✔", report.Stdout);
        Assert.True(yaml.ExitCode == 2, yaml.ToString());
        Assert.Contains("--mapping", yaml.Stderr);
    }

    [Fact]
    public async Task Sql_connection_runs_sql_blocks_as_sql_steps_on_the_secret_and_the_filled_in_checklist_follows_it()
    {
        var database = _temp.PathOf("app.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE migrations(version TEXT); INSERT INTO migrations VALUES ('v2');";
            create.ExecuteNonQuery();
        }
        var checklist = _temp.Write("db.md", """
            # App Deployment

            ## Post-Deployment Verification

            - [ ] Migration applied
              ```sql
              SELECT version FROM migrations
              ```
            """);
        var environment = new Dictionary<string, string> { ["APP_DB"] = $"sqlite:{database}" };

        var withSql = await ShipcheckProcess.RunAsync(_temp.Path, environment, "run", checklist, "--auto", "--sql-connection", "APP_DB", "--output", "json", "--store", _temp.StorePath);
        var without = await ShipcheckProcess.RunAsync(_temp.Path, environment, "run", checklist, "--auto", "--confirm-all", "checked by hand", "--output", "json", "--store", _temp.StorePath);

        Assert.True(withSql.ExitCode == 0, withSql.ToString());
        var step = JsonDocument.Parse(withSql.Stdout).RootElement.GetProperty("steps").EnumerateArray().Single();
        Assert.Equal(("Migration applied", "sql", "passed"), (step.GetProperty("name").GetString(), step.GetProperty("kind").GetString(), step.GetProperty("status").GetString()));
        Assert.Equal("confirm", JsonDocument.Parse(without.Stdout).RootElement.GetProperty("steps")[0].GetProperty("kind").GetString());
        var id = JsonDocument.Parse(withSql.Stdout).RootElement.GetProperty("id").GetString()!;
        var report = await ShipcheckProcess.RunAsync(_temp.Path, null, "report", id, "--format", "markdown", "--store", _temp.StorePath);
        Assert.Contains("- [x] Migration applied — shipcheck: ✔", report.Stdout);
        Assert.Contains("version", report.Stdout);
    }

    private static List<(string?, string?)> PhasesOf(CliResult result) =>
        [.. JsonDocument.Parse(result.Stdout).RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString(), s.GetProperty("phase").GetString()))];

    [Fact]
    public async Task In_place_writes_the_filled_in_checklist_over_the_file()
    {
        var checklist = _temp.Write("deploy.md", """
            # Demo Deployment

            Deployed By: ____

            ## Deploy

            - [ ] Write the release
              ```sh
              echo v2 > state.txt && cat state.txt
              ```
              Expected: no errors
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--auto", "--in-place", "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var filled = File.ReadAllText(checklist);
        Assert.Contains($"Deployed By: `{Environment.UserName}`", filled);
        Assert.Contains("- [x] Write the release — shipcheck: ✔", filled);
        Assert.Contains("<details><summary>output (passed)</summary>", filled);
        Assert.Contains("**SUCCEEDED**", filled);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp"));
    }

    private static void WriteScript(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
