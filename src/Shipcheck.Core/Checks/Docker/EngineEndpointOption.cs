using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>
/// The <c>endpoint</c> option both Docker kinds share, and how the engine is chosen: the step's endpoint, else
/// <c>DOCKER_HOST</c>, else the default socket. Named <c>endpoint</c> so it is not confused with a step's remote host.
/// </summary>
internal static class EngineEndpointOption
{
    public const string Name = "endpoint";

    public static readonly OptionSpec Spec = new(Name, OptionType.Text,
        "The Docker engine: unix:///path/to/docker.sock or tcp://host:2375 (plain HTTP); by default DOCKER_HOST, else unix:///var/run/docker.sock.");

    /// <summary>Reports a written endpoint that cannot be used.</summary>
    public static void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(Name) is { IsLiteral: true } endpoint && !DockerEndpoint.TryParse(endpoint.Source, out _, out var error))
        {
            diagnostics.Add(options.SpanOf(Name), error, DockerEndpoint.Hint);
        }
    }

    /// <summary>The engine to ask, or what is wrong with the endpoint the step or the environment names.</summary>
    public static (DockerEndpoint? Endpoint, string? Error) Resolve(Template? option, ProbeContext context)
    {
        var (source, text) = option is not null
            ? ("endpoint", context.Render(option))
            : context.Variables.Environment(DockerEndpoint.HostVariable) is { Length: > 0 } host
                ? (DockerEndpoint.HostVariable, host)
                : ("the default", DockerEndpoint.DefaultHost);
        return DockerEndpoint.TryParse(text, out var endpoint, out var error)
            ? (endpoint, null)
            : (null, $"{source} {error}: {DockerEndpoint.Hint}");
    }
}
