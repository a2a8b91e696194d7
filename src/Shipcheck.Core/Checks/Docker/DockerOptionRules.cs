using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>Load-time checks of a <c>docker</c> step that the generic option check cannot make.</summary>
internal static class DockerOptionRules
{
    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        var byName = options.Has(DockerKind.ContainersOption);
        var byLabel = options.Has(DockerKind.LabelOption) || options.Has(DockerKind.ProjectOption);
        if (!byName && !byLabel)
        {
            diagnostics.Add(options.StepSpan, "a docker step needs containers, label or project to say which containers to check",
                "for example docker: { containers: [api-server, stock-redis] } or docker: { project: stock-monitoring }");
        }
        else if (byName && byLabel)
        {
            diagnostics.Add(options.SpanOf(DockerKind.ContainersOption), "containers cannot be combined with label or project",
                "name the containers, or select them by label or project, in separate steps");
        }
        if (options.TextList(DockerKind.ContainersOption).Any(c => c.IsLiteral && c.Source.Trim().TrimStart('/').Length == 0))
        {
            diagnostics.Add(options.SpanOf(DockerKind.ContainersOption), "a container name is empty", "write each container's name, as docker ps shows it");
        }
        if (options.TextList(DockerKind.LabelOption).Any(l => l.IsLiteral && (l.Source.Trim().Length == 0 || l.Source.TrimStart().StartsWith('='))))
        {
            diagnostics.Add(options.SpanOf(DockerKind.LabelOption), "a label filter has no label name", "write key=value, or key for any value: label: [tier=backend]");
        }
        if (options.Text(DockerKind.ProjectOption) is { IsLiteral: true } project && project.Source.Trim().Length == 0)
        {
            diagnostics.Add(options.SpanOf(DockerKind.ProjectOption), "the project name is empty", "write the compose project's name, as in docker compose -p NAME");
        }
        EngineEndpointOption.Validate(options, diagnostics);
    }
}
