using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>
/// A real dockerd of its own: data, exec state and socket in a short temp folder, no networking of its own
/// (<c>--bridge=none --iptables=false</c>). Stopped by its pid (SIGTERM, then SIGKILL) and its folder removed.
/// </summary>
internal sealed class DockerDaemon : IDisposable
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public DockerDaemon()
    {
        var dockerd = new[] { "/usr/sbin/dockerd", "/usr/bin/dockerd" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("dockerd is missing: install the Debian package docker.io (test.sh does)");
        // A unix socket path is limited to 107 bytes, so the folder sits directly under /tmp with a short name.
        Folder = Directory.CreateDirectory($"/tmp/scdk-{Guid.NewGuid().ToString("N")[..8]}").FullName;
        SocketPath = Path.Combine(Folder, "docker.sock");
        var start = new ProcessStartInfo(dockerd) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[
            "--data-root", Path.Combine(Folder, "root"), "--exec-root", Path.Combine(Folder, "exec"), "-H", Host,
            "--pidfile", Path.Combine(Folder, "docker.pid"), "--iptables=false", "--ip6tables=false", "--bridge=none",
            "--shutdown-timeout=2", "--log-level=warn"])
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {dockerd}");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Cli = new DockerCli(Host);
    }

    public string Folder { get; }

    public string SocketPath { get; }

    /// <summary>unix:///tmp/scdk…/docker.sock</summary>
    public string Host => "unix://" + SocketPath;

    public DockerCli Cli { get; }

    /// <summary>Waits until the engine answers; throws with its log when it does not.</summary>
    public async Task WaitUntilReadyAsync()
    {
        var watch = Stopwatch.StartNew();
        while (!File.Exists(SocketPath) || Cli.TryRun("version", "--format", "{{.Server.APIVersion}}").ExitCode != 0)
        {
            if (_process.HasExited || watch.Elapsed > ReadyLimit)
            {
                throw new InvalidOperationException($"dockerd did not become ready in {ReadyLimit.TotalSeconds}s: {Log}");
            }
            await Task.Delay(100);
        }
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Stop();
        }
        finally
        {
            Unmount();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A mount the engine left busy; the OS clears temp eventually, and no process of ours is left.
            }
            _process.Dispose();
        }
    }

    private void Stop()
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        if (!_process.WaitForExit(StopLimit))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(StopLimit);
        }
    }

    // Container layers and network namespaces stay mounted when the engine is killed; they block deleting the folder.
    private void Unmount()
    {
        var mounts = File.ReadAllLines("/proc/mounts").Select(l => l.Split(' ')[1]).Where(m => m.StartsWith(Folder, StringComparison.Ordinal));
        foreach (var mount in mounts.OrderByDescending(m => m.Length))
        {
            using var umount = Process.Start("umount", ["-l", mount]);
            umount.WaitForExit();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            // Enough to explain a failed start; a long-running engine must not grow this without bound.
            if (_log.Length < 64 * 1024)
            {
                _log.AppendLine(line);
            }
        }
    }
}
