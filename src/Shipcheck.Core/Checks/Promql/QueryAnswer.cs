using System.Globalization;
using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// Turns the HTTP answer to a query into the step's result: the series when Prometheus answered with a result, and an
/// error that says what to check for anything else (its own error, a redirect, a page that is not the API).
/// </summary>
internal static class QueryAnswer
{
    public static ProbeResult Read(HttpResponseMessage response, ResponseBody body, PrometheusServer server, string asked)
    {
        var status = (int)response.StatusCode;
        var statusLine = string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase}").TrimEnd();
        if (body.Json() is MapValue answer && answer.Entries.TryGetValue("status", out var outcome))
        {
            if (outcome is StringValue { Value: "error" })
            {
                var message = PrometheusErrors.Describe(status, Text(answer, "errorType"), Text(answer, "error"));
                return ProbeResult.Failed(message, output: $"{asked}\n{statusLine}");
            }
            var (result, error) = QueryResultReader.Read(answer);
            return result is null
                ? ProbeResult.Failed(error!, output: QueryEvidence.Unexpected(asked, statusLine, body.Text))
                : new ProbeResult(QueryObservations.Of(result), QueryEvidence.Answered(asked, result));
        }
        var evidence = QueryEvidence.Unexpected(asked, statusLine, body.Text);
        if (status is >= 300 and < 400)
        {
            return ProbeResult.Failed(NotPrometheus.Redirect(server.Display, status, response.Headers.Location), output: evidence);
        }
        if (status is >= 200 and < 300 && body.Length > JsonCapture.Limit)
        {
            return ProbeResult.Failed($"the answer is larger than {JsonCapture.Limit / (1024 * 1024)} MiB; "
                + "narrow the query (sum by (...), topk(...)) so it returns fewer series", output: evidence);
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return ProbeResult.Failed(NotPrometheus.Describe(server.Display, status, response.ReasonPhrase, mediaType), output: evidence);
    }

    private static string Text(MapValue answer, string key) =>
        answer.Entries.TryGetValue(key, out var value) && value is StringValue text ? text.Value : "";
}
