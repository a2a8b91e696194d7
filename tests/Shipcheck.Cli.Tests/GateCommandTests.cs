using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary>Gates through the real CLI: a freeze blocks with exit 3, approve lets a run on, freeze start/end, the override.</summary>
public sealed class GateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Shipcheck(params string[] args) => ShipcheckProcess.RunAsync(_temp.Path, null, args);

    private string Checklist(string gates) => _temp.Write("shipcheck.yaml", $"""
        service: demo
        environment: production
        {gates}
        pre:
          - run: echo pre >> trail.txt
        deploy:
          - run: echo deployed >> trail.txt
        """);

    private string Trail => File.Exists(_temp.PathOf("trail.txt")) ? File.ReadAllText(_temp.PathOf("trail.txt")) : "";

    private async Task<JsonElement> NewestRunAsync()
    {
        var history = await Shipcheck("history", "--json", "--store", _temp.StorePath);
        Assert.True(history.ExitCode == 0, history.ToString());
        using var json = JsonDocument.Parse(history.Stdout);
        return json.RootElement[0].Clone();
    }

    [Fact]
    public async Task A_flag_file_freeze_blocks_the_run_with_exit_3_runs_nothing_and_is_recorded_as_blocked()
    {
        var checklist = Checklist("""
            freeze:
              - name: documentation freeze
                file: docs-freeze.flag
            """);
        _temp.Write("docs-freeze.flag", "council decision");

        var blocked = await Shipcheck("run", checklist, "--version", "v2");
        File.Delete(_temp.PathOf("docs-freeze.flag"));
        var record = await NewestRunAsync();
        var free = await Shipcheck("run", checklist, "--version", "v2");

        Assert.True(blocked.ExitCode == 3, blocked.ToString());
        Assert.Contains("freeze \"documentation freeze\" is on", blocked.Stdout, StringComparison.Ordinal);
        Assert.Contains("names no override role: wait until it ends", blocked.Stdout, StringComparison.Ordinal);
        Assert.Equal("blocked", record.GetProperty("verdict").GetString());
        Assert.Contains("documentation freeze", record.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(free.ExitCode == 0, free.ToString());
        Assert.Equal("pre\ndeployed\n", Trail);
    }

    [Fact]
    public async Task Missing_sign_offs_block_before_deploy_and_approve_lets_the_next_run_of_the_same_version_through()
    {
        var checklist = Checklist("""
            signoffs:
              - before: deploy
                roles: [QA Lead, Security]
                required: 2
            """);

        var blocked = await Shipcheck("run", checklist, "--version", "v2");
        var runId = (await NewestRunAsync()).GetProperty("id").GetString()!;
        var self = await Shipcheck("approve", runId, "--role", "QA Lead", "--as", Environment.UserName, "--store", _temp.StorePath);
        var unknownRole = await Shipcheck("approve", runId, "--role", "Janitor", "--as", "kim", "--store", _temp.StorePath);
        var qa = await Shipcheck("approve", runId, "--role", "QA Lead", "--as", "kim", "--comment", "tested on staging", "--store", _temp.StorePath);
        var security = await Shipcheck("approve", runId, "--role", "security", "--as", "lee", "--store", _temp.StorePath);
        var otherVersion = await Shipcheck("run", checklist, "--version", "v3");
        var signed = await Shipcheck("run", checklist, "--version", "v2");

        Assert.True(blocked.ExitCode == 3, blocked.ToString());
        Assert.Contains("0 of 2 needed, none signed; missing: QA Lead, Security", blocked.Stdout, StringComparison.Ordinal);
        Assert.Contains($"shipcheck approve {runId} --role \"QA Lead\"", blocked.Stdout, StringComparison.Ordinal);
        Assert.True(self.ExitCode == 2, self.ToString());
        Assert.Contains("four-eyes", self.Stderr, StringComparison.Ordinal);
        Assert.True(unknownRole.ExitCode == 2, unknownRole.ToString());
        Assert.Contains("roles it names: QA Lead, Security", unknownRole.Stderr, StringComparison.Ordinal);
        Assert.True(qa.ExitCode == 0, qa.ToString());
        Assert.Contains("signed off as QA Lead (kim) for demo v2", qa.Stdout, StringComparison.Ordinal);
        Assert.True(security.ExitCode == 0, security.ToString());
        Assert.True(otherVersion.ExitCode == 3, otherVersion.ToString());
        Assert.True(signed.ExitCode == 0, signed.ToString());
        Assert.Equal("pre\npre\npre\ndeployed\n", Trail);
    }

    [Fact]
    public async Task An_ad_hoc_freeze_blocks_its_service_until_freeze_end()
    {
        var checklist = Checklist("");
        var start = await Shipcheck("freeze", "start", "--reason", "incident INC-42", "--service", "demo", "--as", "bob", "--checklist", checklist);
        var list = await Shipcheck("freeze", "list", "--checklist", checklist);
        var blocked = await Shipcheck("run", checklist);
        var end = await Shipcheck("freeze", "end", "--as", "bob", "--checklist", checklist);
        var listAfter = await Shipcheck("freeze", "list", "--checklist", checklist);
        var free = await Shipcheck("run", checklist);

        Assert.True(start.ExitCode == 0, start.ToString());
        Assert.Contains("freeze #1 started", start.Stdout, StringComparison.Ordinal);
        Assert.Contains("#1  incident INC-42  ad-hoc freeze #1 (demo), started by bob", list.Stdout, StringComparison.Ordinal);
        Assert.True(blocked.ExitCode == 3, blocked.ToString());
        Assert.Contains("freeze \"incident INC-42\" is on", blocked.Stdout, StringComparison.Ordinal);
        Assert.Contains("shipcheck freeze end 1", blocked.Stdout, StringComparison.Ordinal);
        Assert.True(end.ExitCode == 0, end.ToString());
        Assert.Contains("no ad-hoc freeze is on", listAfter.Stdout, StringComparison.Ordinal);
        Assert.True(free.ExitCode == 0, free.ToString());
    }

    [Fact]
    public async Task Freeze_start_refuses_an_until_in_the_past_and_end_refuses_a_freeze_that_is_not_on()
    {
        var checklist = Checklist("");
        var past = await Shipcheck("freeze", "start", "--reason", "x", "--until", "2001-01-01T00:00Z", "--checklist", checklist);
        await Shipcheck("freeze", "start", "--reason", "x", "--until", "2h", "--checklist", checklist);
        var missing = await Shipcheck("freeze", "end", "7", "--checklist", checklist);

        Assert.True(past.ExitCode == 2, past.ToString());
        Assert.Contains("--until '2001-01-01T00:00Z' is not a duration (2h) or a time to come", past.Stderr, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("no freeze #7 is on", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_with_a_sign_off_from_the_named_role_goes_through_and_history_shows_break_glass()
    {
        var checklist = Checklist("""
            freeze:
              - name: incident freeze
                file: incident.flag
                override: { signoff: release-manager, reason: required }
            """);
        _temp.Write("incident.flag", "INC-7");

        var plain = await Shipcheck("run", checklist, "--version", "v2");
        var unsigned = await Shipcheck("run", checklist, "--version", "v2", "--override", "hotfix for INC-7");
        var runId = (await NewestRunAsync()).GetProperty("id").GetString()!;
        var approve = await Shipcheck("approve", runId, "--role", "release-manager", "--as", "kim", "--store", _temp.StorePath);
        var noReason = await Shipcheck("run", checklist, "--version", "v2", "--override", " ");
        var overridden = await Shipcheck("run", checklist, "--version", "v2", "--override", "hotfix for INC-7");
        var newest = await NewestRunAsync();
        var table = await Shipcheck("history", "--store", _temp.StorePath);

        Assert.True(plain.ExitCode == 3, plain.ToString());
        Assert.Contains("run with --override \"reason\" and a sign-off from release-manager", plain.Stdout, StringComparison.Ordinal);
        Assert.True(unsigned.ExitCode == 3, unsigned.ToString());
        Assert.True(approve.ExitCode == 0, approve.ToString());
        Assert.True(noReason.ExitCode == 2, noReason.ToString());
        Assert.True(overridden.ExitCode == 0, overridden.ToString());
        Assert.True(newest.GetProperty("break_glass").GetBoolean());
        Assert.Contains("overridden (reason: hotfix for INC-7), signed off by kim (release-manager)", newest.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("break-glass", table.Stdout, StringComparison.Ordinal);
        Assert.Equal("pre\ndeployed\n", Trail);
    }

    [Fact]
    public async Task A_waiting_run_shows_who_is_missing_and_goes_on_when_another_process_approves()
    {
        var checklist = Checklist("""
            signoffs:
              - roles: [QA Lead]
                wait: 90s
            """);
        var run = ShipcheckProcess.RunToEndAsync(ShipcheckProcess.StartInfo(_temp.Path, null, "run", checklist, "--version", "v2"), TimeSpan.FromMinutes(2), "waiting run");

        var runId = await WaitForRunningRunAsync(run);
        var approve = await Shipcheck("approve", runId, "--role", "QA Lead", "--as", "kim", "--store", _temp.StorePath);
        var result = await run;

        Assert.True(approve.ExitCode == 0, approve.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("waiting up to 1m30s for sign-off before deploy: 0 of 1 needed, none signed; missing: QA Lead", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("signed off before deploy: QA Lead (kim)", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("pre\ndeployed\n", Trail);
    }

    /// <summary>The id of the run once it is recorded as running (it then waits at the sign-off point).</summary>
    private async Task<string> WaitForRunningRunAsync(Task<CliResult> run)
    {
        while (!run.IsCompleted)
        {
            if (File.Exists(_temp.StorePath))
            {
                var history = await Shipcheck("history", "--json", "--store", _temp.StorePath);
                using var json = JsonDocument.Parse(history.ExitCode == 0 ? history.Stdout : "[]");
                if (json.RootElement.GetArrayLength() > 0 && Trail.Length > 0)
                {
                    return json.RootElement[0].GetProperty("id").GetString()!;
                }
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        throw new InvalidOperationException("the run ended before it waited: " + await run);
    }
}
