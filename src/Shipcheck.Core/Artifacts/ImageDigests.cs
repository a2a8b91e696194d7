using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Docker;
using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// Images' ids and repository digests from the Docker engine. An engine that cannot be reached is a warning (the
/// images are then not in the manifest), not an error: a build machine may hash its weights without a daemon.
/// </summary>
public static class ImageDigests
{
    /// <summary>What the engine knows of each name, and a finding per image (or one for an unreachable engine).</summary>
    public static async Task<(IReadOnlyList<ManifestImage> Images, IReadOnlyList<Finding> Findings)> InspectAsync(
        IReadOnlyList<string> names, string? endpointText, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return ([], []);
        }
        var (source, text) = endpointText is { Length: > 0 } given ? ("endpoint", given)
            : environment(DockerEndpoint.HostVariable) is { Length: > 0 } host ? (DockerEndpoint.HostVariable, host)
            : ("the default", DockerEndpoint.DefaultHost);
        if (!DockerEndpoint.TryParse(text, out var endpoint, out var error))
        {
            return ([], [Finding.Fail("docker", $"{source} {error}: {DockerEndpoint.Hint}")]);
        }
        var images = new List<ManifestImage>();
        var findings = new List<Finding>();
        using var engine = new DockerEngine(endpoint);
        try
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (await ImageLookup.InspectAsync(engine, name, cancellationToken) is { } found)
                {
                    images.Add(new ManifestImage(name, found.Id, found.Digests));
                    findings.Add(Finding.Pass(name, $"id {Short(found.Id)}, {Digests(found.Digests)}"));
                }
                else
                {
                    findings.Add(Finding.Fail(name, $"the Docker engine at {endpoint.Display} has no image {name}: build or pull it first, or fix the name"));
                }
            }
        }
        catch (Exception e) when (e is DockerEngineException or HttpRequestException or IOException)
        {
            var message = e is DockerEngineException ? e.Message : $"the connection to {endpoint.Display} broke: {ExceptionChain.Innermost(e).Message}";
            findings.Add(Finding.Warn("docker", $"{message}; image digests are not recorded"));
        }
        return (images, findings);
    }

    /// <summary><c>sha256:3f2a5b9c…</c>: enough of an id or digest to tell it apart in a message.</summary>
    public static string Short(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        var hex = colon >= 0 ? digest[(colon + 1)..] : digest;
        return hex.Length <= 12 ? digest : digest[..(digest.Length - hex.Length)] + hex[..12] + "…";
    }

    private static string Digests(IReadOnlyList<string> digests) =>
        digests.Count == 0 ? "no repository digest (never pushed or pulled)" : string.Join(", ", digests.Select(Short));
}
