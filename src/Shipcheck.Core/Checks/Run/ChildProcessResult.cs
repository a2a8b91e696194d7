namespace Shipcheck.Core.Checks.Run;

/// <summary>What one <see cref="ChildProcess"/> call produced.</summary>
/// <param name="ExitCode">The program's exit code (-1 when it could not be read).</param>
/// <param name="Stdout">Standard output, whole up to the call's limit.</param>
/// <param name="Stderr">Standard error, head and tail.</param>
/// <param name="TooLarge">True when standard output passed the limit and was not kept whole.</param>
/// <param name="Stopped">True when the step's cancellation (timeout or interrupt) stopped the program.</param>
internal sealed record ChildProcessResult(int ExitCode, ReadOnlyMemory<byte> Stdout, string Stderr, bool TooLarge, bool Stopped)
{
    /// <summary>Standard output as UTF-8 text.</summary>
    public string StdoutText => System.Text.Encoding.UTF8.GetString(Stdout.Span);
}
