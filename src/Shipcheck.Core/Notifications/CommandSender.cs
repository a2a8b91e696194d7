using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Checks.Run;

namespace Shipcheck.Core.Notifications;

/// <summary>
/// Runs a command hook: <c>shell -c command</c> in the checklist's folder, in a process group of its own, with the event
/// JSON on standard input and <c>SHIPCHECK_EVENT_*</c> (and the run's <c>SHIPCHECK_VAR_*</c>) in its environment.
/// Exit 0 is delivered; anything else is worth another try.
/// </summary>
internal sealed class CommandSender(string workingDirectory, Func<IReadOnlyDictionary<string, string>> shellVariables) : INotificationSender
{
    /// <summary>The prefix of the event's fields in a command hook's environment.</summary>
    public const string EventPrefix = "SHIPCHECK_EVENT_";

    private const int StderrKept = 1024;

    public async Task<TryResult> SendAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(shellVariables(), StringComparer.Ordinal);
        foreach (var (name, value) in notification.Snapshot.Fields)
        {
            environment[EventPrefix + name.ToUpperInvariant()] = value;
            // The command's own ${field} references render as shell variables, as in messages the field wins.
            environment[Template.ShellVariablePrefix + name] = value;
        }
        environment[EventPrefix + "MESSAGE"] = notification.Message;
        using var process = new Process { StartInfo = ShellStartInfo.Create(DefaultShell.Name, notification.Destination, workingDirectory, environment) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return TryResult.Refused($"could not start {DefaultShell.Name}: {e.Message}");
        }
        var stderr = new HeadTailBuffer(StderrKept, StderrKept);
        using var drainStop = new CancellationTokenSource();
        var readers = Task.WhenAll(
            OutputPump.CopyAsync(process.StandardOutput.BaseStream, [], drainStop.Token),
            OutputPump.CopyAsync(process.StandardError.BaseStream, [stderr], drainStop.Token));
        try
        {
            await WriteInputAsync(process, notification.Body, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await ProcessStopper.StopAsync(process);
            await OutputDrain.WaitAsync(readers, drainStop);
            throw;
        }
        await OutputDrain.WaitAsync(readers, drainStop);
        var exit = RunProbe.ExitCode(process);
        var said = stderr.ToString().Trim();
        var detail = said.Length == 0 ? $"exit {exit}" : $"exit {exit}: {said}";
        return exit == 0 ? TryResult.Accepted(detail) : TryResult.Transient(detail);
    }

    private static async Task WriteInputAsync(Process process, string body, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(body), cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The hook did not read its input (it exited first): its exit status tells the outcome.
        }
    }
}
