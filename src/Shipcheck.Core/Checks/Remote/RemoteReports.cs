namespace Shipcheck.Core.Checks.Remote;

/// <summary>How a probe that runs its own script on a host tells a failed session from a report it can read.</summary>
internal static class RemoteReports
{
    /// <summary>
    /// What went wrong when the session failed, was stopped or the script failed (<paramref name="what"/> names the
    /// script in messages); null when the script's report can be read.
    /// </summary>
    public static string? Problem(RemoteOutcome outcome, SshTarget target, RemoteCapture capture, string what)
    {
        if (outcome.Error is not null)
        {
            return outcome.Error;
        }
        if (outcome.Cancelled)
        {
            return $"{what} on {target.Display} was cancelled (timeout or interrupt)";
        }
        if (outcome.ExitCode != 0)
        {
            var said = capture.Stderr.Length > 0 ? ": " + capture.Stderr : "";
            return $"on {target.Display}: {what} failed (exit {outcome.ExitCode}){said}";
        }
        return null;
    }
}
