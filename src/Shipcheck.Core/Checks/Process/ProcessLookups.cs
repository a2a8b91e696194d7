using System.Globalization;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>
/// Makes a <see cref="ProcessLookup"/> from what was found, whether here or on a host, so the observations and their
/// wording are the same either way. <c>sample</c> looks at one pid and returns null when it does not run.
/// </summary>
internal static class ProcessLookups
{
    public static ProcessLookup PidFileMissing(string path) => new([], "", $"pid file {path} is missing");

    public static ProcessLookup FromPidFile(string path, string text, Func<int, ProcessSample?> sample)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            var shown = text.Trim();
            return ProcessLookup.Failed($"pid file {path} does not hold a pid: '{(shown.Length > 40 ? shown[..40] + "…" : shown)}'");
        }
        return Single(pid, $"pid {pid} from {path}", sample);
    }

    /// <summary>The matches oldest first: the one observed is the one that has run longest.</summary>
    public static ProcessLookup ByName(string name, IEnumerable<ProcessSample> matches)
    {
        var ordered = matches.OrderBy(s => s.StartTicks).ThenBy(s => s.Pid).ToList();
        return new ProcessLookup(ordered, "", ordered.Count == 0 ? $"no process matches '{name}'" : $"{ordered.Count} process(es) match '{name}'");
    }

    public static ProcessLookup FromUnit(string unit, UnitState shown, Func<int, ProcessSample?> sample)
    {
        if (shown.Error is not null)
        {
            return ProcessLookup.Failed(shown.Error);
        }
        var lookup = shown.MainPid > 0 ? Single(shown.MainPid, $"unit {unit} ({shown.ActiveState}), main pid {shown.MainPid}", sample)
            : new ProcessLookup([], "", $"unit {unit} is {shown.ActiveState} with no main process");
        return lookup with { Active = shown.ActiveState };
    }

    public static ProcessLookup Single(int pid, string why, Func<int, ProcessSample?> sample) =>
        sample(pid) is { } found ? new ProcessLookup([found], "", why) : new ProcessLookup([], "", $"{why} is not running");
}
