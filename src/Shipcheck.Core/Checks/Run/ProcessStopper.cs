using System.Diagnostics;

namespace Shipcheck.Core.Checks.Run;

/// <summary>Stops a <c>run</c> step's shell and everything it started: SIGTERM to the group, SIGKILL after a grace period.</summary>
internal static class ProcessStopper
{
    /// <summary>How long processes get to exit after SIGTERM.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task StopAsync(Process process)
    {
        // Real time, not the context's clock: the processes being stopped live in real time.
        var time = TimeProvider.System;
        var groupId = process.Id;
        if (!ShellStartInfo.LeadsOwnGroup || !ProcessGroup.Signal(groupId, ProcessGroup.SigTerm))
        {
            // No group (no setsid, or cancelled before setsid ran): the tree as the kernel shows it is the best we have.
            KillTree(process);
            await ReapAsync(process, time);
            return;
        }
        var started = time.GetTimestamp();
        // The kernel offers no wait for a process group; polling is bounded by the grace period.
        while (ProcessGroup.Exists(groupId) && time.GetElapsedTime(started) < Grace)
        {
            await Task.Delay(PollInterval, time);
        }
        if (ProcessGroup.Exists(groupId))
        {
            ProcessGroup.Signal(groupId, ProcessGroup.SigKill);
        }
        KillTree(process);
        await ReapAsync(process, time);
    }

    // Waits until the shell is reaped so its exit code (128 + signal) can be reported.
    private static async Task ReapAsync(Process process, TimeProvider time)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(Grace, time);
        }
        catch (TimeoutException)
        {
            // Unkillable (uninterruptible I/O): report what we have rather than hang the run.
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
