using System.Text.Json;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>What the engine knows of one image: its id and repository digests (<c>GET /images/{name}/json</c>).</summary>
internal static class ImageLookup
{
    /// <summary>The image's id and repository digests, or null when the engine has no image of this name.</summary>
    public static async Task<(string Id, IReadOnlyList<string> Digests)?> InspectAsync(DockerEngine engine, string name, CancellationToken cancellationToken)
    {
        // A name's '/' (registry/app:v1) stays a '/': the engine routes /images/{name:.*}/json.
        var path = $"/images/{string.Join('/', name.Split('/').Select(Uri.EscapeDataString))}/json";
        if (await engine.GetJsonAsync(path, cancellationToken) is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }
        if (!json.TryGetProperty("Id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            throw DockerEngineException.NotDocker(engine.Endpoint, DockerEngine.Describe(path), "an image without an Id");
        }
        IReadOnlyList<string> digests = json.TryGetProperty("RepoDigests", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(d => d.GetString() ?? "").Where(d => d.Length > 0).Order(StringComparer.Ordinal)]
            : [];
        return (id.GetString()!, digests);
    }
}
