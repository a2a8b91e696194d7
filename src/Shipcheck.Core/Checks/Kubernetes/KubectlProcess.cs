using System.ComponentModel;
using System.Diagnostics;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Checks.Run;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// Runs kubectl once, without a shell: its arguments go as a list, so no value is ever parsed as shell text. kubectl
/// leads a process group of its own (through setsid, as <c>run</c> steps do), so a cancelled call stops it together
/// with any credential plugin it started.
/// </summary>
internal static class KubectlProcess
{
    /// <summary>Standard output kept for parsing; a pod list this large means the selector matches far too much.</summary>
    public const int OutputLimit = 32 * 1024 * 1024;

    private const int StderrKept = 4 * 1024;

    /// <summary>Runs <paramref name="program"/> once; <c>StartError</c> says why when it could not even start.</summary>
    public static async Task<(KubectlResult? Result, string? StartError)> RunAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = ShellStartInfo.InOwnGroup(program, arguments, workingDirectory) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return (null, $"could not start {program}: {e.Message}");
        }
        // Closed at once: a credential plugin that wants to prompt reads end-of-file instead of hanging the step.
        process.StandardInput.Close();
        var stdout = new BoundedOutput(OutputLimit);
        var stderr = new HeadTailBuffer(StderrKept, StderrKept);
        using var drainStop = new CancellationTokenSource();
        var readers = Task.WhenAll(
            stdout.ReadAsync(process.StandardOutput.BaseStream, drainStop.Token),
            OutputPump.CopyAsync(process.StandardError.BaseStream, [stderr], drainStop.Token));
        var stopped = false;
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            stopped = true;
            await ProcessStopper.StopAsync(process);
        }
        await OutputDrain.WaitAsync(readers, drainStop);
        return (new KubectlResult(RunProbe.ExitCode(process), stdout.Bytes, stderr.ToString(), stdout.Overflowed, stopped), null);
    }
}
