using System.Text.Json;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>
/// Agrees on the Engine API version: 1.41 (Docker 20.10, whose answers the probes were written against) when the
/// engine speaks it, else the nearest one it does speak. The fields the probes read have not changed since 1.25.
/// </summary>
internal static class ApiVersion
{
    /// <summary>The unversioned path that tells the engine's versions.</summary>
    public const string Path = "/version";

    private static readonly Version Preferred = new(1, 41);
    private static readonly Version Oldest = new(1, 25);

    /// <summary>The version to use, as <c>1.41</c>, from the engine's <c>/version</c> answer.</summary>
    public static string Choose(JsonElement version, DockerEndpoint endpoint)
    {
        var newest = Read(version, "ApiVersion");
        if (newest is null)
        {
            throw DockerEngineException.NotDocker(endpoint, DockerEngine.Describe(Path), "JSON without an ApiVersion");
        }
        if (newest < Oldest)
        {
            throw DockerEngineException.TooOld(endpoint, newest.ToString());
        }
        var oldest = Read(version, "MinAPIVersion") ?? Oldest;
        var chosen = newest < Preferred ? newest : oldest > Preferred ? oldest : Preferred;
        return chosen.ToString(2);
    }

    private static Version? Read(JsonElement version, string name) =>
        version.ValueKind == JsonValueKind.Object
        && version.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String
        && Version.TryParse(text.GetString(), out var parsed) ? parsed : null;
}
