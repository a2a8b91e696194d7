namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// Prometheus' own error answers (<c>{"status":"error","errorType":…,"error":…}</c>) as messages that keep its text,
/// which holds the position of a parse error, and say what to do.
/// </summary>
internal static class PrometheusErrors
{
    public static string Describe(int httpStatus, string errorType, string error) => errorType switch
    {
        "bad_data" when error.Contains("\"query\"", StringComparison.Ordinal) =>
            $"Prometheus rejected the query: {error}; fix the query (the position is line:column)",
        "bad_data" => $"Prometheus rejected the request: {error}; check the step's time option",
        "execution" => $"the query failed while Prometheus evaluated it: {error}; fix the query",
        "timeout" => $"Prometheus gave up on the query: {error}; make it cheaper (a shorter range, fewer series) or give the step a longer timeout",
        "canceled" => $"Prometheus cancelled the query: {error}; it may be shutting down or overloaded, so retry the step",
        "unavailable" => $"Prometheus is not ready: {error}; retry: or until: on the step waits for it",
        _ => $"Prometheus answered HTTP {httpStatus} ({(errorType.Length == 0 ? "error" : errorType)}): {error}",
    };
}
