using System.Globalization;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>Reads processes from Linux's <c>/proc</c>. Every read tolerates a process that exits meanwhile.</summary>
internal static class ProcFs
{
    /// <summary>USER_HZ: the unit of the times in /proc/PID/stat; 100 on every mainstream Linux architecture.</summary>
    public const double TicksPerSecond = 100;

    /// <summary>A sample of <paramref name="pid"/>, or null when it does not exist or is a zombie.</summary>
    public static ProcessSample? Sample(int pid)
    {
        try
        {
            return Parse(pid, File.ReadAllText($"/proc/{pid}/stat"), RssBytes(pid), SystemUptimeSeconds(), TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A sample from the text of <c>/proc/PID/stat</c>, the resident memory and the system's uptime (read here or on a
    /// host); null for a zombie or text that is not a stat line.
    /// </summary>
    public static ProcessSample? Parse(int pid, string stat, long rssBytes, double systemUptimeSeconds, double ticksPerSecond)
    {
        // Fields after the parenthesised command name, which may itself contain spaces and parentheses.
        var open = stat.IndexOf('(');
        var close = stat.LastIndexOf(')');
        if (open < 0 || close < open || close + 2 > stat.Length)
        {
            return null;
        }
        var fields = stat[(close + 2)..].Split(' ');
        if (fields.Length < 20 || fields[0] is "Z" or "X")
        {
            return null;
        }
        if (!long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var userTicks)
            || !long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var systemTicks)
            || !long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var startTicks))
        {
            return null;
        }
        var command = stat[(open + 1)..close];
        var uptime = Math.Max(0, systemUptimeSeconds - startTicks / ticksPerSecond);
        var cpu = uptime > 0 ? (userTicks + systemTicks) / ticksPerSecond / uptime * 100 : 0;
        return new ProcessSample(pid, command, startTicks, TimeSpan.FromSeconds(uptime), rssBytes, Math.Round(cpu, 2));
    }

    /// <summary>Live processes whose command name equals <paramref name="name"/> or whose command line contains it.</summary>
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
        return found;
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
