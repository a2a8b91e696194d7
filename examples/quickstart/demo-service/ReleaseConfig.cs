using System.Text.Json;

namespace DemoService;

/// <summary>The release a deploy points the service at: releases/&lt;version&gt;/release.json.</summary>
/// <param name="Version">The version the service reports.</param>
/// <param name="Healthy">False for a release that is broken on purpose, so /health answers 503.</param>
public sealed record ReleaseConfig(string Version, bool Healthy)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads release.json from <paramref name="releaseDirectory"/>; null with a reason when it cannot.</summary>
    public static ReleaseConfig? Load(string releaseDirectory, out string? problem)
    {
        var path = Path.Combine(releaseDirectory, "release.json");
        try
        {
            var config = JsonSerializer.Deserialize<ReleaseConfig>(File.ReadAllText(path), Options);
            problem = string.IsNullOrWhiteSpace(config?.Version) ? $"{path} has no \"version\"" : null;
            return problem is null ? config : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            problem = $"cannot read {path}: {e.Message}";
            return null;
        }
    }
}
