using System.Diagnostics;
using System.Net.Sockets;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Remote;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 for the tests of one class: a host key and a client key generated into a temp
/// folder, key login only, run in the foreground (-D) so it is stopped by its own pid on dispose. The remote user is
/// the one running the tests (root here).
/// </summary>
public sealed class SshServer : IDisposable
{
    private const string Sshd = "/usr/sbin/sshd";

    private readonly TempFolder _folder = new();
    private readonly Process _sshd;

    public SshServer()
    {
        foreach (var tool in new[] { Sshd, "/usr/bin/ssh", "/usr/bin/ssh-keygen" })
        {
            if (!System.IO.File.Exists(tool))
            {
                throw new InvalidOperationException($"{tool} is missing: install the Debian packages openssh-server and openssh-client (test.sh does)");
            }
        }
        Port = Ports.Closed();
        KeyGen("host_key");
        KeyGen("client_key");
        KeyGen("other_host_key");
        System.IO.File.Copy(File("client_key.pub"), File("authorized_keys"));
        System.IO.File.WriteAllText(KnownHosts, KnownHostsLine("host_key.pub"));
        System.IO.File.WriteAllText(WrongKnownHosts, KnownHostsLine("other_host_key.pub"));
        System.IO.File.WriteAllText(File("sshd_config"), $"""
            Port {Port}
            ListenAddress 127.0.0.1
            HostKey {File("host_key")}
            PidFile {File("sshd.pid")}
            AuthorizedKeysFile {File("authorized_keys")}
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            MaxStartups 100
            MaxSessions 100

            """);
        Directory.CreateDirectory("/run/sshd");
        _sshd = Process.Start(new ProcessStartInfo(Sshd) { ArgumentList = { "-D", "-f", File("sshd_config"), "-E", File("sshd.log") } })
            ?? throw new InvalidOperationException("cannot start sshd");
        WaitUntilListening();
    }

    public int Port { get; }

    /// <summary>A known_hosts file holding this server's key.</summary>
    public string KnownHosts => File("known_hosts");

    /// <summary>A known_hosts file holding another key for this server's address: a host-key mismatch.</summary>
    public string WrongKnownHosts => File("wrong_known_hosts");

    public string ClientKey => File("client_key");

    /// <summary>A fresh folder for files the tests look at "on the host" (the same machine).</summary>
    public string Folder => _folder.Path;

    public string File(string name) => Path.Combine(_folder.Path, name);

    /// <summary>This server as a checklist would declare it.</summary>
    public HostDefinition Host(string name = "test-host", string? knownHosts = null, HostKeyPolicy policy = HostKeyPolicy.Strict, int? port = null) =>
        new(name, TestOptions.Text("127.0.0.1"), TestOptions.Span)
        {
            Port = port ?? Port,
            User = TestOptions.Text(Environment.UserName),
            Key = TestOptions.Text(ClientKey),
            KnownHosts = TestOptions.Text(knownHosts ?? KnownHosts),
            HostKey = policy,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };

    public void Dispose()
    {
        try
        {
            _sshd.Kill();
            _sshd.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _sshd.Dispose();
        _folder.Dispose();
    }

    private string KnownHostsLine(string publicKey)
    {
        var key = System.IO.File.ReadAllText(File(publicKey)).Split(' ');
        return $"[127.0.0.1]:{Port} {key[0]} {key[1]}\n";
    }

    private void KeyGen(string name)
    {
        using var keygen = Process.Start(new ProcessStartInfo("/usr/bin/ssh-keygen")
        {
            ArgumentList = { "-q", "-t", "ed25519", "-N", "", "-f", File(name) },
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("cannot start ssh-keygen");
        keygen.WaitForExit();
        if (keygen.ExitCode != 0)
        {
            throw new InvalidOperationException($"ssh-keygen failed for {name} ({keygen.ExitCode})");
        }
    }

    private void WaitUntilListening()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_sshd.HasExited)
            {
                throw new InvalidOperationException($"sshd exited ({_sshd.ExitCode}): {ReadLog()}");
            }
            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException($"sshd did not listen on 127.0.0.1:{Port} within 15s: {ReadLog()}");
    }

    private string ReadLog() => System.IO.File.Exists(File("sshd.log")) ? System.IO.File.ReadAllText(File("sshd.log")) : "(no log)";
}
