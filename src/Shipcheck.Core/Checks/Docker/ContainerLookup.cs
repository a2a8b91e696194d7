using System.Text.Json;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>Finds containers on an engine: one by name or id, or every one (running or not) carrying some labels.</summary>
internal static class ContainerLookup
{
    private const string ListPath = "/containers/json?all=true";

    /// <summary>The container with this name or id (prefix), or null when the engine has none.</summary>
    public static async Task<ContainerInspection?> InspectAsync(DockerEngine engine, string nameOrId, CancellationToken cancellationToken) =>
        await engine.GetJsonAsync($"/containers/{Uri.EscapeDataString(nameOrId.TrimStart('/'))}/json", cancellationToken) is { } json
            ? ContainerInspection.From(json)
            : null;

    /// <summary>Every container with all of these labels (<c>key=value</c> or <c>key</c>), in the engine's order (newest first).</summary>
    public static async Task<IReadOnlyList<ContainerInspection>> WithLabelsAsync(
        DockerEngine engine, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var filters = JsonSerializer.Serialize(new Dictionary<string, IReadOnlyList<string>> { ["label"] = labels });
        var found = new List<ContainerInspection>();
        foreach (var summary in await ListAsync(engine, $"{ListPath}&filters={Uri.EscapeDataString(filters)}", cancellationToken))
        {
            // A container removed between the list and its inspection is simply no longer there.
            if (summary.TryGetProperty("Id", out var id) && await InspectAsync(engine, id.GetString() ?? "", cancellationToken) is { } container)
            {
                found.Add(container);
            }
        }
        return found;
    }

    /// <summary>The names of every container on the engine, for did-you-mean.</summary>
    public static async Task<IReadOnlyList<string>> NamesAsync(DockerEngine engine, CancellationToken cancellationToken) =>
    [
        .. (await ListAsync(engine, ListPath, cancellationToken))
            .SelectMany(c => c.TryGetProperty("Names", out var names) && names.ValueKind == JsonValueKind.Array ? names.EnumerateArray() : [])
            .Select(n => n.GetString()?.TrimStart('/') ?? "")
            // A linked container's other names read "/other/name"; only its own name is one a user writes.
            .Where(n => n.Length > 0 && !n.Contains('/'))
            .Order(StringComparer.Ordinal),
    ];

    private static async Task<IReadOnlyList<JsonElement>> ListAsync(DockerEngine engine, string path, CancellationToken cancellationToken)
    {
        var json = await engine.GetJsonAsync(path, cancellationToken);
        if (json is not { ValueKind: JsonValueKind.Array } list)
        {
            throw DockerEngineException.NotDocker(engine.Endpoint, DockerEngine.Describe(path), "something other than a list of containers");
        }
        return [.. list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object)];
    }
}
