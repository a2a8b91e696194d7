using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>
/// The kubectl calls of one observation: each gets what is left of the step's timeout as its request timeout, and
/// its output is parsed as the JSON it must be. Every failure becomes a message that names the command.
/// </summary>
internal sealed class KubectlCalls(KubectlTarget target, ProbeContext context, CancellationToken cancellationToken)
{
    private const int ShownOutput = 200;

    private readonly long _started = context.Time.GetTimestamp();

    /// <summary>The commands run so far, as a person would type them, for the evidence.</summary>
    public List<string> Commands { get; } = [];

    /// <summary>Runs <paramref name="command"/> and parses what it printed; exactly one of the two results is set.</summary>
    public async Task<(T? Value, string? Error)> GetAsync<T>(IReadOnlyList<string> command, JsonTypeInfo<T> type) where T : class
    {
        var shown = target.Display(command);
        Commands.Add(shown);
        var (result, startError) = await ChildProcess.RunAsync(target.Program, target.Arguments(command, TimeLeft()), context.WorkingDirectory, cancellationToken);
        if (result is null)
        {
            return (null, startError);
        }
        if (result.Stopped)
        {
            var waited = Durations.Format(context.Time.GetElapsedTime(_started));
            return (null, $"{shown} was stopped after {waited} (timeout or interrupt); kubectl and anything it started were killed");
        }
        if (result.ExitCode != 0)
        {
            return (null, KubectlFailures.Describe(shown, result.ExitCode, result.Stderr));
        }
        if (result.TooLarge)
        {
            return (null, $"{shown} printed more than {ChildProcess.DefaultOutputLimit / (1024 * 1024)} MiB; narrow the selector");
        }
        return Parse(result.Stdout, type, shown);
    }

    private TimeSpan TimeLeft() => context.StepTimeout == Timeout.InfiniteTimeSpan
        ? Timeout.InfiniteTimeSpan
        : context.StepTimeout - context.Time.GetElapsedTime(_started);

    private static (T? Value, string? Error) Parse<T>(ReadOnlyMemory<byte> stdout, JsonTypeInfo<T> type, string shown) where T : class
    {
        try
        {
            if (JsonSerializer.Deserialize(stdout.Span, type) is { } value)
            {
                return (value, null);
            }
        }
        catch (JsonException)
        {
            // Reported below with what was printed instead.
        }
        var text = Encoding.UTF8.GetString(stdout.Span[..Math.Min(stdout.Length, ShownOutput)]).Trim();
        var printed = text.Length == 0 ? "nothing" : $"'{text.Split('\n')[0]}'";
        return (null, $"{shown} printed {printed}, not the JSON of kubectl -o json; check that the kubectl option names kubectl");
    }
}
