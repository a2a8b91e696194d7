using System.Globalization;
using System.Text;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Remote;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>A host's processes, read from its /proc by <see cref="ProcessScript"/> through ssh.</summary>
internal sealed class RemoteProcesses(HostDefinition host) : IProcessSource
{
    public Task<ProcessLookup> FindAsync(ProcessOptions options, ProbeContext context, CancellationToken cancellationToken)
    {
        var (mode, target) = options switch
        {
            { PidFile: { } pidFile } => ("pid_file", context.Render(pidFile).Trim()),
            { Unit: { } unit } => ("unit", context.Render(unit).Trim()),
            _ => ("name", context.Render(options.Name!).Trim()),
        };
        return mode == "name" && target.Length == 0
            ? Task.FromResult(ProcessLookup.Failed(ProcessFinder.EmptyName))
            : RunAsync(mode, target, context, cancellationToken);
    }

    public Task<ProcessLookup> SampleAsync(int pid, ProbeContext context, CancellationToken cancellationToken) =>
        RunAsync("pid", pid.ToString(CultureInfo.InvariantCulture), context, cancellationToken);

    private async Task<ProcessLookup> RunAsync(string mode, string target, ProbeContext context, CancellationToken cancellationToken)
    {
        var (ssh, problem) = SshTarget.Resolve(host, context);
        if (ssh is null)
        {
            return ProcessLookup.Failed(problem!);
        }
        var capture = new RemoteCapture(ProcessScript.ReportLimit);
        var job = new RemoteJob(ProcessScript.Text, [new(ProcessScript.ModeVariable, mode), new(ProcessScript.TargetVariable, target)], "sh");
        var outcome = await RemoteShell.RunAsync(ssh, job, capture.ReadAsync, context, cancellationToken);
        return RemoteReports.Problem(outcome, ssh, capture, "the process check") is { } failure
            ? ProcessLookup.Failed(failure)
            : ProcessScript.Read(Encoding.UTF8.GetString(capture.Stdout.Span), mode, target, ssh.Name);
    }
}
