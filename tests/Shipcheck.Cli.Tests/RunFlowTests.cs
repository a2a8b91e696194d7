using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary>The whole run, through the real CLI, with real shell commands and files: the verdicts and their exit codes.</summary>
public sealed class RunFlowTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_passing_run_succeeds_and_prints_the_record_as_json()
    {
        var checklist = _temp.Write("ok.yaml", """
            service: demo
            deploy:
              - run: echo v2 > state.txt
            verify:
              - name: state is v2
                file: { path: state.txt, contains: v2 }
                expect: exists and contains
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("succeeded", json.RootElement.GetProperty("verdict").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("id").GetString()));
        var step = json.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "state is v2");
        Assert.Equal("verify", step.GetProperty("phase").GetString());
        Assert.Equal("passed", step.GetProperty("status").GetString());
        Assert.True(step.GetProperty("observations").GetProperty("contains").GetBoolean());
        Assert.True(step.TryGetProperty("evidence", out _));
    }

    [Fact]
    public async Task A_failed_verify_rolls_back_verifies_again_and_exits_1()
    {
        var checklist = _temp.Write("broken.yaml", """
            service: demo
            pre:
              - name: previous
                run: cat state.txt
                capture: previous
            deploy:
              - run: echo broken > state.txt
            verify:
              - name: healthy
                file: { path: state.txt, contains: healthy }
                expect: contains
            rollback:
              - run: echo ${previous} > state.txt
            """);
        File.WriteAllText(_temp.PathOf("state.txt"), "healthy v1\n");

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--output", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("rolled_back", json.RootElement.GetProperty("verdict").GetString());
        var phases = json.RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => $"{s.GetProperty("phase").GetString()}:{s.GetProperty("status").GetString()}").ToList();
        Assert.Equal(["pre:passed", "deploy:passed", "verify:failed", "rollback:passed", "rollback_verify:passed"], phases);
        Assert.Equal("healthy v1", File.ReadAllText(_temp.PathOf("state.txt")).Trim());
        Assert.Contains("contains (false)", result.Stdout);
    }

    [Fact]
    public async Task A_rollback_that_fails_exits_4()
    {
        var checklist = _temp.Write("worse.yaml", """
            service: demo
            deploy:
              - run: exit 1
            rollback:
              - run: exit 7
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("ROLLBACK_FAILED", result.Stdout);
    }

    [Fact]
    public async Task A_failed_pre_check_exits_1_and_rolls_nothing_back()
    {
        var checklist = _temp.Write("pre.yaml", """
            service: demo
            pre:
              - run: test -f ready.flag
            deploy:
              - run: touch deployed.flag
            rollback:
              - run: touch rolled-back.flag
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.False(File.Exists(_temp.PathOf("deployed.flag")));
        Assert.False(File.Exists(_temp.PathOf("rolled-back.flag")));
    }

    [Fact]
    public async Task An_invalid_checklist_runs_nothing_and_exits_2_naming_file_and_line()
    {
        var checklist = _temp.Write("invalid.yaml", """
            service: demo
            deploy:
              - run: touch ran.flag
            verify:
              - http: http://127.0.0.1:1/health
                expect: status == "ok"
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(File.Exists(_temp.PathOf("ran.flag")));
        Assert.Contains("invalid.yaml:6:20: ", result.Stderr);
        Assert.Contains("nothing was run", result.Stderr);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_a_usage_error_and_nothing_runs()
    {
        var checklist = _temp.Write("store.yaml", """
            service: demo
            deploy:
              - run: touch ran.flag
            """);
        File.WriteAllText(_temp.PathOf("blocker"), "a file where the store's folder should be");

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--store", _temp.PathOf("blocker/runs.db"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cannot open the run store", result.Stderr);
        Assert.False(File.Exists(_temp.PathOf("ran.flag")));
    }

    [Fact]
    public async Task Dry_run_prints_the_plan_with_variables_resolved_and_runs_nothing()
    {
        var checklist = _temp.Write("plan.yaml", """
            service: demo
            vars:
              target: ${version}-final
            secrets: [DEPLOY_TOKEN]
            deploy:
              - run: touch ran.flag ${target} ${DEPLOY_TOKEN}
            """);
        var env = new Dictionary<string, string> { ["DEPLOY_TOKEN"] = "tok-dry-run-canary" };

        var result = await ShipcheckProcess.RunAsync(_temp.Path, env, "run", checklist, "--dry-run", "--version", "v9");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(_temp.PathOf("ran.flag")));
        Assert.Contains("v9-final", result.Stdout);
        Assert.DoesNotContain("tok-dry-run-canary", result.All);
    }

    [Fact]
    public async Task A_manual_item_fails_without_a_terminal_unless_confirm_all_gives_a_reason()
    {
        var checklist = _temp.Write("confirm.yaml", """
            service: demo
            pre:
              - confirm: Change reviewed by a second person
            deploy:
              - run: "true"
            """);

        var refused = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist);
        var confirmed = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--confirm-all", "hotfix approved in #ops", "--output", "json");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("--confirm-all", refused.Stdout);
        Assert.True(confirmed.ExitCode == 0, confirmed.ToString());
        Assert.Contains("hotfix approved in #ops", confirmed.Stdout);
    }

    [Fact]
    public async Task History_show_and_report_read_the_recorded_runs()
    {
        var checklist = _temp.Write("ok.yaml", """
            service: demo
            deploy:
              - run: echo deployed
            """);
        await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--version", "v1");

        var history = await ShipcheckProcess.RunAsync(_temp.Path, null, "history", "--json");
        using var runs = JsonDocument.Parse(history.Stdout);
        var id = runs.RootElement[0].GetProperty("id").GetString()!;
        var show = await ShipcheckProcess.RunAsync(_temp.Path, null, "show", id[..10]);
        var markdown = await ShipcheckProcess.RunAsync(_temp.Path, null, "report", id, "--format", "markdown");
        var junit = await ShipcheckProcess.RunAsync(_temp.Path, null, "report", id, "--format", "junit");
        var missing = await ShipcheckProcess.RunAsync(_temp.Path, null, "show", "no-such-run");
        var unwritable = await ShipcheckProcess.RunAsync(_temp.Path, null, "report", id, "-o", _temp.PathOf("no/such/folder/r.md"));

        Assert.True(history.ExitCode == 0, history.ToString());
        Assert.Contains("succeeded", show.Stdout);
        Assert.Contains("Status: SUCCESS", markdown.Stdout);
        Assert.Contains("<testsuites", junit.Stdout);
        Assert.Equal(2, missing.ExitCode);
        Assert.True(unwritable.ExitCode == 2, unwritable.ToString());
        Assert.Contains("cannot write", unwritable.Stderr);
    }
}
