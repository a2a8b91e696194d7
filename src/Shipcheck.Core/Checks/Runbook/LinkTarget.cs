namespace Shipcheck.Core.Checks.Runbook;

/// <summary>What a link points at: a heading of this file, a local file (maybe with an anchor), the web, or something not checked.</summary>
internal enum LinkKind
{
    /// <summary><c>#anchor</c>: a heading of the runbook itself.</summary>
    Anchor,
    /// <summary>A relative path, maybe with <c>#anchor</c>.</summary>
    File,
    /// <summary>http or https: checked only online.</summary>
    Web,
    /// <summary>mailto:, tel:, other schemes, protocol-relative: not checked.</summary>
    Other,
}

/// <summary>A link split into its path and anchor, both percent-decoded.</summary>
internal sealed record LinkTarget(LinkKind Kind, string Path, string? Anchor)
{
    /// <summary>Classifies <paramref name="url"/> as written in the Markdown.</summary>
    public static LinkTarget Of(string url)
    {
        url = url.Trim();
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return new(LinkKind.Web, url, null);
        }
        if (url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return new(LinkKind.Other, url, null);
        }
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : Decode(url[(hash + 1)..]);
        var query = path.IndexOf('?');
        path = Decode(query < 0 ? path : path[..query]);
        return path.Length == 0 ? new(LinkKind.Anchor, "", anchor) : new(LinkKind.File, path, anchor);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 1 && char.IsAsciiLetter(url[0])
            && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
