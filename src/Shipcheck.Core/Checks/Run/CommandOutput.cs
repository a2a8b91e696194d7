using System.Diagnostics;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Run;

/// <summary>A command's stdout and stderr, each kept head and tail, plus both together as they arrived for evidence.</summary>
internal sealed class CommandOutput
{
    private readonly HeadTailBuffer _stdout = new();
    private readonly HeadTailBuffer _stderr = new();
    private readonly HeadTailBuffer _combined = new();

    /// <summary>Both streams in arrival order, chunk by chunk.</summary>
    public string Combined => _combined.ToString();

    /// <summary>Reads both streams until they end or <paramref name="cancellationToken"/> fires.</summary>
    public Task ReadAsync(Process process, CancellationToken cancellationToken) =>
        ReadAsync(process.StandardOutput.BaseStream, process.StandardError.BaseStream, cancellationToken);

    /// <summary>Reads both streams until they end or <paramref name="cancellationToken"/> fires.</summary>
    public Task ReadAsync(Stream stdout, Stream stderr, CancellationToken cancellationToken) => Task.WhenAll(
        OutputPump.CopyAsync(stdout, [_stdout, _combined], cancellationToken),
        OutputPump.CopyAsync(stderr, [_stderr, _combined], cancellationToken));

    public Observations Observe(int exitCode, TimeSpan duration) => new Observations()
        .Set("exit_code", Value.Of(exitCode))
        .Set("stdout", Value.Of(_stdout.ToString()))
        .Set("stderr", Value.Of(_stderr.ToString()))
        .Set("duration", Value.Of(duration));
}
