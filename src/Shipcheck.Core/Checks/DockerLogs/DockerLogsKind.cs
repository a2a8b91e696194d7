using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.DockerLogs;

/// <summary>
/// <c>docker_logs</c>: reads a container's logs from the Docker engine; observes what the <c>logs</c> kind does (lines,
/// error lines, and the texts the expectations count).
/// </summary>
public sealed class DockerLogsKind : ICheckKind
{
    internal const string ContainerOption = "container";
    internal const string TailOption = LogsKind.TailOption;
    internal const string SinceOption = LogsKind.SinceOption;
    internal const string ErrorPatternOption = LogsKind.ErrorPatternOption;
    internal const string IgnoreOption = LogsKind.IgnoreOption;
    internal const string StdoutOption = "stdout";
    internal const string StderrOption = "stderr";

    /// <inheritdoc/>
    public string Name => "docker_logs";

    /// <inheritdoc/>
    public string Description => "Reads a container's logs from the Docker engine; observes how many lines were read, how many are errors, and how many contain each count(\"text\").";

    /// <inheritdoc/>
    public string? ShorthandOption => ContainerOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(ContainerOption, OptionType.Text, "The container's name (or id).") { Required = true },
        new(TailOption, OptionType.Integer, "Only the last N lines the container logged (docker logs --tail)."),
        new(SinceOption, OptionType.Duration, "Only lines the engine logged at most this long ago (docker logs --since)."),
        new(ErrorPatternOption, OptionType.Text, "A regular expression for error lines; by default 'error|exception|fatal|panic', case-insensitive."),
        new(IgnoreOption, OptionType.TextList, "Regular expressions for lines that are never errors."),
        new(StdoutOption, OptionType.Boolean, "Read the container's standard output (default true)."),
        new(StderrOption, OptionType.Boolean, "Read its standard error (default true, as docker logs 2>&1 does)."),
        EngineEndpointOption.Spec,
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("lines", ValueKind.Number, "Lines read (after tail and since)."),
        ("errors", ValueKind.Number, "Lines matching error_pattern and no ignore pattern."),
        ("counts", ValueKind.Map, "For each text the expectations count with count(\"text\"), the number of lines containing it."));

    /// <inheritdoc/>
    public string DefaultExpectation => "errors == 0";

    /// <inheritdoc/>
    public string? CaptureObservation => "errors";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(ContainerOption) is { IsLiteral: true } container && container.Source.Trim().TrimStart('/').Length == 0)
        {
            diagnostics.Add(options.SpanOf(ContainerOption), "the container name is empty", "write the container's name, as docker ps shows it");
        }
        if (options.Has(TailOption) && options.Get(TailOption, 0L) <= 0)
        {
            diagnostics.Add(options.SpanOf(TailOption), "'tail' must be at least 1", "give the number of last lines to read, or leave 'tail' out");
        }
        if (options.Has(SinceOption) && options.Get(SinceOption, TimeSpan.Zero) <= TimeSpan.Zero)
        {
            diagnostics.Add(options.SpanOf(SinceOption), "'since' must be longer than zero", "for example since: 2m");
        }
        if (!options.Get(StdoutOption, true) && !options.Get(StderrOption, true))
        {
            diagnostics.Add(options.SpanOf(StderrOption), "stdout and stderr are both false, so no line would be read", "leave one of them out (both are read by default)");
        }
        LogsKind.CheckPattern(options, ErrorPatternOption, options.Text(ErrorPatternOption), diagnostics);
        foreach (var ignore in options.TextList(IgnoreOption))
        {
            LogsKind.CheckPattern(options, IgnoreOption, ignore, diagnostics);
        }
        EngineEndpointOption.Validate(options, diagnostics);
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new DockerLogsProbe(DockerLogsOptions.From(options));
}
