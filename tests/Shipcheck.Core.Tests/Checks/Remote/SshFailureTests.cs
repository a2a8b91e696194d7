using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Remote;

/// <summary>What goes wrong between here and the host is an error that says what and what to check, never an exit code.</summary>
public sealed class SshFailureTests(SshServer server) : IClassFixture<SshServer>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RunKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_host_key_that_differs_from_known_hosts_is_an_error_that_warns_of_interception()
    {
        var result = await Run(server.Host(knownHosts: server.WrongKnownHosts));

        Assert.Contains("does not match the one in " + server.WrongKnownHosts, result.Error);
        Assert.Contains("intercepting", result.Error);
        Assert.DoesNotContain("exit_code", result.Observations.Select(o => o.Key));
    }

    [Fact]
    public async Task A_host_missing_from_known_hosts_is_refused_when_strict()
    {
        File.WriteAllText(_folder.File("empty_known_hosts"), "");

        var result = await Run(server.Host(knownHosts: _folder.File("empty_known_hosts")));

        Assert.Contains("is not in " + _folder.File("empty_known_hosts"), result.Error);
        Assert.Contains("host_key: accept-new", result.Error);
    }

    [Fact]
    public async Task Accept_new_adds_a_host_seen_for_the_first_time_and_runs()
    {
        var knownHosts = _folder.File("new_known_hosts");

        var result = await Run(server.Host(knownHosts: knownHosts, policy: HostKeyPolicy.AcceptNew));

        Assert.Null(result.Error);
        Assert.Equal("ok\n", result.Observations.Text("stdout"));
        Assert.Contains("ssh-ed25519", File.ReadAllText(knownHosts));
    }

    [Fact]
    public async Task Accept_new_still_refuses_a_changed_host_key()
    {
        var result = await Run(server.Host(knownHosts: server.WrongKnownHosts, policy: HostKeyPolicy.AcceptNew));

        Assert.Contains("does not match", result.Error);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_an_unreachable_host()
    {
        var result = await Run(server.Host(port: Ports.Closed()));

        Assert.Contains("refused the connection", result.Error);
        Assert.Contains("check that sshd runs there", result.Error);
    }

    [Fact]
    public async Task A_key_the_host_does_not_accept_is_a_refused_login()
    {
        var stranger = _folder.File("stranger");
        File.Copy(server.File("other_host_key"), stranger);
        var host = server.Host() with { Key = TestOptions.Text(stranger) };

        var result = await Run(host);

        Assert.Contains("refused the login", result.Error);
        Assert.Contains("authorized_keys", result.Error);
    }

    [Fact]
    public async Task A_key_file_that_does_not_exist_is_named_before_ssh_runs()
    {
        var host = server.Host() with { Key = TestOptions.Text("keys/missing_ed25519") };

        var result = await Run(host);

        Assert.Contains($"the key file {_folder.File("keys/missing_ed25519")} does not exist", result.Error);
    }

    [Fact]
    public async Task Key_and_known_hosts_paths_with_spaces_reach_ssh_as_they_are_and_a_percent_in_a_key_is_named()
    {
        var folder = _folder.File("keys of 100% mine");
        Directory.CreateDirectory(folder);
        File.Copy(server.KnownHosts, Path.Combine(folder, "known %u hosts"));
        File.Copy(server.ClientKey, _folder.File("my key"));
        var host = server.Host(knownHosts: Path.Combine(folder, "known %u hosts")) with { Key = TestOptions.Text(_folder.File("my key")) };

        var result = await Run(host);
        var percent = await Run(host with { Key = TestOptions.Text(Path.Combine(folder, "id")) });

        Assert.Null(result.Error);
        Assert.Equal("ok\n", result.Observations.Text("stdout"));
        Assert.Contains("a file name with '%'", percent.Error);
    }

    private Task<Core.Checks.ProbeResult> Run(HostDefinition host) =>
        Probes.ObserveOn(_kind, host, TestOptions.Of(("command", "echo ok")), Probes.Context(_folder.Path));
}
