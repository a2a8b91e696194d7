using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Remote;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Run;

/// <summary>
/// Runs a <c>run</c> step's command on a host through ssh and observes what a local run does: exit code, output and
/// duration. An ssh failure (unreachable, refused, host key, login) is an error, never the command's exit code.
/// </summary>
public sealed class RemoteRunProbe(RunOptions options, HostDefinition host) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var (target, problem) = SshTarget.Resolve(host, context);
        if (target is null)
        {
            return ProbeResult.Failed(problem!);
        }
        var exports = RemoteTemplates.Exports(options.Command, context)
            .Concat(options.Environment.Select(e => KeyValuePair.Create(e.Key, context.Render(e.Value))));
        var job = new RemoteJob(
            RemoteTemplates.ForShell(options.Command),
            [.. exports],
            options.Shell is null ? null : context.Render(options.Shell),
            options.WorkingDirectory is null ? null : context.Render(options.WorkingDirectory));
        var output = new CommandOutput();
        var outcome = await RemoteShell.RunAsync(target, job, output.ReadAsync, context, cancellationToken);
        if (outcome.Error is not null)
        {
            return ProbeResult.Failed(outcome.Error, output: output.Combined);
        }
        var observations = output.Observe(outcome.ExitCode ?? -1, outcome.Duration);
        if (!outcome.Cancelled)
        {
            return new ProbeResult(observations, output.Combined);
        }
        var stopped = outcome.ExitCode is null
            ? $"ssh was stopped, and the command on {target.Display} is stopped by its watchdog when the connection closes"
            : $"the command and its child processes on {target.Display} were stopped";
        return ProbeResult.Failed($"cancelled after {Durations.Format(outcome.Duration)} (timeout or interrupt); {stopped}", observations, output.Combined);
    }
}
