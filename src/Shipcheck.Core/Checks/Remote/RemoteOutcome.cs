namespace Shipcheck.Core.Checks.Remote;

/// <summary>How a remote job ended.</summary>
/// <param name="ExitCode">The command's exit status (128 + signal when a signal ended it); null when it never reported one.</param>
/// <param name="Duration">From starting ssh until the command ended (or the step was stopped).</param>
/// <param name="Error">Set when the job could not run or its result is unknown: ssh failed, the host refused, the script could not start the command.</param>
/// <param name="Cancelled">True when the step's timeout or an interrupt stopped it.</param>
internal sealed record RemoteOutcome(int? ExitCode, TimeSpan Duration, string? Error, bool Cancelled);
