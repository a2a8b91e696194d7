namespace Shipcheck.Cli.Tests;

/// <summary><c>run --dry-run</c> shows the gates a run would meet, and runs nothing.</summary>
public sealed class DryRunGatesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_plan_says_a_flag_file_freeze_is_on_and_lists_lock_sign_offs_and_notify_with_the_secret_masked()
    {
        Directory.CreateDirectory(_temp.PathOf("flags"));
        File.WriteAllText(_temp.PathOf("flags/docs-freeze"), "council decision 2026-01-15\n");
        var checklist = _temp.Write("gated.yaml", """
            service: demo
            secrets: [HOOK_TOKEN]
            lock: demo-prod
            freeze:
              - name: documentation freeze
                file: flags/docs-freeze
                override: { signoff: release-manager, reason: required }
            signoffs:
              - before: completion
                roles: [Service Owner]
                allow_self: true
            notify:
              - name: ops
                webhook: https://hooks.example/${HOOK_TOKEN}
            deploy:
              - run: touch deployed.txt
            """);
        var environment = new Dictionary<string, string> { ["HOOK_TOKEN"] = "s3cr3t-token-value" };

        var result = await ShipcheckProcess.RunAsync(_temp.Path, environment, "run", checklist, "--dry-run", "--store", _temp.StorePath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("gates (the checklist's freezes judged now; ad-hoc freezes, the lock and sign-offs when the run starts):\n", result.Stdout);
        Assert.Contains($"  freeze documentation freeze: while {_temp.PathOf("flags/docs-freeze")} exists (ON now: a run started now is blocked; --override \"reason\" with a sign-off from release-manager)\n", result.Stdout);
        Assert.Contains("  lock demo-prod: one run at a time", result.Stdout);
        Assert.Contains("  sign-offs before completion: 1 of Service Owner; does not wait; the run's starter may sign\n", result.Stdout);
        Assert.Contains("  notify ops (webhook https://hooks.example/****): started, stage_promoted, waiting_for_signoff, blocked, failed, rolled_back, succeeded\n", result.Stdout);
        Assert.DoesNotContain("s3cr3t", result.Stdout + result.Stderr);
        Assert.False(File.Exists(_temp.PathOf("deployed.txt")));
    }
}
