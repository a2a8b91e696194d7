using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store;

/// <summary>
/// Tells a run whose runner died (kill -9, a crash, a reboot) from one still in progress, and says how the record of
/// such a run ends. Shared by every store so they all answer the same way.
/// </summary>
public static class InterruptedRuns
{
    /// <summary>The summary given to a run found running after its runner is gone.</summary>
    public const string Summary = "the runner stopped without finishing (killed or crashed)";

    /// <summary>
    /// True when <paramref name="run"/> is still marked running but its runner process no longer exists. Only runs
    /// started on <paramref name="machineName"/> can be judged; a run from another host, or without a process id,
    /// is left as it is, because calling a live run dead is worse than showing a dead one as running.
    /// </summary>
    public static bool RunnerIsGone(RunRecord run, string machineName)
    {
        if (run.Verdict != Verdict.Running || run.ProcessId <= 0)
        {
            return false;
        }
        if (!string.Equals(run.Host, machineName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return !ProcessExists(run.ProcessId);
    }

    /// <summary>When an interrupted run ended, as far as the record knows: the end of its last step, else its start.</summary>
    public static DateTimeOffset LastKnownMoment(DateTimeOffset startedAt, IEnumerable<(DateTimeOffset StartedAt, TimeSpan Duration)> steps)
    {
        var last = startedAt;
        foreach (var (stepStart, duration) in steps)
        {
            var end = stepStart + duration;
            if (end > last)
            {
                last = end;
            }
        }
        return last;
    }

    internal static bool ProcessExists(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
