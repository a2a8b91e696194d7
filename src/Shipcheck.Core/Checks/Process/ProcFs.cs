using System.Globalization;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>Reads processes from Linux's <c>/proc</c>. Every read tolerates a process that exits meanwhile.</summary>
internal static class ProcFs
{
    // USER_HZ: the unit of the times in /proc/PID/stat; 100 on every mainstream Linux architecture.
    private const double TicksPerSecond = 100;

    /// <summary>A sample of <paramref name="pid"/>, or null when it does not exist or is a zombie.</summary>
    public static ProcessSample? Sample(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the parenthesised command name, which may itself contain spaces and parentheses.
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            if (fields[0] is "Z" or "X")
            {
                return null;
            }
            var command = stat[(stat.IndexOf('(') + 1)..close];
            var busyTicks = Long(fields[11]) + Long(fields[12]);
            var startTicks = Long(fields[19]);
            var uptime = Math.Max(0, SystemUptimeSeconds() - startTicks / TicksPerSecond);
            var cpu = uptime > 0 ? busyTicks / TicksPerSecond / uptime * 100 : 0;
            return new ProcessSample(pid, command, startTicks, TimeSpan.FromSeconds(uptime), RssBytes(pid), Math.Round(cpu, 2));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Live processes whose command name equals <paramref name="name"/> or whose command line contains it, oldest first.</summary>
    public static IReadOnlyList<ProcessSample> FindByName(string name)
    {
        var found = new List<ProcessSample>();
        foreach (var pid in AllPids())
        {
            // Shipcheck's own command line may mention the name (a checklist path); it is never the process meant.
            if (pid != Environment.ProcessId && Matches(pid, name) && Sample(pid) is { } sample)
            {
                found.Add(sample);
            }
        }
        return [.. found.OrderBy(s => s.StartTicks).ThenBy(s => s.Pid)];
    }

    private static bool Matches(int pid, string name)
    {
        try
        {
            if (File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n') == name)
            {
                return true;
            }
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Contains(name, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<int> AllPids()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                yield return pid;
            }
        }
    }

    private static long RssBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                // "VmRSS:     1234 kB": the kernel's kB are KiB.
                return Long(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
            }
        }
        return 0; // Kernel threads have no VmRSS.
    }

    private static double SystemUptimeSeconds() =>
        double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);

    private static long Long(string text) => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
