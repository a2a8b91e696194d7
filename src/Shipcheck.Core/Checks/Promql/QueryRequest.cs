using System.Globalization;
using Shipcheck.Core.Checks.Http;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// The HTTP request of one instant query: a form-encoded POST to <c>/api/v1/query</c>, so a long query never meets a
/// URL length limit and stays out of proxies' access logs.
/// </summary>
internal static class QueryRequest
{
    public static HttpRequestMessage Create(
        PrometheusServer server, string query, DateTimeOffset time, TimeSpan stepTimeout, IReadOnlyDictionary<string, string> headers)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("query", query),
            new("time", EvaluationTime.UnixSeconds(time)),
        };
        if (ServerTimeout(stepTimeout) is { } timeout)
        {
            form.Add(new("timeout", timeout));
        }
        var request = HttpRequestBuilder.Create("POST", server.QueryEndpoint, headers, body: null);
        request.Content = new FormUrlEncodedContent(form);
        if (server.BasicAuth is { } basic && !headers.ContainsKey("Authorization"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", basic);
        }
        return request;
    }

    // Prometheus is told to stop a little before the step does, so its own "query timed out" answer arrives and is
    // reported instead of a bare cancellation; it also stops working on a query nobody waits for any more.
    private static string? ServerTimeout(TimeSpan stepTimeout)
    {
        if (stepTimeout <= TimeSpan.Zero)
        {
            return null;
        }
        var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerSecond, stepTimeout.Ticks / 10));
        var seconds = Math.Max(0.001, (stepTimeout - margin).TotalSeconds);
        return seconds.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
