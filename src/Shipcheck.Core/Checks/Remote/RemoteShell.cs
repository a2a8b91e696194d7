using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Checks.Run;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// Runs a <see cref="RemoteJob"/> on a host through the system ssh client: the script goes to <c>sh -s</c> on ssh's
/// standard input, the command's output is handed to the caller as it arrives, and a timeout or interrupt stops the
/// command on the host before it stops ssh.
/// </summary>
internal static class RemoteShell
{
    /// <summary>How long a stopped command gets to end on the host (its watchdog kills it after 2s) before ssh is killed.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <paramref name="job"/> on <paramref name="target"/>. <paramref name="readOutput"/> gets the command's standard
    /// output and standard error (the script's status lines taken out) and must read both to their end.
    /// </summary>
    public static async Task<RemoteOutcome> RunAsync(
        SshTarget target, RemoteJob job, Func<Stream, Stream, CancellationToken, Task> readOutput, ProbeContext context, CancellationToken cancellationToken)
    {
        if (!ShellLocator.Exists("ssh", context.WorkingDirectory, Environment.GetEnvironmentVariable("PATH")))
        {
            return Failed("the ssh client is not installed on this machine; install OpenSSH's client (Debian: openssh-client)");
        }
        var marker = "shipcheck-" + Guid.NewGuid().ToString("N");
        string script;
        try
        {
            script = RemoteScript.For(job, marker);
        }
        catch (ArgumentException e)
        {
            return Failed(e.Message);
        }
        var log = Path.Combine(Path.GetTempPath(), marker + ".ssh.log");
        try
        {
            return await RunScriptAsync(target, script, marker, log, readOutput, context, cancellationToken);
        }
        finally
        {
            File.Delete(log);
        }
    }

    private static async Task<RemoteOutcome> RunScriptAsync(
        SshTarget target, string script, string marker, string log, Func<Stream, Stream, CancellationToken, Task> readOutput,
        ProbeContext context, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = ShellStartInfo.InOwnGroup("ssh", SshArguments.For(target, log), context.WorkingDirectory) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return Failed($"could not start ssh: {e.Message}");
        }
        var started = context.Time.GetTimestamp();
        var status = new StatusFilterStream(process.StandardError.BaseStream, marker);
        using var drainStop = new CancellationTokenSource();
        var stdout = new ActivityStream(process.StandardOutput.BaseStream);
        var readers = readOutput(stdout, status, drainStop.Token);
        var feeding = FeedAsync(process.StandardInput.BaseStream, script);
        var exited = process.WaitForExitAsync(CancellationToken.None);
        var cancelled = false;
        try
        {
            await Task.WhenAny(exited, status.Reported).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }
        var duration = context.Time.GetElapsedTime(started);
        if (!exited.IsCompleted)
        {
            // Stopped: the closed input tells the host's watchdog to stop the command. Reported: the command is done,
            // and only something it left running still holds the connection.
            if (!cancelled)
            {
                await WhileOutputFlowsAsync(exited, stdout, cancellationToken);
            }
            await StopAsync(process, feeding, exited, cancelled ? StopGrace : OutputDrain.Window);
        }
        await OutputDrain.WaitAsync(readers, drainStop);
        return Outcome(target, status, process, log, duration, cancelled);
    }

    private static RemoteOutcome Outcome(SshTarget target, StatusFilterStream status, Process process, string log, TimeSpan duration, bool cancelled)
    {
        if (status.Error is { } error)
        {
            return new RemoteOutcome(null, duration, $"on {target.Display}: {error}", cancelled);
        }
        if (status.ExitCode is not null || cancelled)
        {
            return new RemoteOutcome(status.ExitCode, duration, null, cancelled);
        }
        var sshExit = process.HasExited ? process.ExitCode : -1;
        var sshLog = File.Exists(log) ? File.ReadAllText(log) : "";
        if (sshExit == 255)
        {
            return new RemoteOutcome(null, duration, SshFailures.Describe(target, sshLog), false);
        }
        var said = (sshLog + "\n" + status.Head).Trim();
        return new RemoteOutcome(null, duration,
            $"{target.Display} ended the session (ssh exit {sshExit}) without running the step{(said.Length > 0 ? ": " + said : "")}; " +
            "check that the remote user's login shell can run 'sh -s'", false);
    }

    private static async Task FeedAsync(Stream input, string script)
    {
        try
        {
            await input.WriteAsync(Encoding.UTF8.GetBytes(script));
            await input.FlushAsync();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // ssh ended before it took the script; its exit status and log say why.
        }
    }

    // The command reported its status, but its output may still be on the way (stdout and the status travel apart):
    // wait while bytes keep arriving, and stop waiting once the output has been idle for a drain window (something the
    // command left behind holds the connection) or the step is stopped. Real time, as below.
    private static async Task WhileOutputFlowsAsync(Task exited, ActivityStream stdout, CancellationToken cancellationToken)
    {
        while (!exited.IsCompleted && !cancellationToken.IsCancellationRequested &&
               stdout.IdleMilliseconds < OutputDrain.Window.TotalMilliseconds)
        {
            await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System));
        }
    }

    // Real time, not the context's clock: ssh and the host live in real time.
    private static async Task StopAsync(Process process, Task feeding, Task exited, TimeSpan grace)
    {
        if (feeding.IsCompleted)
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // ssh is already going.
            }
        }
        try
        {
            await exited.WaitAsync(grace, TimeProvider.System);
        }
        catch (TimeoutException)
        {
            await ProcessStopper.StopAsync(process);
        }
    }

    private static RemoteOutcome Failed(string error) => new(null, TimeSpan.Zero, error, false);
}
