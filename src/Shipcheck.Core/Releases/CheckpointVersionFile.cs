using System.Text;

namespace Shipcheck.Core.Releases;

/// <summary>
/// The checkpoint version file: which release the model checkpoints belong to. Shipcheck writes one line, the tag
/// (<c>v1.2.3</c>); it reads that, or a <c>version: v1.2.3</c> (or <c>=</c>) line as other release tools write.
/// </summary>
public static class CheckpointVersionFile
{
    /// <summary>More than this is not a version file.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>What <c>shipcheck release</c> writes for <paramref name="tag"/>.</summary>
    public static string Content(string tag) => tag + "\n";

    /// <summary>The version the file at <paramref name="path"/> names, or an error (missing, too large, unreadable, no version in it).</summary>
    public static async Task<(string? Version, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "does not exist");
            }
            if (info.Length > MaxBytes)
            {
                return (null, $"is {info.Length} bytes, more than a version file holds ({MaxBytes}); it should hold the version, like v1.2.3");
            }
            var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
            return Named(text) is { } version ? (version, null) : (null, "names no version: write the version in it, like v1.2.3");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// The version <paramref name="text"/> names: a <c>version:</c> (or <c>version=</c>) line anywhere, else the first
    /// line that is one word; blank lines and <c>#</c> comments do not count.
    /// </summary>
    public static string? Named(string text)
    {
        string? firstWord = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var separator = line.IndexOfAny([':', '=']);
            if (separator > 0 && line[..separator].Trim().Equals("version", StringComparison.OrdinalIgnoreCase))
            {
                return line[(separator + 1)..].Trim().Trim('"', '\'');
            }
            if (firstWord is null && !line.Any(char.IsWhiteSpace))
            {
                firstWord = line;
            }
        }
        return firstWord;
    }

    /// <summary>True when <paramref name="named"/> is the version of <paramref name="tag"/>, with or without its prefix.</summary>
    public static bool Matches(string named, string tag, SemanticVersion version) =>
        named == tag || SemanticVersion.TryParse(named) is { } parsed && parsed == version;
}
