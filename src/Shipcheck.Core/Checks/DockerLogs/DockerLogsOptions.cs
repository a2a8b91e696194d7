using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Docker;

namespace Shipcheck.Core.Checks.DockerLogs;

/// <summary>What a <c>docker_logs</c> step asks for.</summary>
/// <param name="Container">The container's name or id.</param>
/// <param name="Tail">Only the last this many lines; null for all.</param>
/// <param name="Since">Only lines the engine logged at most this long ago; null for all.</param>
/// <param name="ErrorPattern">The error regex; null for the <c>logs</c> kind's default.</param>
/// <param name="Ignore">Regexes for lines that are never errors.</param>
/// <param name="Stdout">Read the container's standard output.</param>
/// <param name="Stderr">Read its standard error.</param>
/// <param name="Endpoint">The engine; null for DOCKER_HOST or the default socket.</param>
public sealed record DockerLogsOptions(
    Template Container,
    long? Tail,
    TimeSpan? Since,
    Template? ErrorPattern,
    IReadOnlyList<Template> Ignore,
    bool Stdout,
    bool Stderr,
    Template? Endpoint)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static DockerLogsOptions From(OptionValues options) => new(
        options.Text(DockerLogsKind.ContainerOption) ?? Template.Literal(""),
        options.Has(DockerLogsKind.TailOption) ? options.Get(DockerLogsKind.TailOption, 0L) : null,
        options.Has(DockerLogsKind.SinceOption) ? options.Get(DockerLogsKind.SinceOption, TimeSpan.Zero) : null,
        options.Text(DockerLogsKind.ErrorPatternOption),
        options.TextList(DockerLogsKind.IgnoreOption),
        options.Get(DockerLogsKind.StdoutOption, true),
        options.Get(DockerLogsKind.StderrOption, true),
        options.Text(EngineEndpointOption.Name));
}
