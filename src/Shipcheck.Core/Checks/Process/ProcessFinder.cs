namespace Shipcheck.Core.Checks.Processes;

/// <summary>Finds a <c>process</c> step's process on this machine by pid file, name or systemd unit.</summary>
internal static class ProcessFinder
{
    public const string NoProc = "process steps read /proc, which this system does not have (Linux only)";

    public static async Task<ProcessLookup> FindAsync(ProcessOptions options, ProbeContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return ProcessLookup.Failed(NoProc);
        }
        if (options.PidFile is not null)
        {
            return await ByPidFileAsync(context.ResolvePath(context.Render(options.PidFile).Trim()), cancellationToken);
        }
        if (options.Unit is not null)
        {
            var unit = context.Render(options.Unit).Trim();
            return ProcessLookups.FromUnit(unit, await SystemdUnit.ShowAsync(unit, cancellationToken), ProcFs.Sample);
        }
        var name = context.Render(options.Name!).Trim();
        if (name.Length == 0)
        {
            return ProcessLookup.Failed(EmptyName);
        }
        return ProcessLookups.ByName(name, ProcFs.FindByName(name));
    }

    /// <summary>An empty name would be contained in every command line.</summary>
    public const string EmptyName = "the process name is empty";

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
            return ProcessLookups.PidFileMissing(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProcessLookup.Failed($"cannot read pid file {path}: {e.Message}");
        }
        return ProcessLookups.FromPidFile(path, text, ProcFs.Sample);
    }
}
