using System.Diagnostics;
using System.Globalization;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>Asks systemd about a unit through <c>systemctl show</c>.</summary>
internal static class SystemdUnit
{
    public const string NotRunning = "systemd is not running here; use pid_file or name";

    public static async Task<UnitState> ShowAsync(string unit, CancellationToken cancellationToken)
    {
        // /run/systemd/system exists exactly when systemd is the running init (what sd_booted() checks).
        var systemctl = FindSystemctl();
        if (systemctl is null || !Directory.Exists("/run/systemd/system"))
        {
            return new UnitState("", 0, NotRunning);
        }
        var info = new ProcessStartInfo(systemctl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "show", unit, "-p", "ActiveState,MainPID", "--no-pager" })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new UnitState("", 0, $"cannot start {systemctl}: {e.Message}");
        }
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? Parse(await output) : new UnitState("", 0, $"systemctl show {unit} failed: {(await errors).Trim()}");
        }
        catch (OperationCanceledException)
        {
            StopQuietly(process);
            return new UnitState("", 0, $"systemctl show {unit} did not answer (timeout or interrupt)");
        }
    }

    private static void StopQuietly(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }

    /// <summary>Reads the <c>ActiveState=…</c> and <c>MainPID=…</c> lines of <c>systemctl show</c>.</summary>
    public static UnitState Parse(string output)
    {
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
        var active = values.GetValueOrDefault("ActiveState", "");
        _ = int.TryParse(values.GetValueOrDefault("MainPID", "0"), NumberStyles.None, CultureInfo.InvariantCulture, out var pid);
        return new UnitState(active, pid);
    }

    private static string? FindSystemctl() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "systemctl")).FirstOrDefault(File.Exists);
}
