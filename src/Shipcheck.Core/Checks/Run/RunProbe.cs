using System.ComponentModel;
using System.Diagnostics;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Run;

/// <summary>Runs a <c>run</c> step's command once and reports its exit code, output and duration.</summary>
public sealed class RunProbe(RunOptions options) : IProbe
{
    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>How long output may keep arriving after the shell exits (a background child may hold the pipes open).</summary>
    public static readonly TimeSpan DrainWindow = OutputDrain.Window;

    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var shell = options.Shell is null ? DefaultShell.Name : context.Render(options.Shell);
        var workingDirectory = options.WorkingDirectory is null
            ? context.WorkingDirectory
            : context.ResolvePath(context.Render(options.WorkingDirectory));
        if (!Directory.Exists(workingDirectory))
        {
            return ProbeResult.Failed($"working directory {workingDirectory} does not exist");
        }
        var environment = context.ShellEnvironment
            .Concat(options.Environment.Select(e => KeyValuePair.Create(e.Key, context.Render(e.Value))));
        var info = ShellStartInfo.Create(shell, options.Command.RenderForShell(), workingDirectory, environment);
        if (!info.Environment.TryGetValue("PATH", out var path) || string.IsNullOrEmpty(path))
        {
            // Started from a stripped environment (env -i, some service managers): give commands the usual places.
            info.Environment["PATH"] = path = DefaultPath;
        }
        if (!ShellLocator.Exists(shell, workingDirectory, path))
        {
            return ProbeResult.Failed($"shell '{shell}' not found on PATH");
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return ProbeResult.Failed($"could not start {shell}: {e.Message}");
        }
        var started = context.Time.GetTimestamp();
        process.StandardInput.Close();
        var output = new CommandOutput();
        using var drainStop = new CancellationTokenSource();
        var readers = output.ReadAsync(process, drainStop.Token);

        var cancelled = false;
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
            await ProcessStopper.StopAsync(process);
        }
        var duration = context.Time.GetElapsedTime(started);
        await OutputDrain.WaitAsync(readers, drainStop);

        var observations = output.Observe(ExitCode(process), duration);
        return cancelled
            ? ProbeResult.Failed($"cancelled after {Durations.Format(duration)} (timeout or interrupt); the command and its child processes were stopped", observations, output.Combined)
            : new ProbeResult(observations, output.Combined);
    }

    internal static int ExitCode(Process process)
    {
        try
        {
            return process.HasExited ? process.ExitCode : -1;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }
}
