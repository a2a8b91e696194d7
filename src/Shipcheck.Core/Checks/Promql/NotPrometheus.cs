namespace Shipcheck.Core.Checks.Promql;

/// <summary>Answers that are not the Prometheus API's, as messages that say what the server is more likely to be.</summary>
internal static class NotPrometheus
{
    private const string BaseUrlQuestion = "is server the Prometheus base URL (http://host:9090, plus its path prefix if it has one)?";

    public static string Describe(string server, int status, string? reason, string? mediaType)
    {
        var answered = $"{server} answered HTTP {status}{(string.IsNullOrEmpty(reason) ? "" : " " + reason)}";
        return status switch
        {
            401 or 403 => $"{answered}: it wants credentials; give them in headers (Authorization: \"Bearer ${{TOKEN}}\") or as user:password@ in server",
            404 => $"{answered} for {PrometheusServer.QueryPath}: there is no Prometheus API there; {BaseUrlQuestion}",
            502 or 503 or 504 => $"{answered}: Prometheus may be starting, overloaded, or down behind a proxy; retry: or until: on the step waits for it",
            >= 200 and < 300 => $"{answered} with {(mediaType is null ? "a body" : mediaType)} that is not a Prometheus API answer; {BaseUrlQuestion}",
            _ => $"{answered} without a Prometheus error; {BaseUrlQuestion}",
        };
    }

    public static string Redirect(string server, int status, Uri? location)
    {
        // Only where it points: a login redirect's query string may carry state not meant for a report.
        var target = location is null ? "elsewhere" : location.IsAbsoluteUri ? location.GetLeftPart(UriPartial.Path) : location.OriginalString.Split('?')[0];
        return $"{server} redirected (HTTP {status}) to {target}; set server to the Prometheus base URL itself";
    }
}
