using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Tests.Checklists;

public sealed class HostsChecklistTests
{
    private static readonly string FullPath = Path.Combine(Path.GetTempPath(), "hosts.yaml");

    [Fact]
    public void Loads_hosts_and_gives_each_step_on_a_host_its_host_and_a_default_name_that_says_where()
    {
        var result = ChecklistLoader.LoadText("""
            service: stock-monitoring
            vars:
              deploy_user: deploy
            hosts:
              oracle-a1:
                address: 10.0.0.5
                port: 2222
                user: ${deploy_user}
                key: ~/.ssh/deploy_ed25519
                known_hosts: ssh/known_hosts
                host_key: accept-new
                connect_timeout: 3s
              oracle-a2: { address: oracle-a2 }
            verify:
              - run: docker ps --format '{{.Names}}'
                on: oracle-a1
              - run: docker ps --format '{{.Names}}'
                on: oracle-a2
              - file: /srv/app/VERSION
                on: oracle-a1
              - logs: { path: ~/logs/real-collector.log, tail: 20 }
                on: oracle-a1
              - process: connector-wss
                on: oracle-a1
              - run: echo here
            """, "hosts.yaml", FullPath, Core.Checks.CheckKinds.All);

        Assert.Empty(result.Problems);
        var checklist = result.Checklist!;
        var host = checklist.Hosts["oracle-a1"];
        Assert.Equal(2222, host.Port);
        Assert.Equal("${deploy_user}", host.User!.Source);
        Assert.Equal(HostKeyPolicy.AcceptNew, host.HostKey);
        Assert.Equal(TimeSpan.FromSeconds(3), host.ConnectTimeout);
        Assert.Null(checklist.Hosts["oracle-a2"].Port);
        Assert.Equal(HostKeyPolicy.Strict, checklist.Hosts["oracle-a2"].HostKey);
        var steps = checklist.StepsOf(Phase.Verify).SelectMany(StepNodes.Flatten).ToList();
        Assert.Equal(
            ["docker ps --format '{{.Names}}' on oracle-a1", "docker ps --format '{{.Names}}' on oracle-a2", "file /srv/app/VERSION on oracle-a1",
             "logs ~/logs/real-collector.log on oracle-a1", "process connector-wss on oracle-a1", "echo here"],
            steps.Select(s => s.Name));
        Assert.Equal(["oracle-a1", "oracle-a2", "oracle-a1", "oracle-a1", "oracle-a1", null], steps.Select(s => s.Host?.Name));
    }

    [Fact]
    public void Rejects_a_host_value_that_refers_to_an_unknown_variable()
    {
        var result = ChecklistLoader.LoadText("""
            service: demo
            hosts:
              web: { address: "${web_ip}" }
            verify:
              - run: uptime
                on: web
            """, "hosts.yaml", FullPath, Core.Checks.CheckKinds.All);

        Assert.Null(result.Checklist);
        Assert.Contains(result.Problems, p => p.Message == "unknown variable '${web_ip}'");
    }

    [Fact]
    public void Accepts_a_host_address_captured_by_an_earlier_step()
    {
        var result = ChecklistLoader.LoadText("""
            service: demo
            hosts:
              web: { address: "${web_ip}" }
            pre:
              - run: ./new-instance-ip.sh
                capture: web_ip
            verify:
              - run: uptime
                on: web
            """, "hosts.yaml", FullPath, Core.Checks.CheckKinds.All);

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void The_dry_run_plan_says_which_host_each_step_runs_on()
    {
        var result = ChecklistLoader.LoadText("""
            service: demo
            hosts:
              web: { address: 10.0.0.5 }
            deploy:
              - run: ./deploy.sh ${version}
                on: web
              - run: echo local
            """, "hosts.yaml", FullPath, Core.Checks.CheckKinds.All);
        var prepared = RunPreparation.Prepare(result.Checklist!, new RunRequest { Version = "1.2.3" }, _ => null);

        var plan = RunPlan.Build(prepared, DateTimeOffset.UnixEpoch);

        Assert.Equal(["web", null], plan.Phases.Single().Steps.Select(s => s.Host));
        Assert.Equal("./deploy.sh 1.2.3", plan.Phases.Single().Steps[0].Target);
    }

    [Fact]
    public void Loads_the_documented_remote_hosts_example()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "checklist-format.md"));
        var section = docs[docs.IndexOf("## Remote hosts", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];

        var result = ChecklistLoader.LoadText("service: stock-monitoring\n" + yaml, "docs.yaml", FullPath, Core.Checks.CheckKinds.All);

        Assert.Empty(result.Problems);
        Assert.Equal(6, result.Checklist!.Phases.Values.Sum(p => p.Count));
    }
}
