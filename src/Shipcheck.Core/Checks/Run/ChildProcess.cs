using System.ComponentModel;
using System.Diagnostics;
using Shipcheck.Core.Checks.Output;

namespace Shipcheck.Core.Checks.Run;

/// <summary>
/// Runs a program once, without a shell (kubectl, git): its arguments go as a list, so no value is ever parsed as
/// shell text. The program leads a process group of its own (through setsid, as <c>run</c> steps do), so a cancelled
/// call stops it together with anything it started (a credential plugin, a git hook).
/// </summary>
internal static class ChildProcess
{
    /// <summary>Standard output kept by default; more than this means the call asks for far too much.</summary>
    public const int DefaultOutputLimit = 32 * 1024 * 1024;

    private const int StderrKept = 4 * 1024;

    /// <summary>Runs <paramref name="program"/> once; <c>StartError</c> says why when it could not even start.</summary>
    public static async Task<(ChildProcessResult? Result, string? StartError)> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        CancellationToken cancellationToken,
        IEnumerable<KeyValuePair<string, string>>? environment = null,
        int outputLimit = DefaultOutputLimit)
    {
        using var process = new Process { StartInfo = ShellStartInfo.InOwnGroup(program, arguments, workingDirectory) };
        foreach (var (name, value) in environment ?? [])
        {
            process.StartInfo.Environment[name] = value;
        }
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return (null, $"could not start {program}: {e.Message}");
        }
        // Closed at once: a program that wants to prompt (a credential plugin, git asking for a password) reads
        // end-of-file instead of hanging the step.
        process.StandardInput.Close();
        var stdout = new BoundedOutput(outputLimit);
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
        return (new ChildProcessResult(RunProbe.ExitCode(process), stdout.Bytes, stderr.ToString(), stdout.Overflowed, stopped), null);
    }
}
