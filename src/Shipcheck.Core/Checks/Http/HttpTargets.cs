namespace Shipcheck.Core.Checks.Http;

/// <summary>What counts as a URL an <c>http</c> step can request.</summary>
internal static class HttpTargets
{
    public static bool IsHttpUrl(string text, out Uri uri) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
