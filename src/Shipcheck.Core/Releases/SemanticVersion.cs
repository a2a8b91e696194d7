namespace Shipcheck.Core.Releases;

/// <summary>
/// A version as semver 2.0.0 defines it: MAJOR.MINOR.PATCH, then an optional <c>-pre.release</c> and <c>+build</c>.
/// A leading <c>v</c> is accepted (<c>v1.2.3</c> and <c>1.2.3</c> are the same version), because tags carry it and
/// people type both; <see cref="TagName"/> writes it back with the configured prefix.
/// </summary>
public sealed record SemanticVersion(ulong Major, ulong Minor, ulong Patch, IReadOnlyList<string> PreRelease, IReadOnlyList<string> Build)
{
    /// <summary>The prefix a release tag has unless configured otherwise.</summary>
    public const string DefaultTagPrefix = "v";

    /// <summary>Reads <paramref name="text"/>; on failure the error names the text, the part at fault and the fix.</summary>
    public static (SemanticVersion? Version, string? Error) Parse(string? text) => SemanticVersionParser.Parse(text);

    /// <summary>The version, or null when <paramref name="text"/> is not one.</summary>
    public static SemanticVersion? TryParse(string? text) => Parse(text).Version;

    /// <summary>True for a pre-release (<c>1.2.3-rc.1</c>), which semver ranks below the release itself.</summary>
    public bool IsPreRelease => PreRelease.Count > 0;

    /// <summary>The tag that names this version: <paramref name="prefix"/> then the version (<c>v1.2.3-rc.1</c>).</summary>
    public string TagName(string prefix = DefaultTagPrefix) => prefix + ToString();

    /// <summary>The version without a prefix: <c>1.2.3-rc.1+build.5</c>.</summary>
    public override string ToString()
    {
        var text = $"{Major}.{Minor}.{Patch}";
        if (PreRelease.Count > 0)
        {
            text += "-" + string.Join('.', PreRelease);
        }
        if (Build.Count > 0)
        {
            text += "+" + string.Join('.', Build);
        }
        return text;
    }

    /// <inheritdoc/>
    public bool Equals(SemanticVersion? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc/>
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
