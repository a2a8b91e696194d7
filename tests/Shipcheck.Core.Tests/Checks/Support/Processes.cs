using System.Diagnostics;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Looks at processes by pid through /proc, for tests about process trees.</summary>
internal static class Processes
{
    /// <summary>True when the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The state letter follows the parenthesised command name, which may itself contain spaces.
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Waits (bounded) until every process in <paramref name="pids"/> is gone; true when they all are.</summary>
    public static async Task<bool> AllGone(IEnumerable<int> pids, TimeSpan limit)
    {
        var list = pids.ToList();
        var watch = Stopwatch.StartNew();
        while (list.Any(IsAlive))
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }

    /// <summary>Cleans up a process a test started, by pid; quiet when it is already gone.</summary>
    public static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; true when it did.</summary>
    public static async Task<bool> WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }
}
