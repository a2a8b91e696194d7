using System.Globalization;
using System.Text.RegularExpressions;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads a <c>logs</c> step's files once, line by line. No matching file is an observation (<c>files == 0</c>); a file
/// that cannot be read is an error naming it.
/// </summary>
public sealed class LogsProbe(LogsOptions options) : IProbe
{
    // A user's pattern that backtracks badly must not hang the step on one line.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var (files, pathError) = LogFiles.Match(options.Paths.Select(p => context.ResolvePath(context.Render(p))));
        if (pathError is not null)
        {
            return ProbeResult.Failed(pathError);
        }
        LogTally tally;
        try
        {
            tally = NewTally(options, context);
        }
        catch (ArgumentException e)
        {
            return ProbeResult.Failed($"a pattern is not a valid regular expression: {e.Message}");
        }
        var selection = new LogSelection(options, context.Time.GetUtcNow(), TimeFormat(options, context), tally);
        var current = "";
        try
        {
            foreach (var file in files)
            {
                current = file;
                var shown = Path.GetRelativePath(context.WorkingDirectory, file);
                selection.StartFile();
                await LogLineReader.ReadAsync(file, (text, number) => selection.Offer(shown, number, text), cancellationToken);
            }
            selection.Finish();
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"reading {current} was cancelled (timeout or interrupt)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProbeResult.Failed($"cannot read {current}: {e.Message}");
        }
        catch (RegexMatchTimeoutException)
        {
            return ProbeResult.Failed($"a pattern took too long on a line of {current}; simplify error_pattern or ignore");
        }
        return new ProbeResult(Observe(tally, files.Count), Evidence(tally, files.Count));
    }

    internal static LogTally NewTally(LogsOptions options, ProbeContext context)
    {
        var errorPattern = options.ErrorPattern is null
            ? new Regex(LogsKind.DefaultErrorPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)
            : new Regex(context.Render(options.ErrorPattern), RegexOptions.CultureInvariant, MatchTimeout);
        var ignore = options.Ignore.Select(i => new Regex(context.Render(i), RegexOptions.CultureInvariant, MatchTimeout)).ToList();
        return new LogTally(context.CountedPatterns, errorPattern, ignore);
    }

    internal static string? TimeFormat(LogsOptions options, ProbeContext context) => options.TimeFormat is null ? null : context.Render(options.TimeFormat);

    internal static Observations Observe(LogTally tally, int files) => new Observations()
        .Set("lines", Value.Of(tally.Lines))
        .Set("errors", Value.Of(tally.Errors))
        .Set("counts", new MapValue(tally.Counts.ToDictionary(c => c.Pattern, c => Value.Of(c.Count), StringComparer.Ordinal)))
        .Set("files", Value.Of(files));

    internal static string Evidence(LogTally tally, int files)
    {
        var output = new HeadTailBuffer();
        output.Append(string.Create(CultureInfo.InvariantCulture, $"{files} files, {tally.Lines} lines, {tally.Errors} errors\n"));
        foreach (var line in tally.Evidence)
        {
            output.Append(line + "\n");
        }
        return output.ToString();
    }
}
