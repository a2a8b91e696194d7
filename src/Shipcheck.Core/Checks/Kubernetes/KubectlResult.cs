namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>What one kubectl call produced.</summary>
/// <param name="ExitCode">kubectl's exit code (-1 when it could not be read).</param>
/// <param name="Stdout">Standard output, whole up to <see cref="KubectlProcess.OutputLimit"/>.</param>
/// <param name="Stderr">Standard error, head and tail.</param>
/// <param name="TooLarge">True when standard output passed the limit and was not kept whole.</param>
/// <param name="Stopped">True when the step's cancellation (timeout or interrupt) stopped kubectl.</param>
internal sealed record KubectlResult(int ExitCode, ReadOnlyMemory<byte> Stdout, string Stderr, bool TooLarge, bool Stopped);
