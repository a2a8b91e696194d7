namespace Shipcheck.Core.Releases;

/// <summary>What may stand before the version in a tag name (<c>v</c>, <c>release-</c>, <c>api/v</c>).</summary>
public static class TagPrefix
{
    /// <summary>
    /// Null when <paramref name="prefix"/> can start a tag name; otherwise why not. Narrower than git's own rules
    /// (ASCII letters, digits, <c>- _ . /</c>), so a tag never needs quoting in a shell or a URL.
    /// </summary>
    public static string? Problem(string prefix)
    {
        if (prefix.Length == 0)
        {
            return null;
        }
        if (!prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
        {
            return $"the tag prefix '{prefix}' may hold only ASCII letters, digits and - _ . /";
        }
        if (prefix[0] is '-' or '.' or '/' || prefix.Contains("..", StringComparison.Ordinal) || prefix.Contains("//", StringComparison.Ordinal))
        {
            return $"the tag prefix '{prefix}' cannot start with - . or / nor hold .. or //; git refuses such tag names";
        }
        return null;
    }
}
