using System.Globalization;
using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Checks.Metrics.Parsing;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>
/// One GET of a metrics endpoint with the shared HTTP clients: asks for OpenMetrics or text 0.0.4, parses the body as
/// its Content-Type says (0.0.4 for text/plain or none) while it streams in, and turns every failure into words.
/// </summary>
internal static class MetricsScraper
{
    /// <summary>What a step reads at most; an exposition this big is not a service's /metrics.</summary>
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    /// <summary>The formats asked for, OpenMetrics first, as Prometheus asks.</summary>
    public const string Accept = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    public static async Task<MetricsScrape> ScrapeAsync(Uri uri, IReadOnlyDictionary<string, string> headers, bool tlsVerify,
        Func<string, bool> keepFamily, TimeProvider time, CancellationToken cancellationToken)
    {
        var label = $"GET {uri}";
        var withAccept = headers.ContainsKey("Accept") ? headers : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase) { ["Accept"] = Accept };
        using var request = HttpRequestBuilder.Create("GET", uri, withAccept, null);
        var started = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await HttpClients.For(tlsVerify, followRedirects: true).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return MetricsScrape.Failed(MetricsFailures.NoResponse(label, time.GetElapsedTime(started)));
        }
        catch (HttpRequestException e)
        {
            return MetricsScrape.Failed(MetricsFailures.Unreachable(label, HttpFailures.Describe(e)));
        }
        using (response)
        {
            return await ReadAsync(response, label, keepFamily, cancellationToken);
        }
    }

    private static async Task<MetricsScrape> ReadAsync(HttpResponseMessage response, string label, Func<string, bool> keepFamily, CancellationToken cancellationToken)
    {
        var status = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd();
        var contentType = response.Content.Headers.ContentType?.MediaType ?? "";
        var openMetrics = contentType.Equals("application/openmetrics-text", StringComparison.OrdinalIgnoreCase);
        var parser = new ExpositionParser(openMetrics, keepFamily);
        ExpositionReader.Outcome outcome;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            outcome = await ExpositionReader.ReadAsync(body, parser, MaxBodyBytes, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            var reason = e is OperationCanceledException ? "timeout or interrupt" : e.Message;
            return MetricsScrape.Failed($"{label}: the response body was cut short ({reason})", status);
        }
        if (!response.IsSuccessStatusCode)
        {
            return MetricsScrape.Failed(MetricsFailures.NotSuccess(label, status), status, outcome.Head);
        }
        if (outcome.TooLarge)
        {
            return MetricsScrape.Failed(MetricsFailures.TooLarge(label, MaxBodyBytes), status);
        }
        var exposition = parser.Finish();
        var format = openMetrics ? "OpenMetrics" : "text format 0.0.4";
        if (exposition.Error is { } error)
        {
            return MetricsScrape.Failed(MetricsFailures.NotMetrics(label, format, contentType, error), status, outcome.Head);
        }
        var summary = $"{label}: {status}, {format}, {Sizes.Format(outcome.Bytes)}, {exposition.Families.Count} metric families";
        return new MetricsScrape(exposition, null, summary);
    }
}
