using System.Text.RegularExpressions;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// A release version as manifests name it: semantic, <c>vX.Y.Z</c> with optional pre-release and build parts, the
/// leading <c>v</c> added when missing. Being semantic also keeps it a safe file name (no '/', no "..").
/// </summary>
public static partial class ReleaseVersion
{
    /// <summary>The folder manifests are written to, under the project's root.</summary>
    public const string ReleasesFolder = "releases";

    /// <summary><c>v1.2.0</c> from <c>1.2.0</c> or <c>v1.2.0</c>; null with <paramref name="error"/> for anything else.</summary>
    public static string? Normalize(string text, out string? error)
    {
        var trimmed = text.Trim();
        var version = trimmed.StartsWith('v') ? trimmed : "v" + trimmed;
        if (Semantic().IsMatch(version))
        {
            error = null;
            return version;
        }
        error = $"'{text}' is not a semantic version: write vX.Y.Z, for example v1.2.0 or v1.2.0-rc.1";
        return null;
    }

    /// <summary><c>manifest_v1.2.0.json</c>.</summary>
    public static string ManifestFileName(string version) => $"manifest_{version}.json";

    /// <summary><c>manifest_v1.2.0.sha256</c>, the sha256sum line of the JSON.</summary>
    public static string ChecksumFileName(string version) => $"manifest_{version}.sha256";

    /// <summary>The .sha256 that belongs beside <paramref name="manifestPath"/> (<c>x.json</c> → <c>x.sha256</c>).</summary>
    public static string ChecksumPathFor(string manifestPath) => Path.ChangeExtension(manifestPath, ".sha256");

    [GeneratedRegex(@"^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex Semantic();
}
