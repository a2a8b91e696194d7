using System.Text;
using Shipcheck.Core.Checks.Http;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// A Prometheus server as a <c>promql</c> step names it: the base URL (any path prefix kept), the query endpoint under
/// it, how the URL reads in messages (without credentials), and basic auth from <c>user:password@</c>.
/// </summary>
/// <param name="QueryEndpoint">The base URL followed by <c>/api/v1/query</c>.</param>
/// <param name="Display">The base URL without user information, for messages and evidence.</param>
/// <param name="BasicAuth">The <c>Authorization</c> value for user information in the URL; null when it has none.</param>
internal sealed record PrometheusServer(Uri QueryEndpoint, string Display, string? BasicAuth)
{
    /// <summary>The API path appended to the base URL.</summary>
    public const string QueryPath = "/api/v1/query";

    /// <summary>The hint for a server option that is not a usable base URL.</summary>
    public const string Hint = "give the Prometheus base URL, for example http://127.0.0.1:9090, or http://host/prometheus behind a path prefix";

    /// <summary>The server for <paramref name="text"/>, or a reason it is not a Prometheus base URL.</summary>
    public static (PrometheusServer? Server, string? Error) Parse(string text)
    {
        text = text.Trim();
        if (!HttpTargets.IsHttpUrl(text, out var uri))
        {
            return (null, $"'{Shown(text)}' is not an absolute http:// or https:// URL");
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return (null, $"'{Shown(text)}' has a query string or fragment; server is the base URL only, the query goes in 'query'");
        }
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/api/v1", StringComparison.Ordinal) || path.EndsWith(QueryPath, StringComparison.Ordinal))
        {
            return (null, $"'{Shown(text)}' names the API; server is the base URL, without {QueryPath}");
        }
        var display = new UriBuilder(uri) { UserName = "", Password = "" }.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var endpoint = new Uri(display + QueryPath);
        return (new PrometheusServer(endpoint, display, BasicAuthOf(uri)), null);
    }

    private static string? BasicAuthOf(Uri uri)
    {
        if (uri.UserInfo.Length == 0)
        {
            return null;
        }
        var parts = uri.UserInfo.Split(':', 2);
        var credentials = Uri.UnescapeDataString(parts[0]) + ":" + (parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
        return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));
    }

    // A URL that failed to parse may still carry a password; messages show it without the user information.
    private static string Shown(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var at = text.LastIndexOf('@');
        return scheme >= 0 && at > scheme ? text[..(scheme + 3)] + text[(at + 1)..] : text;
    }
}
