using System.Text.RegularExpressions;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Logs;

/// <summary><c>logs</c>: reads log files line by line; counts lines, error lines and the texts the expectations count.</summary>
public sealed class LogsKind : IRemoteCheckKind, IRunStartHook
{
    internal const string PathOption = "path";
    internal const string TailOption = "tail";
    internal const string SinceOption = "since";
    internal const string TimeFormatOption = "time_format";
    internal const string ErrorPatternOption = "error_pattern";
    internal const string IgnoreOption = "ignore";
    internal const string RotatedOption = "rotated";

    /// <summary>Error lines when the step names no <c>error_pattern</c> (case-insensitive).</summary>
    internal const string DefaultErrorPattern = "error|exception|fatal|panic";

    /// <inheritdoc/>
    public string Name => "logs";

    /// <inheritdoc/>
    public string Description => "Reads log files; observes how many lines were read, how many are errors, and how many contain each count(\"text\").";

    /// <inheritdoc/>
    public string? ShorthandOption => PathOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(PathOption, OptionType.TextList, "Log files or globs (logs/*.log), relative to the checklist's folder (on a host: to the remote user's home); wildcards only in the file name.") { Required = true },
        new(TailOption, OptionType.Integer, "Only the last N lines across the files, the most recently written file last (rotated files included)."),
        new(SinceOption, OptionType.Duration, "Only lines at most this old: by their timestamps, or, in a file without timestamps, by where the file ended when this run looked at it before."),
        new(TimeFormatOption, OptionType.Text, "The .NET exact format of the timestamp at the start of each line; by default ISO 8601 or 'yyyy-MM-dd HH:mm:ss' (UTC unless an offset is given)."),
        new(ErrorPatternOption, OptionType.Text, "A regular expression for error lines; by default 'error|exception|fatal|panic', case-insensitive."),
        new(IgnoreOption, OptionType.TextList, "Regular expressions for lines that are never errors."),
        new(RotatedOption, OptionType.Boolean, "Also read the files rotated away from each path (app.log.1, app.log-20261201, .gz); by default only with tail or since."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("lines", ValueKind.Number, "Lines considered (after tail and since)."),
        ("errors", ValueKind.Number, "Lines matching error_pattern and no ignore pattern."),
        ("counts", ValueKind.Map, "For each text the expectations count with count(\"text\"), the number of lines containing it."),
        ("files", ValueKind.Number, "Files matched by the paths."));

    /// <inheritdoc/>
    public string DefaultExpectation => "errors == 0";

    /// <inheritdoc/>
    public string? CaptureObservation => "errors";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        foreach (var path in options.TextList(PathOption).Where(p => p.IsLiteral))
        {
            if (string.IsNullOrWhiteSpace(path.Source))
            {
                diagnostics.Add(options.SpanOf(PathOption), "a path is empty", "name the log file, for example 'logs: logs/*.log'");
            }
            else if (LogFiles.HasWildcardInFolder(path.Source))
            {
                diagnostics.Add(options.SpanOf(PathOption), $"'{path.Source}' has a wildcard in a folder name", "wildcards work in the file name only: logs/*.log");
            }
        }
        if (options.Has(TailOption) && options.Get(TailOption, 0L) <= 0)
        {
            diagnostics.Add(options.SpanOf(TailOption), "'tail' must be at least 1", "give the number of last lines to read, or leave 'tail' out");
        }
        if (options.Has(SinceOption) && options.Get(SinceOption, TimeSpan.Zero) <= TimeSpan.Zero)
        {
            diagnostics.Add(options.SpanOf(SinceOption), "'since' must be longer than zero", "for example since: 10m");
        }
        CheckPattern(options, ErrorPatternOption, options.Text(ErrorPatternOption), diagnostics);
        foreach (var ignore in options.TextList(IgnoreOption))
        {
            CheckPattern(options, IgnoreOption, ignore, diagnostics);
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new LogsProbe(LogsOptions.From(options));

    /// <inheritdoc/>
    public IProbe CreateRemoteProbe(OptionValues options, HostDefinition host) => new RemoteLogsProbe(LogsOptions.From(options), host);

    /// <summary>
    /// Notes where every file of each <c>since</c> step ends before the first step, so that a <c>since</c> over a file
    /// without timestamps reads, after the deploy, what the deploy wrote.
    /// </summary>
    public Task OnRunStartAsync(IReadOnlyList<OptionValues> steps, ProbeContext context, CancellationToken cancellationToken)
    {
        foreach (var options in steps.Select(LogsOptions.From).Where(o => o.Since is not null))
        {
            LogsProbe.Remember(options, context);
        }
        return Task.CompletedTask;
    }

    internal static void CheckPattern(OptionValues options, string option, Template? pattern, DiagnosticBag diagnostics)
    {
        if (pattern is not { IsLiteral: true })
        {
            return;
        }
        try
        {
            _ = new Regex(pattern.Source);
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(options.SpanOf(option), $"'{option}' is not a valid regular expression: {e.Message}",
                "patterns use .NET regular expression syntax; escape special characters with a backslash");
        }
    }
}
