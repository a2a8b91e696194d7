using System.Text.Json;

namespace Shipcheck.Cli.Tests;

/// <summary><c>shipcheck signoffs RUN</c> through the real CLI: who signed, who is missing, as the run counts them.</summary>
public sealed class SignoffsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Shipcheck(params string[] args) => ShipcheckProcess.RunAsync(_temp.Path, null, [.. args, "--store", _temp.StorePath]);

    [Fact]
    public async Task Lists_the_missing_roles_until_enough_have_signed_and_only_for_the_runs_version()
    {
        var checklist = _temp.Write("shipcheck.yaml", """
            service: signal-service
            signoffs:
              - before: deploy
                roles: [QA Lead, Security, Product Manager]
                required: 2
            deploy:
              - run: echo deployed
            """);
        var blocked = await Shipcheck("run", checklist, "--version", "v2", "--output", "json");
        Assert.True(blocked.ExitCode == 3, blocked.ToString());
        var runId = JsonDocument.Parse(blocked.Stdout).RootElement.GetProperty("id").GetString()!;

        var none = await Shipcheck("signoffs", runId);
        var qa = await Shipcheck("approve", runId, "--role", "QA Lead", "--as", "kim", "--comment", "tested on staging");
        var one = await Shipcheck("signoffs", runId);
        var oneJson = await Shipcheck("signoffs", runId, "--json");
        var security = await Shipcheck("approve", runId, "--role", "Security", "--as", "lee");
        var done = await Shipcheck("signoffs", runId);
        var otherVersion = await Shipcheck("run", checklist, "--version", "v3", "--output", "json");
        var otherId = JsonDocument.Parse(otherVersion.Stdout).RootElement.GetProperty("id").GetString()!;
        var other = await Shipcheck("signoffs", otherId);

        Assert.True(none.ExitCode == 0, none.ToString());
        Assert.Contains($"run {runId}: signal-service v2", none.Stdout);
        Assert.Contains("  before deploy: 0 of 2 required (2 more needed)\n    signed: nobody yet\n    missing: QA Lead, Security, Product Manager\n", none.Stdout);
        Assert.Contains($"    sign with: shipcheck approve {runId} --role \"QA Lead\" --as NAME\n", none.Stdout);
        Assert.Contains("no sign-offs given for this version and commit", none.Stdout);
        Assert.True(qa.ExitCode == 0, qa.ToString());
        Assert.Contains("  before deploy: 1 of 2 required (1 more needed)\n    signed: QA Lead (kim)\n    missing: Security, Product Manager\n", one.Stdout);
        Assert.Contains($"  QA Lead by kim (run {runId}): tested on staging\n", one.Stdout);
        using (var json = JsonDocument.Parse(oneJson.Stdout))
        {
            var point = json.RootElement.GetProperty("points")[0];
            Assert.False(point.GetProperty("satisfied").GetBoolean());
            Assert.Equal(["Security", "Product Manager"], point.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal("kim", json.RootElement.GetProperty("given")[0].GetProperty("name").GetString());
        }
        Assert.True(security.ExitCode == 0, security.ToString());
        Assert.Contains("  before deploy: 2 of 2 required (complete)\n    signed: QA Lead (kim), Security (lee)\n    missing: Product Manager\n", done.Stdout);
        Assert.DoesNotContain("sign with:", done.Stdout);
        // Sign-offs are bound to the version: v3's run sees none of v2's.
        Assert.Contains("0 of 2 required", other.Stdout);
        Assert.Contains("no sign-offs given for this version and commit", other.Stdout);
    }

    [Fact]
    public async Task An_unknown_run_is_a_usage_error()
    {
        var checklist = _temp.Write("shipcheck.yaml", "service: demo\ndeploy:\n  - run: echo hi\n");
        Assert.Equal(0, (await Shipcheck("run", checklist)).ExitCode);

        var result = await Shipcheck("signoffs", "nope");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nope", result.Stderr);
    }
}
