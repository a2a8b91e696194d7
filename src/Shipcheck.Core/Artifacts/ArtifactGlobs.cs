using System.IO.Enumeration;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// File globs, matched one path segment at a time with the framework's own wildcard matcher
/// (<see cref="FileSystemName.MatchesSimpleExpression"/>, what <c>Directory.EnumerateFiles</c> and so the <c>logs</c>
/// kind use): <c>*</c> and <c>?</c> within a segment, <c>**</c> as a whole segment for any folders. A glob without '/'
/// matches the file name in any folder, as in .gitignore; one with '/' is anchored at the root.
/// </summary>
public sealed class ArtifactGlobs
{
    /// <summary>Model weights, in any folder: the seed's checkpoints.</summary>
    public static readonly IReadOnlyList<string> ModelWeights = ["*.pt", "*.pth", "*.bin", "*.onnx"];

    private const string AnyFolders = "**";

    private readonly IReadOnlyList<string[]> _patterns;

    private ArtifactGlobs(IReadOnlyList<string> sources, IReadOnlyList<string[]> patterns)
    {
        Sources = sources;
        _patterns = patterns;
    }

    /// <summary>The globs as written.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>
    /// What is wrong with <paramref name="glob"/> (empty, absolute, leaving the root with ".."), or null when it can be
    /// used; the message names the glob and says what to write.
    /// </summary>
    public static string? Problem(string glob)
    {
        var text = glob.Trim().Replace('\\', '/');
        return text.Length == 0 ? "a file glob is empty: write one such as 'models/*.pt' or '*.onnx'"
            : text.StartsWith('/') ? $"'{glob}' is absolute: globs are relative to the project's root (the checklist's folder); write models/*.pt"
            : text.Split('/').Any(s => s == "..") ? $"'{glob}' leaves the project's root with '..': manifests record paths inside it only"
            : null;
    }

    /// <summary>Parses globs already checked with <see cref="Problem"/>; throws <see cref="ArgumentException"/> for one that is not.</summary>
    public static ArtifactGlobs Parse(IReadOnlyList<string> globs)
    {
        var patterns = new List<string[]>();
        foreach (var glob in globs)
        {
            if (Problem(glob) is { } problem)
            {
                throw new ArgumentException(problem, nameof(globs));
            }
            var text = glob.Trim().Replace('\\', '/');
            var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
            patterns.Add(text.Contains('/') ? segments : [AnyFolders, .. segments]);
        }
        return new ArtifactGlobs([.. globs], patterns);
    }

    /// <summary>True when a file at <paramref name="segments"/> (relative to the root) matches any glob.</summary>
    public bool Matches(IReadOnlyList<string> segments) => _patterns.Any(p => Match(p, 0, segments, 0));

    /// <summary>True when some file under the folder at <paramref name="segments"/> could match, so it is worth walking.</summary>
    public bool MayMatchUnder(IReadOnlyList<string> segments) => _patterns.Any(p => MayMatchUnder(p, 0, segments, 0));

    private static bool Match(string[] pattern, int p, IReadOnlyList<string> path, int s)
    {
        if (p == pattern.Length)
        {
            return s == path.Count;
        }
        if (pattern[p] == AnyFolders)
        {
            for (var next = s; next <= path.Count; next++)
            {
                if (Match(pattern, p + 1, path, next))
                {
                    return true;
                }
            }
            return false;
        }
        return s < path.Count && Segment(pattern[p], path[s]) && Match(pattern, p + 1, path, s + 1);
    }

    private static bool MayMatchUnder(string[] pattern, int p, IReadOnlyList<string> folder, int s)
    {
        if (s == folder.Count)
        {
            // At least the file name is left to match.
            return p < pattern.Length;
        }
        if (p == pattern.Length)
        {
            return false;
        }
        return pattern[p] == AnyFolders || (Segment(pattern[p], folder[s]) && MayMatchUnder(pattern, p + 1, folder, s + 1));
    }

    private static bool Segment(string pattern, string name) =>
        FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: !OperatingSystem.IsLinux());
}
