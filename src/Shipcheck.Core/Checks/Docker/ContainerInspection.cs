using System.Globalization;
using System.Text.Json;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>What <c>GET /containers/{id}/json</c> says about one container, in the terms the probes observe.</summary>
/// <param name="Id">The full container id.</param>
/// <param name="Name">The name without Docker's leading slash.</param>
/// <param name="Labels">The container's labels.</param>
/// <param name="State">created, running, paused, restarting, removing, exited or dead.</param>
/// <param name="Health">starting, healthy or unhealthy; empty when the container has no healthcheck.</param>
/// <param name="RestartCount">How often the engine restarted it under its restart policy.</param>
/// <param name="StartedAt">When it last started; null when it never did.</param>
/// <param name="Image">The image as it was named when the container was created.</param>
/// <param name="ExitCode">The last exit code (0 while it runs).</param>
/// <param name="Tty">True when it runs with a terminal: its logs are then one raw stream, not multiplexed.</param>
internal sealed record ContainerInspection(
    string Id,
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    string State,
    string Health,
    long RestartCount,
    DateTimeOffset? StartedAt,
    string Image,
    long ExitCode,
    bool Tty)
{
    /// <summary>Running in the sense of <c>docker ps</c>'s "Up": not paused, not between restarts.</summary>
    public bool Running => State == "running";

    /// <summary>The first 12 characters of the id, as <c>docker ps</c> shows it.</summary>
    public string ShortId => Id.Length > 12 ? Id[..12] : Id;

    /// <summary>Reads an inspect answer; missing members read as empty rather than failing.</summary>
    public static ContainerInspection From(JsonElement json)
    {
        var state = Member(json, "State");
        var config = Member(json, "Config");
        return new ContainerInspection(
            Text(json, "Id"),
            Text(json, "Name").TrimStart('/'),
            ReadLabels(Member(config, "Labels")),
            Text(state, "Status"),
            Text(Member(state, "Health"), "Status"),
            Number(json, "RestartCount"),
            Started(Text(state, "StartedAt")),
            Text(config, "Image"),
            Number(state, "ExitCode"),
            Member(config, "Tty").ValueKind == JsonValueKind.True);
    }

    private static JsonElement Member(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var member) ? member : default;

    private static string Text(JsonElement json, string name) =>
        Member(json, name) is { ValueKind: JsonValueKind.String } text ? text.GetString()! : "";

    private static long Number(JsonElement json, string name) =>
        Member(json, name) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var n) ? n : 0;

    private static IReadOnlyDictionary<string, string> ReadLabels(JsonElement labels) => labels.ValueKind == JsonValueKind.Object
        ? labels.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal)
        : new Dictionary<string, string>(StringComparer.Ordinal);

    // The engine reports a container that never started as 0001-01-01T00:00:00Z.
    private static DateTimeOffset? Started(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.Year > 1 ? at : null;
}
