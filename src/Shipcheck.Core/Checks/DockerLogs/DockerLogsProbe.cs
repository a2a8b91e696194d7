using System.Globalization;
using System.Text.RegularExpressions;
using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.DockerLogs;

/// <summary>
/// Streams one container's logs from the Engine API and tallies them line by line like the <c>logs</c> kind. An
/// unknown container is an error with did-you-mean; a container that logged nothing is <c>lines == 0</c>.
/// </summary>
public sealed class DockerLogsProbe(DockerLogsOptions options) : IProbe
{
    /// <inheritdoc/>
    public Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken) =>
        EngineCall.RunAsync(options.Endpoint, context, engine => ReadAsync(engine, context, cancellationToken));

    private async Task<ProbeResult> ReadAsync(DockerEngine engine, ProbeContext context, CancellationToken cancellationToken)
    {
        LogTally tally;
        try
        {
            tally = NewTally(context);
        }
        catch (ArgumentException e)
        {
            return ProbeResult.Failed($"a pattern is not a valid regular expression: {e.Message}");
        }
        var name = context.Render(options.Container).Trim();
        if (name.Length == 0 || await ContainerLookup.InspectAsync(engine, name, cancellationToken) is not { } container)
        {
            return ProbeResult.Failed(MissingContainers.Describe([name], await ContainerLookup.NamesAsync(engine, cancellationToken)));
        }
        var path = LogsRequest.Path(container.Name, options, context.Time.GetUtcNow());
        using var response = await engine.OpenStreamAsync(path, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        long number = 0;
        var lines = new LogFrameDemultiplexer(multiplexed: !container.Tty,
            (source, text) => tally.Add(new LogLine(source == LogSource.Stderr ? "stderr" : "stdout", ++number, text)));
        try
        {
            await lines.ReadAsync(body, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw DockerEngineException.BrokenStream(engine.Endpoint, DockerEngine.Describe(path), e.Message);
        }
        catch (RegexMatchTimeoutException)
        {
            return ProbeResult.Failed($"a pattern took too long on a line of {container.Name}'s logs; simplify error_pattern or ignore");
        }
        return new ProbeResult(Observe(tally), Evidence(container.Name, tally));
    }

    private LogTally NewTally(ProbeContext context) => new(LogMatchers.For(context, options.ErrorPattern, options.Ignore));

    private static Observations Observe(LogTally tally) => new Observations()
        .Set("lines", Value.Of(tally.Lines))
        .Set("errors", Value.Of(tally.Errors))
        .Set("counts", new MapValue(tally.Counts.ToDictionary(c => c.Pattern, c => Value.Of(c.Count), StringComparer.Ordinal)));

    private static string Evidence(string container, LogTally tally)
    {
        var output = new HeadTailBuffer();
        output.Append(string.Create(CultureInfo.InvariantCulture, $"{container}: {tally.Lines} lines, {tally.Errors} errors"));
        foreach (var line in tally.Evidence)
        {
            output.Append("\n" + line);
        }
        return output.ToString();
    }
}
