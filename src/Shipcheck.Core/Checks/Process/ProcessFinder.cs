using System.Globalization;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>Finds a <c>process</c> step's process by pid file, name or systemd unit.</summary>
internal static class ProcessFinder
{
    public static async Task<ProcessLookup> FindAsync(ProcessOptions options, ProbeContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return ProcessLookup.Failed("process steps read /proc, which this system does not have (Linux only)");
        }
        if (options.PidFile is not null)
        {
            return await ByPidFileAsync(context.ResolvePath(context.Render(options.PidFile).Trim()), cancellationToken);
        }
        if (options.Unit is not null)
        {
            return await ByUnitAsync(context.Render(options.Unit).Trim(), cancellationToken);
        }
        var name = context.Render(options.Name!).Trim();
        if (name.Length == 0)
        {
            // An empty name would be contained in every command line.
            return ProcessLookup.Failed("the process name is empty");
        }
        var matches = ProcFs.FindByName(name);
        return new ProcessLookup(matches, "", matches.Count == 0 ? $"no process matches '{name}'" : $"{matches.Count} process(es) match '{name}'");
    }

    private static async Task<ProcessLookup> ByPidFileAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProcessLookup.Failed($"reading pid file {path} was cancelled (timeout or interrupt)");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ProcessLookup([], "", $"pid file {path} is missing");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProcessLookup.Failed($"cannot read pid file {path}: {e.Message}");
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            var shown = text.Trim();
            return ProcessLookup.Failed($"pid file {path} does not hold a pid: '{(shown.Length > 40 ? shown[..40] + "…" : shown)}'");
        }
        return Single(pid, $"pid {pid} from {path}");
    }

    private static async Task<ProcessLookup> ByUnitAsync(string unit, CancellationToken cancellationToken)
    {
        var shown = await SystemdUnit.ShowAsync(unit, cancellationToken);
        if (shown.Error is not null)
        {
            return ProcessLookup.Failed(shown.Error);
        }
        var lookup = shown.MainPid > 0 ? Single(shown.MainPid, $"unit {unit} ({shown.ActiveState}), main pid {shown.MainPid}")
            : new ProcessLookup([], "", $"unit {unit} is {shown.ActiveState} with no main process");
        return lookup with { Active = shown.ActiveState };
    }

    private static ProcessLookup Single(int pid, string why) =>
        ProcFs.Sample(pid) is { } sample ? new ProcessLookup([sample], "", why) : new ProcessLookup([], "", $"{why} is not running");
}
