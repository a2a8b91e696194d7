namespace Shipcheck.Core.Checks.Remote;

/// <summary>How a probe that runs its own script on a host turns the session's end into a result.</summary>
internal static class RemoteReports
{
    /// <summary>
    /// An error when the session failed, was stopped or the script failed (<paramref name="what"/> names the script in
    /// messages); otherwise what <paramref name="read"/> makes of the script's report.
    /// </summary>
    public static ProbeResult Read(RemoteOutcome outcome, SshTarget target, RemoteCapture capture, string what, Func<ProbeResult> read)
    {
        if (outcome.Error is not null)
        {
            return ProbeResult.Failed(outcome.Error);
        }
        if (outcome.Cancelled)
        {
            return ProbeResult.Failed($"{what} on {target.Display} was cancelled (timeout or interrupt)");
        }
        if (outcome.ExitCode != 0)
        {
            var said = capture.Stderr.Length > 0 ? ": " + capture.Stderr : "";
            return ProbeResult.Failed($"on {target.Display}: {what} failed (exit {outcome.ExitCode}){said}");
        }
        return read();
    }
}
