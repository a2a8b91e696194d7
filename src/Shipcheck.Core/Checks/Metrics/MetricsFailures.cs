using Shipcheck.Core.Checks.Metrics.Parsing;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>The messages of a <c>metrics</c> step that could not observe: what is wrong, then what to check.</summary>
internal static class MetricsFailures
{
    private const string IsItTheEndpoint = "is the URL the /metrics endpoint?";

    public static string NoResponse(string label, TimeSpan waited) =>
        $"{label}: no response after {Durations.Format(waited)} (timeout or interrupt); is the service up and answering?";

    public static string Unreachable(string label, string reason) =>
        $"{label}: {reason}; is the service running, and listening on that host and port?";

    public static string NotSuccess(string label, string status) =>
        $"{label}: {status} instead of 200 with the metrics; {IsItTheEndpoint} Check the service's log and whether the endpoint needs headers (a token).";

    public static string TooLarge(string label, long limit) =>
        $"{label}: the response is larger than {limit / (1024 * 1024)} MiB, the most a metrics step reads; {IsItTheEndpoint}";

    public static string NotMetrics(string label, string format, string contentType, ExpositionError error)
    {
        var type = contentType.Length == 0 ? "no Content-Type" : $"Content-Type {contentType}";
        var html = contentType.Contains("html", StringComparison.OrdinalIgnoreCase) ? " The response is an HTML page." : "";
        return $"{label}: the response is not Prometheus metrics ({format}, {type}): {error}.{html} {IsItTheEndpoint}";
    }

    public static string BadSelect(string select, string problem) =>
        $"'select' {problem} in `{select}`; write a PromQL selector such as up{{job=\"api\"}}";

    public static string TooManySeries(int count, int limit) =>
        $"the selector matched {count} series, more than the {limit} a step records; narrow 'select' with label matchers";
}
