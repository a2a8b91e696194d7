using System.Globalization;
using System.Text.RegularExpressions;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads a <c>logs</c> step's files once. No matching file is an observation (<c>files == 0</c>); a file that cannot be
/// read is an error naming it. Every file read is remembered for the run (<see cref="LogPositions"/>).
/// </summary>
public sealed class LogsProbe(LogsOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var (paths, pathError) = Match(options, context);
        if (pathError is not null)
        {
            return ProbeResult.Failed(pathError);
        }
        LogMatchers matchers;
        try
        {
            matchers = NewMatchers(options, context);
        }
        catch (ArgumentException e)
        {
            return ProbeResult.Failed($"a pattern is not a valid regular expression: {e.Message}");
        }
        var files = new List<LogFile>();
        try
        {
            if (Open(paths, context, files) is { } openError)
            {
                return ProbeResult.Failed(openError);
            }
            var tally = new LogTally(matchers);
            var now = context.Time.GetUtcNow();
            var positions = context.RunState.Get<LogPositions>();
            var reading = new LogReading(options, tally, positions, now, TimeFormat(options, context));
            if (await ReadAsync(reading, files, cancellationToken) is { } error)
            {
                return ProbeResult.Failed(error);
            }
            files.ForEach(f => positions.Record(f, now));
            return new ProbeResult(Observe(tally, paths.Count), Evidence(tally, paths.Count, reading.Notes));
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
    }

    /// <summary>The files a step's options name, rotated ones included when the options ask for them.</summary>
    internal static (IReadOnlyList<string> Files, string? Error) Match(LogsOptions options, ProbeContext context) =>
        LogFiles.Match(options.Paths.Select(p => context.ResolvePath(context.Render(p))), options.ReadsRotated);

    /// <summary>Notes where the files of a step end now, for a later <c>since</c>; what cannot be opened is left out.</summary>
    internal static void Remember(LogsOptions options, ProbeContext context)
    {
        var (paths, error) = Match(options, context);
        var files = new List<LogFile>();
        if (error is null && Open(paths, context, files) is null)
        {
            var now = context.Time.GetUtcNow();
            files.ForEach(f => context.RunState.Get<LogPositions>().Record(f, now));
        }
        files.ForEach(f => f.Dispose());
    }

    /// <summary>
    /// Opens into <paramref name="opened"/> every file that still exists, once each however many names it has, oldest
    /// first; returns what went wrong when one cannot be opened.
    /// </summary>
    private static string? Open(IEnumerable<string> paths, ProbeContext context, List<LogFile> opened)
    {
        var identities = new HashSet<FileIdentity>();
        foreach (var path in paths)
        {
            LogFile? file;
            try
            {
                file = LogFile.Open(path, Path.GetRelativePath(context.WorkingDirectory, path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"cannot open {path}: {e.Message}";
            }
            if (file is null)
            {
                continue;
            }
            if (file.Identity is { } identity && !identities.Add(identity))
            {
                file.Dispose(); // renamed by rotation between listing and opening: already open under its other name
                continue;
            }
            opened.Add(file);
        }
        var ordered = RotatedFiles.OldestFirst(opened).ToList();
        opened.Clear();
        opened.AddRange(ordered);
        return null;
    }

    private static async Task<string?> ReadAsync(LogReading reading, IReadOnlyList<LogFile> files, CancellationToken cancellationToken)
    {
        try
        {
            await reading.ReadAsync(files, cancellationToken);
            return null;
        }
        catch (OperationCanceledException)
        {
            return $"reading {reading.Current?.Path} was cancelled (timeout or interrupt)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {reading.Current?.Path}: {e.Message}";
        }
        catch (InvalidDataException e)
        {
            return $"cannot read {reading.Current?.Path}: {e.Message} (is it really gzip? only .gz files are decompressed)";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"a pattern took too long on a line of {reading.Current?.Path}; simplify error_pattern or ignore";
        }
    }

    internal static LogMatchers NewMatchers(LogsOptions options, ProbeContext context) =>
        LogMatchers.For(context, options.ErrorPattern, options.Ignore);

    internal static string? TimeFormat(LogsOptions options, ProbeContext context) => options.TimeFormat is null ? null : context.Render(options.TimeFormat);

    internal static Observations Observe(LogTally tally, int files) => new Observations()
        .Set("lines", Value.Of(tally.Lines))
        .Set("errors", Value.Of(tally.Errors))
        .Set("counts", new MapValue(tally.Counts.ToDictionary(c => c.Pattern, c => Value.Of(c.Count), StringComparer.Ordinal)))
        .Set("files", Value.Of(files));

    internal static string Evidence(LogTally tally, int files, IReadOnlyList<string> notes)
    {
        var output = new HeadTailBuffer();
        output.Append(string.Create(CultureInfo.InvariantCulture, $"{files} files, {tally.Lines} lines, {tally.Errors} errors\n"));
        foreach (var line in notes.Concat(tally.Evidence))
        {
            output.Append(line + "\n");
        }
        return output.ToString();
    }
}
