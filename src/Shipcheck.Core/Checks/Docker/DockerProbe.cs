namespace Shipcheck.Core.Checks.Docker;

/// <summary>
/// Looks up a <c>docker</c> step's containers through the Engine API and observes each one's state. A named container
/// that does not exist is an error (with did-you-mean); a label or project that matches nothing is <c>count == 0</c>.
/// </summary>
public sealed class DockerProbe(DockerOptions options) : IProbe
{
    /// <inheritdoc/>
    public Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken) =>
        EngineCall.RunAsync(options.Endpoint, context, engine => options.Containers.Count > 0
            ? ByNameAsync(engine, context, cancellationToken)
            : ByLabelAsync(engine, context, cancellationToken));

    private async Task<ProbeResult> ByNameAsync(DockerEngine engine, ProbeContext context, CancellationToken cancellationToken)
    {
        var found = new List<ContainerInspection>();
        var missing = new List<string>();
        foreach (var name in options.Containers.Select(c => context.Render(c).Trim()).Distinct(StringComparer.Ordinal))
        {
            if (name.Length > 0 && await ContainerLookup.InspectAsync(engine, name, cancellationToken) is { } container)
            {
                // The same container named twice (by name and by id) is one container.
                if (!found.Exists(c => c.Id == container.Id))
                {
                    found.Add(container);
                }
            }
            else
            {
                missing.Add(name);
            }
        }
        var observations = ContainerObservations.Of(found, missing);
        var evidence = ContainerTable.Render(found, missing, context.Time.GetUtcNow(), "no containers named");
        if (missing.Count == 0)
        {
            return new ProbeResult(observations, evidence) { Summary = ContainerTable.Summary(found, missing, "no containers named") };
        }
        var existing = await ContainerLookup.NamesAsync(engine, cancellationToken);
        return ProbeResult.Failed(MissingContainers.Describe(missing, existing), observations, evidence);
    }

    private async Task<ProbeResult> ByLabelAsync(DockerEngine engine, ProbeContext context, CancellationToken cancellationToken)
    {
        var labels = options.Labels.Select(l => context.Render(l).Trim()).ToList();
        if (options.Project is not null)
        {
            labels.Add($"{DockerOptions.ComposeProjectLabel}={context.Render(options.Project).Trim()}");
        }
        var found = (await ContainerLookup.WithLabelsAsync(engine, labels, cancellationToken))
            .Where(c => options.Project is null || !IsOneOff(c))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var nothingFound = $"no container has {(labels.Count == 1 ? "the label" : "all the labels")} {string.Join(", ", labels)}";
        return new ProbeResult(ContainerObservations.Of(found, []), ContainerTable.Render(found, [], context.Time.GetUtcNow(), nothingFound))
        {
            Summary = ContainerTable.Summary(found, [], nothingFound),
        };
    }

    // A `docker compose run` container is no service of the project, and compose ps leaves it out too.
    private static bool IsOneOff(ContainerInspection container) =>
        container.Labels.TryGetValue(DockerOptions.ComposeOneOffLabel, out var oneOff) && oneOff.Equals("true", StringComparison.OrdinalIgnoreCase);
}
